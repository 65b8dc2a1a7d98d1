using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Dates that look like deadlines and are not (session 7, round 2: the wrong deadlines of held-out set 3), on our own
/// sentences with the real catalog: a year naming a treaty after "by the", what "collapsed" when talks did, and a day
/// another word governs in the sentence that reports an adoption.
/// </summary>
public class DeadlinePrecisionTests
{
    // Published on Tuesday 10 March 2026.
    private static ExtractionResult Extract(string text) =>
        Repo.Extractor.Extract(new SourceDocument("report", text, new DateOnly(2026, 3, 10)));

    private static string[] Dates(ExtractionResult r) => [.. r.Deadlines.Select(d => d.Date?.Iso ?? "-").Order()];

    [Fact]
    public void A_year_after_by_the_that_names_a_treaty_is_no_deadline()
    {
        Assert.DoesNotContain(
            "1991",
            Dates(Extract("Under START I, the parties kept 1,600 delivery vehicles, a ceiling set by the 1991 accord."))
        );
        Assert.DoesNotContain(
            "2002",
            Dates(Extract("The Moscow Treaty figures, agreed by the 2002 treaty, were never verified on site."))
        );
        // A year after "by" that names nothing stays a deadline.
        Assert.Contains("2029", Dates(Extract("Maravia must destroy its CWC stockpile by 2029, the council said.")));
    }

    [Fact]
    public void Collapsed_is_a_deadline_only_when_a_treaty_collapsed()
    {
        Assert.Empty(
            Extract(
                "Talks on a compliance annex to the Biological Weapons Convention opened in 1997 and collapsed in "
                    + "March 2003, when two delegations walked out."
            ).Deadlines
        );
        Assert.Empty(
            Extract(
                "Under the CTBT, experts drafted an inspection manual for nine years and it collapsed in 2008."
            ).Deadlines
        );
        Assert.Contains("2019", Dates(Extract("The INF Treaty collapsed in 2019.")));
        Assert.Contains(
            "2007-12",
            Dates(Extract("Among the CFE Treaty's parties, the accord collapsed in December 2007."))
        );
    }

    [Fact]
    public void A_day_another_word_governs_is_not_the_day_of_an_adoption()
    {
        var r = Extract(
            "Under the Open Skies Treaty, the quota plan, adopted by the commission in Vienna, will apply from "
                + "March 1, 2027, and must be endorsed by capitals within 45 days of its adoption."
        );
        var period = Assert.Single(r.Deadlines, d => d.Relative?.Offset == "P45D");
        Assert.Null(period.Date);
        // The day the adoption is reported on dates it.
        var dated = Extract(
            "The Open Skies commission adopted the quota plan on 12 February 2026. Under the Open Skies Treaty, "
                + "capitals must endorse the plan within 45 days of its adoption."
        );
        Assert.Contains(dated.Deadlines, d => d.Relative?.Offset == "P45D" && d.Date?.Iso == "2026-03-29");
    }
}
