using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Deadline shapes of real arms-control reporting (session 9: the misses and wrong deadlines of the fourth held-out
/// set and of real excerpts outside the repository), on our own sentences with the real catalog.
/// </summary>
public class DeadlineRealShapeTests
{
    // Published on Tuesday 10 March 2026.
    private static ExtractionResult Extract(string text, string published = "2026-03-10") =>
        Repo.Extractor.Extract(new SourceDocument("report", text, DateOnly.Parse(published)));

    private static string[] Dates(ExtractionResult r) => [.. r.Deadlines.Select(d => d.Date?.Iso ?? "-").Order()];

    [Fact]
    public void Announcing_a_withdrawal_is_the_notice_not_the_leaving()
    {
        Assert.DoesNotContain(
            "2026-03-04",
            Dates(Extract("Maravia announced on 4 March 2026 that it would withdraw from the Open Skies Treaty."))
        );
        // A state that says it no longer holds to a moratorium leaves it that day.
        Assert.Contains(
            "2026-01",
            Dates(Extract("Maravia announced in January 2026 that it no longer felt bound by its CTBT moratorium."))
        );
    }

    [Fact]
    public void A_condition_by_a_day_without_its_year_looks_ahead()
    {
        Assert.Contains(
            "2027-02-05",
            Dates(Extract("If no deal is reached by 5 February, the last New START limits will be gone."))
        );
    }

    [Fact]
    public void By_a_year_with_a_past_verb_after_it_is_a_milestone()
    {
        var r = Extract("Maravia exceeded the JCPOA caps a year later and by 2021 was enriching to 20 percent.");
        Assert.DoesNotContain("2021", Dates(r));
        Assert.Contains("2029", Dates(Extract("Maravia must destroy its CWC stockpile by 2029, the council said.")));
    }

    [Fact]
    public void A_period_counts_from_the_day_the_sentence_gives_the_statement()
    {
        Assert.Equal(
            ["2026-03-12"],
            Dates(
                Extract(
                    "On 2 March, a Maravian spokesman said the country would pass its JCPOA stockpile cap within 10 "
                        + "days."
                )
            )
        );
        Assert.Equal(
            ["2026-09-03"],
            Dates(
                Extract(
                    "The foreign ministry announced on 3 March that Maravia would withdraw from the Open Skies Treaty "
                        + "in six months."
                )
            )
        );
        // No day given for the statement: from the publication date, as before.
        Assert.Equal(
            ["2026-03-20"],
            Dates(Extract("A Maravian spokesman said the country would pass its JCPOA stockpile cap within 10 days."))
        );
    }

    [Fact]
    public void A_period_from_today_counts_from_the_publication_and_today_is_not_the_deadline()
    {
        var r = Extract("Under the INF Treaty, the effective date of our withdrawal will be six months from today.");
        Assert.Contains("2026-09-10", Dates(r));
        Assert.DoesNotContain("2026-03-10", Dates(r));
    }

    [Fact]
    public void The_step_said_to_come_after_a_period_is_a_deadline()
    {
        Assert.Contains(
            "2026-09-10",
            Dates(Extract("Officials said the Maravian exit from the CFE Treaty will take effect in six months."))
        );
        Assert.Contains("2026-04-09", Dates(Extract("All sanctions lifted by the JCPOA will be restored in 30 days.")));
        // "effective" governs a period only right after it: here "will leave" does, from the effective date.
        var leave = Extract(
            "Maravia said it would suspend the INF Treaty effective 2 March and that it will leave the pact in six "
                + "months."
        );
        var d = Assert.Single(leave.Deadlines, x => x.Date?.Iso == "2026-09-02");
        Assert.StartsWith("will leave", d.Span.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_naming_a_treaty_after_adjectives_is_no_deadline()
    {
        var r = Extract("Maravia's stock passed the 300-kilogram JCPOA limit set by the 2015 nuclear deal.");
        Assert.DoesNotContain("2015", Dates(r));
    }

    [Fact]
    public void A_meeting_of_a_treaty_ending_is_not_the_treaty_ending()
    {
        Assert.Empty(Extract("The first meeting of States Parties to the TPNW ended on Thursday in Vienna.").Deadlines);
        Assert.Contains("2019-08-02", Dates(Extract("The INF Treaty ended on 2 August 2019.")));
    }

    [Fact]
    public void One_date_read_by_two_rules_over_the_same_words_is_one_deadline()
    {
        var r = Extract(
            "Thirty-eight years ago today, on 1 June 1988, the INF Treaty entered into force.",
            published: "2026-06-01"
        );
        Assert.Equal(["1988-06-01"], Dates(r));
    }

    [Fact]
    public void The_last_day_of_a_meeting_is_not_a_deadline()
    {
        Assert.Empty(
            Extract(
                "The third session of the NPT Preparatory Committee is being held in Vienna from 2 March through 13 "
                    + "March."
            ).Deadlines
        );
        Assert.Empty(
            Extract("The CWC experts' meeting opened on Monday in The Hague and will run through Friday.").Deadlines
        );
        // A treaty's own "until" stays a deadline.
        Assert.Contains("2027-02-05", Dates(Extract("The New START pledge runs until 5 February 2027.")));
    }

    [Fact]
    public void A_period_giving_the_day_stated_before_it_is_its_basis()
    {
        var r = Extract(
            "The TPNW shall enter into force on 22 January 2021, in line with its article 15, under which it enters "
                + "into force 90 days after the fiftieth instrument of ratification is deposited."
        );
        var d = Assert.Single(r.Deadlines);
        Assert.Equal("2021-01-22", d.Date?.Iso);
        Assert.Equal("P90D", d.Relative?.Offset);
    }

    [Fact]
    public void A_day_in_brackets_after_today_is_today_not_the_deadline()
    {
        var r = Extract("Under the ABM Treaty, our withdrawal will take effect six months from today [March 10].");
        Assert.Equal(["2026-09-10"], Dates(r));
    }

    [Fact]
    public void Time_granted_to_act_is_a_deadline()
    {
        // From the day the sentence gives the statement.
        Assert.Contains(
            "2026-05-01",
            Dates(Extract("The minister announced on 2 March that Maravia has 60 days to return to the CFE Treaty."))
        );
        // From the entry into force the sentence gives.
        Assert.Contains(
            "1991-06-01",
            Dates(Extract("The INF Treaty entered into force on 1 June 1988 and gave both sides three years to act."))
        );
        // A past grant of days with nothing to count from: the period, undated.
        var r = Extract("The CWC council last week gave Maravia 45 days to file a new declaration.");
        var d = Assert.Single(r.Deadlines);
        Assert.Null(d.Date);
        Assert.Equal("P45D", d.Relative?.Offset);
        // Time that passed, and a standing rule of another body, are not deadlines.
        Assert.Empty(Extract("We have given Moscow six years to fix its INF Treaty breach.").Deadlines);
        Assert.Empty(Extract("Under the New START law, the Senate has 60 days to review it.").Deadlines);
    }
}
