using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Deadline shapes beyond one phrase (issue 14), on our own sentences with the real catalog: a period dated from the
/// day the same document gives its event, a period counted from an event no list names, a date that a period
/// explains, and what is not a deadline (an aside of time elapsed, a span of the past, a dateline's day).
/// </summary>
public class DeadlineShapeTests
{
    private static ExtractionResult Extract(string text, int year = 2026, int month = 3, int day = 10) =>
        Repo.Extractor.Extract(new SourceDocument("shape", text, new DateOnly(year, month, day)));

    [Fact]
    public void A_period_from_an_event_the_document_dates_is_dated_from_it()
    {
        // The catalog does not date Adoption Day; the fact sheet does (a day of our own, so no other source has it).
        var r = Extract(
            """
            JCPOA fact sheet

            Iran will seek ratification of the Additional Protocol within eight years of Adoption Day.

            Key dates
            - Adoption Day: 3 March 2016
            """
        );
        var d = r.Deadlines.Single(x => x.Relative?.Event == "adoption-day");
        Assert.Equal("2024-03-03", d.Date?.Iso);
        Assert.Equal("relative", d.Date?.Basis);
    }

    [Fact]
    public void An_entry_into_force_the_paragraph_states_wins_over_the_catalog()
    {
        // Read as about New START (named first), but the paragraph dates the arrangement's own entry into force.
        var r = Extract(
            """
            A successor to New START is signed

            The new arrangement enters into force on July 1, 2027. Data exchanges are to resume within 45 days of
            entry into force.
            """,
            2027,
            6,
            15
        );
        var d = r.Deadlines.Single(x => x.Relative?.Offset == "P45D");
        Assert.Equal("2027-08-15", d.Date?.Iso);
    }

    [Fact]
    public void Within_a_period_of_any_event_is_a_deadline_without_a_date()
    {
        var r = Extract("Under the TPNW, the parties will meet again within 30 days of the talks opening.");
        var d = r.Deadlines.Single();
        Assert.Null(d.Date);
        Assert.Equal("the talks opening", d.Relative?.Event);
        Assert.Equal("P30D", d.Relative?.Offset);
    }

    [Fact]
    public void A_stated_date_explained_by_a_period_gives_that_date()
    {
        var r = Extract("The first CTBT review is due in 2031, five years after its entry into force.");
        var d = r.Deadlines.Single();
        Assert.Equal("2031", d.Date?.Iso);
        Assert.Equal("P5Y", d.Relative?.Offset);
    }

    [Fact]
    public void An_aside_of_time_elapsed_is_not_a_deadline()
    {
        var r = Extract("Explainer: what the JCPOA allowed, ten years after Implementation Day\n\nThe deal is gone.");
        Assert.Empty(r.Deadlines);
    }

    [Fact]
    public void A_span_of_the_past_and_a_forecast_are_not_deadlines()
    {
        var r = Extract(
            "Talks on a BWC verification protocol ran from 1995 until 2001. Outside New START, the Pentagon "
                + "estimates China could have 1,000 warheads by 2030."
        );
        Assert.Empty(r.Deadlines);
    }

    [Fact]
    public void A_datelines_day_is_not_the_day_of_what_the_lead_tells()
    {
        var r = Extract(
            "VIENNA, March 2 (Wire) - Russia, which stopped implementing the CFE Treaty in December 2007, said the "
                + "alliance was no longer a party to the talks it had proposed."
        );
        Assert.DoesNotContain(r.Deadlines, d => d.Date?.Iso == "2026-03-02");
    }
}
