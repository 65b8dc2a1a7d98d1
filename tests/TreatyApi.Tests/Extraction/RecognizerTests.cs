using TreatyApi.Extraction;
using Range = TreatyApi.Extraction.TextRange;

namespace TreatyApi.Tests.Extraction;

/// <summary>Each recogniser on small texts written here, in the phrasings arms-control news uses.</summary>
public class RecognizerTests
{
    private static TextRange All(string s) => new(0, s.Length);

    [Theory]
    [InlineData("to 1,550 warheads", 1550)]
    [InlineData("to 1550 warheads", 1550)]
    [InlineData("to seven hundred launchers", 700)]
    [InlineData("one thousand five hundred fifty warheads", 1550)]
    [InlineData("eight hundred deployed and non-deployed launchers", 800)]
    [InlineData("1.5 million tests", 1_500_000)]
    [InlineData("fifty-five missiles", 55)]
    public void Numbers_however_written(string text, int expected)
    {
        var q = Assert.Single(Quantities.Find(text, All(text)));
        Assert.Equal(expected, q.Number.Value);
    }

    [Fact]
    public void A_year_or_a_date_is_not_a_quantity()
    {
        const string text = "In 2018, on June 18, the sides met.";
        Assert.Empty(Quantities.Find(text, All(text)));
    }

    [Theory]
    [InlineData("cuts due by 2018.", "2018", DatePrecision.Year, "by")]
    [InlineData("cuts due by February 2018.", "2018-02", DatePrecision.Month, "by")]
    [InlineData("extended until Feb. 5, 2026.", "2026-02-05", DatePrecision.Day, "until")]
    [InlineData("in force until 5 February 2026.", "2026-02-05", DatePrecision.Day, "until")]
    [InlineData("no later than 2021-02-05.", "2021-02-05", DatePrecision.Day, "no later than")]
    [InlineData("complete by Sept. 30, 2019.", "2019-09-30", DatePrecision.Day, "by")]
    public void Dates_with_their_precision(string text, string iso, DatePrecision precision, string preposition)
    {
        var d = Assert.Single(Dates.Find(text, All(text), new DateOnly(2020, 1, 1)));
        Assert.Equal(iso, new FactDate(d.Date, d.Precision, "stated", null).Iso);
        Assert.Equal(precision, d.Precision);
        Assert.Equal(preposition, d.Preposition);
    }

