using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Session 10's guards on deadlines (precision first: when unsure, no fact), each on sentences of our own with the
/// real catalog, and beside each guard the sentence of the same shape that stays a deadline.
/// </summary>
public class DeadlineGuardTests
{
    // Published on Tuesday 10 March 2026.
    private static ExtractionResult Extract(string text) =>
        Repo.Extractor.Extract(new SourceDocument("report", text, new DateOnly(2026, 3, 10)));

    private static string[] Dates(string text) =>
        [.. Extract(text).Deadlines.Select(d => d.Date?.Iso ?? d.Relative?.Offset ?? "-").Order()];

    [Fact]
    public void A_milestone_reported_as_reached_is_no_deadline()
    {
        Assert.Empty(
            Dates("The Treaty on the Prohibition of Nuclear Weapons was ratified by October last year in 50 states.")
        );
        Assert.Empty(Dates("Under the CWC, the last declared stockpile had been destroyed by 1 June 2023."));
        // What must still be done by the same kind of date stays one.
        Assert.Contains("2026-10", Dates("Under the CWC, the last stockpile must be destroyed by October."));
        Assert.Contains("2023-06-01", Dates("Under the CWC, the last stockpile was to be destroyed by 1 June 2023."));
    }

    [Fact]
    public void A_year_written_after_its_month_is_the_year_of_the_deadline()
    {
        Assert.Contains(
            "2027-10",
            Dates("Under the CWC, Maravia has promised to finish the work by October next year.")
        );
        Assert.Contains("2025-10", Dates("Under the CWC, Maravia had to finish the work by October last year."));
    }

    [Fact]
    public void An_expectation_the_report_corrects_is_no_deadline()
    {
        Assert.DoesNotContain(
            "2026-02-04",
            Dates("Analysts had thought that New START would expire on 4 February 2026, a day too early.")
        );
        Assert.Contains("2026-02-05", Dates("New START will expire on 5 February 2026."));
    }

    [Fact]
    public void A_span_of_days_gives_a_day_only_when_it_is_a_night()
    {
        Assert.Equal(
            ["2026-12-12"],
            Dates("Under the CFE Treaty, the freeze will take effect at midnight on December 11-12.")
        );
        Assert.Empty(Dates("Under the CFE Treaty, the freeze will take effect on December 11-14."));
    }

    [Fact]
    public void A_date_after_another_clause_is_that_clauses()
    {
        Assert.Empty(Dates("The New START treaty lapsed, a senior defence official said on Thursday."));
        Assert.Empty(Dates("The TPNW needed 50 ratifications to take effect, reached that number in October 2020."));
        Assert.Contains("2026-02-05", Dates("The New START treaty lapsed on 5 February 2026, officials said."));
    }

    [Fact]
    public void In_force_today_is_a_state_not_a_deadline()
    {
        Assert.Empty(Dates("Unlike the INF Treaty, the Outer Space Treaty is in force today."));
        Assert.Contains("1988-06-01", Dates("The INF Treaty was in force from 1 June 1988."));
    }

    [Fact]
    public void A_period_counts_from_the_announcement_an_earlier_sentence_dates()
    {
        var r = Extract(
            "The Maravian foreign ministry announced on March 6 that the country would leave the Open Skies Treaty. "
                + "It said all parties had been told and that the decision will enter into force in six months."
        );
        Assert.Contains(r.Deadlines, d => d.Date?.Iso == "2026-09-06" && d.Relative?.Offset == "P6M");
        Assert.DoesNotContain(r.Deadlines, d => d.Date?.Iso == "2026-09-10");
    }

    [Fact]
    public void The_day_of_the_event_is_not_the_day_the_period_gives()
    {
        var cut = Dates(
            "START I required each side to cut its forces within seven years of its entry into force, which came on "
                + "5 December 1994."
        );
        Assert.Contains("2001-12-05", cut);
        Assert.DoesNotContain("1994-12-05", cut);
        // A period without a deadline word that had run out by publication is time elapsed.
        Assert.Empty(
            Dates(
                "Our minister noted that twenty-five years after the CTBT was opened for signature, in September "
                    + "1996, the test ban still waits for eight states."
            )
        );
    }

    [Fact]
    public void A_meeting_that_did_something_is_not_a_date_due()
    {
        Assert.DoesNotContain(
            "2022",
            Dates("TPNW parties will carry out the decisions adopted by the first meeting of states parties in 2022.")
        );
        Assert.Contains(
            "2027",
            Dates("Under the TPNW, the plan must be approved by the second meeting of states parties in 2027.")
        );
    }

    [Fact]
    public void A_day_without_its_year_after_a_full_date_takes_that_year()
    {
        Assert.Contains(
            "2024-09-28",
            Dates(
                "Under the JCPOA, the three European parties triggered snapback on August 28, 2024, and UN "
                    + "sanctions were reimposed 30 days later, on September 28."
            )
        );
    }

    [Fact]
    public void The_act_of_leaving_is_read_in_each_of_its_forms_when_a_treaty_is_left()
    {
        Assert.Contains(
            "2026-12-18",
            Dates("Maravia will withdraw from the Open Skies Treaty on December 18 this year.")
        );
        Assert.Contains("2027-01-10", Dates("Maravia will pull out of the NPT on 10 January 2027, its envoy said."));
        Assert.Contains(
            "2026-12-07",
            Dates("Washington will suspend the fulfilment of its obligations under the CFE Treaty from 7 December.")
        );
        Assert.Contains("2002", Dates("Since the U.S. withdrawal in 2002, the ABM Treaty has had no successor."));
        // What is left is not the treaty: talks, a meeting.
        Assert.Empty(Dates("Under the CFE Treaty, Maravia will withdraw from the talks on 18 December 2026."));
        // Another act governs the noun; its date is that act's.
        Assert.DoesNotContain(
            "2026-02-02",
            Dates("Under the INF Treaty, Washington gave six months' notice of its withdrawal on 2 February 2026.")
        );
    }

    [Fact]
    public void A_date_opening_the_clause_dates_the_start_after_it()
    {
        Assert.Contains(
            "2027-01-22",
            Dates("Update: On January 22, 2027, the Treaty on the Prohibition of Nuclear Weapons will come into force.")
        );
    }
}
