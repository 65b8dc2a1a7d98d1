using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Treaty names whose meaning depends on when or how they are written: the recogniser says no treaty where it is
/// unsure which one is meant (a journalist prints a wrong treaty; a missing one is not printed). Each class cut has
/// a sentence that must give nothing, and the class kept beside it a sentence that must still give its treaty.
/// </summary>
public class TreatyDoubtTests
{
    private static TextRange All(string s) => new(0, s.Length);

    private static List<string> Slugs(string text, string published) =>
        Repo
            .Extractor.Treaties.Find(text, All(text), DateOnly.Parse(published))
            .Where(m => m.Known)
            .Select(m => m.Slug)
            .ToList();

    [Theory]
    // After START I expired (2009), a bare family name is written for New START as often as for START I.
    [InlineData("Moscow says Washington will not extend the START treaty, which runs out in February.", "2020-12-10")]
    [InlineData("The Strategic Arms Reduction Treaty caps each side's deployed warheads.", "2019-05-02")]
    // Before New START was signed (2010), "START III" named a proposed treaty.
    [InlineData("The two presidents hoped to open talks on a START III accord within the year.", "1999-03-02")]
    // Before SORT (2002), a "Moscow Treaty" was another treaty signed in Moscow.
    [InlineData("Bonn ratified the Moscow Treaty after a long debate.", "1972-05-17")]
    public void A_name_whose_treaty_depends_on_the_date_gives_none(string text, string published) =>
        Assert.Empty(Slugs(text, published));

    [Theory]
    // The same family name while START I was in force is START I.
    [InlineData("Washington will not extend the START treaty, which runs out in December.", "2009-06-10", "start-i")]
    // After its end, but the text also names it unambiguously: every mention is kept.
    [InlineData("START I, the first Strategic Arms Reduction Treaty, expired in 2009.", "2021-01-05", "start-i")]
    // A treaty's own name, written while it was negotiated, still names it.
    [InlineData("Negotiators in Geneva are close to finishing the Chemical Weapons Convention.", "1992-08-03", "cwc")]
    [InlineData("The outline for a Joint Comprehensive Plan of Action was agreed.", "2015-04-03", "jcpoa")]
    // Its acronym and its words spelled out, while it was negotiated.
    [InlineData("Delegates in Geneva resumed work on the CTBT text this week.", "1995-06-12", "ctbt")]
    [InlineData("Talks on a Comprehensive Test Ban Treaty resumed in Geneva.", "1995-06-12", "ctbt")]
    public void The_same_names_where_the_date_settles_them_are_kept(string text, string published, string slug) =>
        Assert.Equal([slug], Slugs(text, published).Distinct());

    [Theory]
    [InlineData("Envoys said a new Iran nuclear deal could be reached by spring.")]
    [InlineData("Any nuclear deal with Iran must cover missiles, the senator said.")]
    public void A_descriptive_name_after_an_indefinite_determiner_is_not_the_treaty(string text) =>
        Assert.Empty(Slugs(text, "2025-04-20"));

    [Theory]
    [InlineData("Washington left the Iran nuclear deal in 2018.")]
    [InlineData("Europe still backs the nuclear deal with Iran, the minister said.")]
    public void A_descriptive_name_with_a_definite_article_is_the_treaty(string text) =>
        Assert.Equal(["jcpoa"], Slugs(text, "2019-04-20"));

    [Fact]
    public void Without_a_publication_date_the_time_of_a_name_is_not_judged()
    {
        const string text = "Washington will not extend the START treaty.";
        Assert.Equal("start-i", Assert.Single(Repo.Extractor.Treaties.Find(text, All(text))).Slug);
    }
}
