using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Session 11's abstention by class (README → Deadlines): a deadline is given only when its reading belongs to a
/// class that was precise on every read set, real text first. Each test sets a sentence of a class kept beside one of
/// the class cut or narrowed, all our own sentences, with the real catalog.
/// </summary>
public class DeadlineClassTests
{
    // Published on Tuesday 10 March 2026.
    private static ExtractionResult Extract(string text, DateOnly? published = null) =>
        Repo.Extractor.Extract(new SourceDocument("report", text, published ?? new DateOnly(2026, 3, 10)));

    private static string[] Dates(string text, DateOnly? published = null) =>
        [.. Extract(text, published).Deadlines.Select(d => d.Date?.Iso ?? d.Relative?.Offset ?? "-").Order()];

    [Fact]
    public void Until_is_a_deadline_only_at_the_end_of_something_that_lasts()
    {
        Assert.Contains(
            "2029-02-05",
            Dates("The Maravian pledge to respect the New START ceilings runs until Feb. 5, 2029.")
        );
        Assert.Contains("2028", Dates("Under the CTBT deal, both sides have until 2028 to close the tunnels."));
        Assert.Contains(
            "2027-12-31",
            Dates("The CWC working group has been given until 31 December 2027 to finish its report.")
        );
        // The day something first happened, a meeting's last day, an offer: the end of nothing that lasts.
        Assert.Empty(Dates("The Maravian senate debated the CTBT for years but did not ratify it until 14 May 2001."));
        Assert.Empty(Dates("The CWC review meeting opens in The Hague and will run through November 20, 2026."));
        Assert.Empty(Dates("Under the INF Treaty talks, \"our proposal stands until April 30, 2026,\" he said."));
    }

    [Fact]
    public void Through_is_a_deadline_only_with_a_limit_kept_or_a_treaty_in_force()
    {
        Assert.Contains(
            "2027",
            Dates("Under New START, Washington will keep its deployed warheads at or below 1,550 through 2027.")
        );
        Assert.Empty(Dates("Under the Open Skies Treaty, the exhibition of sensors is held through May 30, 2026."));
    }

    [Fact]
    public void A_never_in_another_clause_does_not_undo_an_until()
    {
        Assert.Contains(
            "2004",
            Dates("The START II protocol was never ratified, but both sides observed its limits until 2004.")
        );
    }

    [Fact]
    public void A_notice_period_is_given_only_where_the_text_speaks_of_leaving()
    {
        Assert.Contains("P3M", Dates("Under the NPT, a state may withdraw on three months' notice."));
        // The leaving in the sentence before, in the same paragraph.
        Assert.Contains(
            "P6M",
            Dates("Leaving the ABM Treaty is a legal step, not a slogan. Its Article XV requires six months' notice.")
        );
        // An ultimatum: no leaving in the paragraph.
        Assert.Empty(Dates("Under the INF Treaty dispute, the envoy put Maravia on a 45-day notice."));
    }

    [Fact]
    public void The_day_a_withdrawal_was_announced_is_not_given()
    {
        Assert.Empty(Dates("Maravia announced its withdrawal from the NPT on 3 March 2019."));
        Assert.Empty(Dates("Maravia alarmed its neighbours, announcing its withdrawal from the NPT on 12 May 2018."));
        // The day it took effect is.
        Assert.Contains("2019-06-03", Dates("Maravia's withdrawal from the NPT took effect on 3 June 2019."));
    }

    [Fact]
    public void A_day_without_its_year_takes_the_year_the_paragraph_gave_its_month()
    {
        // A background page dated years after what it tells.
        var published = new DateOnly(2021, 1, 1);
        Assert.Contains(
            "2009-12-05",
            Dates(
                "The leaders wanted a new accord before the expiry of START I in December 2009. Moscow said it would "
                    + "field the new missile after START I expires on December 5.",
                published
            )
        );
        // Without that month given earlier, the publication's year stands.
        Assert.Contains(
            "2021-02-05",
            Dates("New START expires on February 5, officials said.", new DateOnly(2021, 1, 20))
        );
    }

    [Fact]
    public void The_month_just_before_publication_is_not_read_a_year_ahead()
    {
        var published = new DateOnly(2026, 6, 1);
        Assert.Empty(
            Dates("Under New START, the inspectors are due to leave the Maravian plant at the end of May.", published)
        );
        // Any other month ahead is this year's or the next.
        Assert.Contains(
            "2026-09",
            Dates(
                "Under New START, the inspectors are due to leave the Maravian plant at the end of September.",
                published
            )
        );
    }

    [Fact]
    public void A_period_is_dated_from_the_catalog_only_for_the_treaty_the_context_gives()
    {
        // The sentence names New START: its entry into force (5 February 2011) dates the period.
        Assert.Contains("2018-02-05", Dates("New START required the cuts within seven years after entry into force."));
        // A text about New START whose paragraph has turned to START I: which entry into force is a guess.
        var r = Extract(
            "New START talks resumed in Geneva on Monday.\n\nSTART I had set deeper cuts than anyone expected. Its "
                + "ceilings were 1,600 launchers. The cuts had to be completed within seven years after entry into "
                + "force."
        );
        Assert.DoesNotContain(r.Deadlines, d => d.Date?.Iso == "2018-02-05");
    }

    [Fact]
    public void A_date_that_modifies_deadline_is_the_deadline()
    {
        Assert.Contains(
            "2027-04-29",
            Dates("Under the CWC, Maravia will miss the April 29, 2027 deadline for destroying its stockpile.")
        );
        // Without its year: the one nearest publication (10 March 2026), not last June.
        Assert.Contains(
            "2026-06-30",
            Dates("Under the CWC, Maravia says it will meet its June 30 destruction deadline.")
        );
        // A date another word governs, beside a deadline that is not its noun phrase's.
        Assert.DoesNotContain(
            "2026-02-12",
            Dates("Under the CWC, the council met on 12 February 2026; deadlines were not discussed.")
        );
    }

    [Fact]
    public void The_noun_of_an_expiry_dates_it_unless_a_period_counts_from_it()
    {
        Assert.Contains(
            "2026-02",
            Dates("Maravia will keep to the limits after New START's expiration in February 2026.")
        );
        Assert.Contains("2009-12", Dates("The leaders met before the expiry of START I in December 2009."));
        // "one more year after its expiration": the expiry is where the period starts, not the deadline.
        Assert.DoesNotContain(
            "2026-02",
            Dates(
                "Maravia offered to keep the New START limits for one more year after its expiration in "
                    + "February 2026."
            )
        );
    }

    [Fact]
    public void A_period_said_again_without_its_date_is_the_dated_one()
    {
        const string Dated =
            "Maravia announced on 3 March 2026 that its exit from the Open Skies Treaty will take effect in six "
            + "months.";
        var r = Extract(
            Dated
                + "\n\n\"Maravia will withdraw from the Open Skies Treaty six months after sending a notice,\" "
                + "the ministry said."
        );
        var period = Assert.Single(r.Deadlines, d => d.Relative?.Offset == "P6M");
        Assert.Equal("2026-09-03", period.Date?.Iso);
        // A treaty's notice clause is a rule of its own, kept beside the dated period.
        var clause = Extract(Dated + " Under the Open Skies Treaty a state may withdraw on six months' notice.");
        Assert.Equal(2, clause.Deadlines.Count(d => d.Relative?.Offset == "P6M"));
    }
}