    [Theory]
    [InlineData("on Monday", "2012-06-18")]
    [InlineData("on Tuesday", "2012-06-19")] // the publication day itself
    [InlineData("last Sunday", "2012-06-17")]
    [InlineData("yesterday", "2012-06-18")]
    public void Relative_dates_resolve_against_publication(string text, string expected)
    {
        var d = Assert.Single(Dates.Find(text, All(text), new DateOnly(2012, 6, 19)));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Date);
        Assert.True(d.Relative);
        Assert.NotNull(d.Note);
    }

    [Theory]
    [InlineData("by February 30, 2020")]
    [InlineData("on 2012-02-30")]
    [InlineData("until 31 June 2021")]
    [InlineData("on 2021-13-01")]
    public void Impossible_dates_are_not_dates(string text) =>
        Assert.Empty(Dates.Find(text, All(text), new DateOnly(2020, 1, 1)));

    [Fact]
    public void A_bare_four_digit_number_is_not_a_year()
    {
        const string text = "The 1550 figure and 2018 were discussed.";
        Assert.Empty(Dates.Find(text, All(text), null));
    }

    [Theory]
    [InlineData("the New START accord", "new-start")]
    [InlineData("the INF Treaty collapsed", "inf")]
    [InlineData("the Intermediate-Range Nuclear Forces Treaty", "inf")]
    [InlineData("signatories to the CTBT", "ctbt")]
    [InlineData("under the Nuclear Non-Proliferation Treaty", "npt")]
    [InlineData("the Moscow Treaty of 2002", "sort")]
    [InlineData("START expired in 2009", "start-i")]
    public void Known_treaties_by_name_or_alias(string text, string slug)
    {
        var m = Assert.Single(Repo.Extractor.Treaties.Find(text, All(text)));
        Assert.Equal(slug, m.Slug);
        Assert.True(m.Known);
    }

    [Fact]
    public void New_START_is_not_also_START_and_START_II_is_not_START()
    {
        const string text = "New START replaced START, while START II never entered into force.";
        var found = Repo.Extractor.Treaties.Find(text, All(text));
        // START II is catalogued too: each name is its own treaty.
        Assert.Equal(["new-start", "start-i", "start-ii"], found.Where(t => t.Known).Select(t => t.Slug));
    }

    // Two names of one treaty side by side, "A (B)": the family name ("START", "Strategic Arms Reduction Treaty")
    // gives way to the name of the member it is written for, on either side of the parenthesis.
    [Theory]
    [InlineData("Moscow said the New START (Strategic Arms Reduction Treaty) would lapse.", "new-start")]
    [InlineData("The New Strategic Arms Reduction Treaty (START) runs out next week, an aide said.", "new-start")]
    [InlineData(
        "Russia left the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms "
            + "(START) in February.",
        "new-start"
    )]
    [InlineData("the Strategic Arms Reduction Treaty (New START) was signed in Prague.", "new-start")]
    [InlineData("the second Strategic Arms Reduction Treaty (START II) was signed in 1993.", "start-ii")]
    public void A_family_name_beside_a_members_name_is_that_member(string text, string slug)
    {
        var found = Repo.Extractor.Treaties.Find(text, All(text));
        var m = Assert.Single(found);
        Assert.Equal(slug, m.Slug);
    }

    [Fact]
    public void A_lower_case_new_before_a_family_name_says_no_treaty()
    {
        // "new START" is New START written in lower case or a next START treaty: not START I, and unsure which.
        const string text = "Lawmakers backed the new START treaty on a 70-30 vote.";
        Assert.Empty(Repo.Extractor.Treaties.Find(text, All(text)));
        const string plain = "START limited each side to 6,000 warheads.";
        Assert.Equal("start-i", Assert.Single(Repo.Extractor.Treaties.Find(plain, All(plain))).Slug);
    }

    [Fact]
    public void A_sites_menu_of_topics_names_no_treaty_but_a_list_in_the_text_does()
    {
        const string menu = "Home\nEvents\nNPT\nCTBT\nCWC\nContact\n\nThe NPT review conference opened today.";
        var found = Repo.Extractor.Treaties.Find(menu, All(menu));
        Assert.Equal(["npt"], found.Select(t => t.Slug));
        Assert.True(found[0].Span.Start > menu.IndexOf("The NPT", StringComparison.Ordinal));
        const string list = "It has joined:\n• NPT\n• CTBT\n• CWC\n• BWC\n• TPNW";
        Assert.Equal(5, Repo.Extractor.Treaties.Find(list, All(list)).Count);
    }

    [Theory]
    [InlineData("Both joined the Ottawa Convention in 1997.", "Ottawa Convention")]
    [InlineData("talks on the Fissile Material Cutoff Treaty stalled.", "Fissile Material Cutoff Treaty")]
    [InlineData(
        "the Treaty on the Southeast Asia Nuclear Weapon-Free Zone entered into force.",
        "Treaty on the Southeast Asia Nuclear Weapon-Free Zone"
    )]
    public void Unknown_treaties_by_their_form(string text, string name)
    {
        var m = Assert.Single(Repo.Extractor.Treaties.Find(text, All(text)));
        Assert.False(m.Known);
        Assert.Equal(name, m.Name);
        Assert.Equal(Slugs.Kebab(name), m.Slug);
    }

    [Theory]
    [InlineData("the U.S. leader", "2012-06-19", "barack-obama")]
    [InlineData("the U.S. president", "2019-03-01", "donald-trump")]
    [InlineData("the Russian president", "2010-01-01", "dmitry-medvedev")]
    [InlineData("the Russian president", "2013-01-01", "vladimir-putin")]
    [InlineData("Putin spokesman", "2012-06-19", "dmitry-peskov")]
    [InlineData("Russia's foreign minister", "2015-01-01", "sergey-lavrov")]
    public void Titles_resolve_to_whoever_held_the_office_on_the_date(string text, string on, string slug)
    {
        var m = Assert.Single(
            Repo.Extractor.Actors.Find(
                text,
                All(text),
                DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)
            )
        );
        Assert.Equal(slug, m.Actor?.Slug);
        Assert.Equal("title", m.Resolution);
    }
}
