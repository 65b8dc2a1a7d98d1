using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Deadlines as reports state them (issue 14, session 7), on our own sentences with the real catalog: a yearless day
/// still ahead, a period beside the date it explains, a deadline told before the treaty is named, a plan's "within",
/// events the text itself dates, dates that open a sentence, and what ended or was suspended.
/// </summary>
public class DeadlineReportTests
{
    // Published on Tuesday 10 March 2026.
    private static ExtractionResult Extract(string text, Extractor? extractor = null) =>
        (extractor ?? Repo.Extractor).Extract(new SourceDocument("report", text, new DateOnly(2026, 3, 10)));

    private static string[] Dates(ExtractionResult r) => [.. r.Deadlines.Select(d => d.Date?.Iso ?? "-").Order()];

    /// <summary>An extractor that also knows the treaty texts' limits (the catalog's treaty-limits.json).</summary>
    private static Extractor WithTreatyLimits()
    {
        var catalog = Path.Combine(Repo.Seeds, "catalog");
        return new Extractor(
            Catalog.Parse(
                File.ReadAllText(Path.Combine(catalog, "treaties.json")),
                File.ReadAllText(Path.Combine(catalog, "actors.json")),
                File.ReadAllText(Path.Combine(catalog, "treaty-limits.json"))
            )
        );
    }

    [Fact]
    public void A_yearless_day_after_by_is_the_next_one_when_the_sentence_looks_ahead()
    {
        Assert.Equal(
            ["2027-01-14"],
            Dates(Extract("Maravia is expected to answer the CWC council by 14 January, its envoy said."))
        );
        Assert.Equal(["2026-01-14"], Dates(Extract("Maravia had to answer the CWC council by 14 January.")));
    }

    [Fact]
    public void A_period_beside_a_date_it_explains_is_that_dates_basis_not_a_second_deadline()
    {
        var r = Extract("The TPNW entered into force on 22 January 2021, 90 days after the 50th state ratified it.");
        var d = Assert.Single(r.Deadlines);
        Assert.Equal("2021-01-22", d.Date?.Iso);
        Assert.Equal("stated", d.Date?.Basis);
        Assert.Equal("P90D", d.Relative?.Offset);
        Assert.Equal("ratification", d.Relative?.Event);
        Assert.EndsWith("90 days after the 50th state ratified", d.Span.Quote, StringComparison.Ordinal);
        var after = Assert.Single(
            Extract(
                "Under the INF Treaty the missiles went within three years of entry into force, that is, by 1 June "
                    + "1991."
            ).Deadlines
        );
        Assert.Equal("1991-06-01", after.Date?.Iso);
        Assert.Equal("P3Y", after.Relative?.Offset);
    }

    [Fact]
    public void A_second_partys_date_with_its_verb_left_out_is_a_deadline_of_the_same_kind()
    {
        var r = Extract(
            "Maravia's withdrawal from the CFE Treaty took effect on 3 May 2021 and Belavia's on 9 June 2022."
        );
        Assert.Equal(["2021-05-03", "2022-06-09"], Dates(r));
        Assert.All(r.Deadlines, d => Assert.Equal("effective", d.Kind));
        // A speaker after "and" is no party leaving: "and Lavrov on 3 March said" gives no second deadline.
        var said = Extract(
            "Maravia left the CFE Treaty on 3 May 2021 and Lavrov on 9 June 2022 said it was a mistake."
        );
        Assert.Equal(["2021-05-03"], Dates(said));
    }

    [Fact]
    public void A_restrictions_duration_is_read_only_for_a_treaty_whose_limits_run_for_set_periods()
    {
        // The treaty texts' limits say the JCPOA's run for set periods from Implementation Day.
        var withLimits = WithTreatyLimits();
        var lines = Extract(
            """
            JCPOA key limits
            Enriched uranium stockpile .... 300 kg of UF6, for 15 years
            Fordow ........................ no enrichment for 15 years
            """,
            withLimits
        );
        Assert.Equal(["2031-01-16", "2031-01-16"], Dates(lines));
        Assert.Empty(Extract("Under the CTBT, Maravia has kept no test site open for 15 years.", withLimits).Deadlines);
        // "for 15 years, until January 2031": the date is the deadline, the period its explanation.
        var until = Extract(
            "Under the JCPOA the enrichment cap was set to run for 15 years, until January 2031.",
            withLimits
        );
        Assert.Equal(["2031-01"], Dates(until));
    }

    [Fact]
    public void A_period_from_that_date_runs_from_the_date_the_sentence_gave()
    {
        var r = Extract(
            "The CWC entered into force on 29 April 1997 and parties had to destroy stocks within 10 years of that "
                + "date."
        );
        Assert.Contains("2007-04-29", Dates(r));
        var none = Extract("Under the CWC, parties must destroy stocks within 10 years of that date.");
        Assert.DoesNotContain(none.Deadlines, d => d.Relative?.Event == "that date");
    }

    [Fact]
    public void A_deadline_told_before_the_treaty_is_named_is_the_documents_treaty()
    {
        var r = Extract(
            """
            Council approves plan for Maravia's stockpile

            The council today approved a plan. Destruction is to be completed no later than 31 March 2029, and a
            missile shield is to be fielded through 2030.

            Background: Maravia joined the Chemical Weapons Convention in 2019.
            """
        );
        var d = Assert.Single(r.Deadlines);
        Assert.Equal("2029-03-31", d.Date?.Iso);
        Assert.Equal("cwc", d.TreatySlug);
    }

    [Fact]
    public void A_plans_within_runs_from_publication_and_a_rules_stays_undated()
    {
        var plan = Assert.Single(
            Extract("The CTBT parties would reconvene within 12 months, officials said.").Deadlines
        );
        Assert.Equal("2027-03-10", plan.Date?.Iso);
        Assert.Equal("announcement", plan.Relative?.Event);
        var rule = Assert.Single(
            Extract("Under the TPNW, a host state would have to remove the weapons within 90 days.").Deadlines
        );
        Assert.Null(rule.Date);
        var statement = Assert.Single(
            Extract("Maravia will fund the CTBT monitoring network within 60 days of this statement.").Deadlines
        );
        Assert.Equal("2026-05-09", statement.Date?.Iso);
    }

    [Fact]
    public void A_notice_or_adoption_the_text_reports_dates_the_period_from_it()
    {
        var notice = Extract(
            "On 4 May 2025, Maravia notified the depositaries of its withdrawal from the Open Skies Treaty. Its "
                + "withdrawal takes effect six months after that notification."
        );
        Assert.Contains(notice.Deadlines, d => d.Relative?.Offset == "P6M" && d.Date?.Iso == "2025-11-04");
        var adoption = Extract(
            "The CWC executive council on Tuesday adopted a decision on Maravia. Maravia is to declare its stocks "
                + "within 30 days of the decision's adoption."
        );
        Assert.Contains(adoption.Deadlines, d => d.Relative?.Offset == "P30D" && d.Date?.Iso == "2026-04-09");
    }

    [Fact]
    public void A_date_that_opens_the_sentence_dates_an_expiry_or_the_end_of_being_bound()
    {
        Assert.Equal(["2026-02-05"], Dates(Extract("On February 5 of this year New START expired.")));
        Assert.Equal(
            ["2002-06-14"],
            Dates(Extract("- 14 June 2002: Maravia declares it is no longer bound by START II."))
        );
    }

    [Fact]
    public void The_day_a_state_announces_it_leaves_is_the_day_it_takes_effect()
    {
        Assert.Equal(
            ["2024-05"],
            Dates(Extract("Maravia announced in May 2024 that it no longer considered itself bound by the CTBT."))
        );
        Assert.Empty(Extract("Maravia announced in May 2024 that it would host CTBT talks.").Deadlines);
    }

    [Fact]
    public void Ended_and_suspended_govern_a_date_only_for_a_treaty_or_a_moratorium()
    {
        Assert.Equal(["2025-08"], Dates(Extract("Maravia's CTBT test moratorium ended in August 2025.")));
        Assert.Empty(Extract("A conference reviewing the NPT ended on Friday without agreement.").Deadlines);
        Assert.Equal(["2007-12"], Dates(Extract("Maravia suspended the CFE Treaty in December 2007.")));
        Assert.Empty(Extract("Maravia suspended inspections under New START in March 2020.").Deadlines);
    }

    [Fact]
    public void Notice_at_least_or_prior_to_withdrawal_is_a_notice_period()
    {
        var advance = Extract(
            "Under the Open Skies Treaty a party may leave by giving notice at least six months in advance."
        );
        Assert.Contains(advance.Deadlines, d => d.Relative is { Event: "notice-of-withdrawal", Offset: "P6M" });
        var prior = Extract("Under the CFE Treaty a party gives notice 150 days prior to the intended withdrawal.");
        Assert.Contains(prior.Deadlines, d => d.Relative is { Event: "notice-of-withdrawal", Offset: "P150D" });
    }

    [Fact]
    public void Plural_and_past_event_words_name_the_event()
    {
        var r = Extract(
            "The CTBT can enter into force only 180 days after all 44 states have deposited their instruments of "
                + "ratification."
        );
        Assert.Contains(r.Deadlines, d => d.Relative?.Offset == "P180D");
    }

    [Fact]
    public void A_limits_duration_runs_from_the_event_the_treatys_text_counts_it_from()
    {
        var withLimits = WithTreatyLimits();
        var r = Extract("Under the JCPOA Iran may enrich uranium up to 3.67 percent for 15 years.", withLimits);
        var d = Assert.Single(r.Deadlines);
        Assert.Equal("2031-01-16", d.Date?.Iso);
        Assert.Equal("implementation-day", d.Relative?.Event);
        // Without the treaty texts' limits it says less: the period, undated.
        var bare = Extract("Under the JCPOA Iran may enrich uranium up to 3.67 percent for 15 years.");
        Assert.Null(Assert.Single(bare.Deadlines).Date);
    }
}
