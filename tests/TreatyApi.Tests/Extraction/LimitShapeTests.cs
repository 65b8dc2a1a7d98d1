using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Limits in the shapes new writing takes (treaty texts with lettered items, fact-sheet tables with dotted leaders,
/// lists after "limits:", abbreviations between a verb and its figure, thresholds written as the states whose
/// ratification is needed), in sentences written here, and what each shape must not read.
/// </summary>
public class LimitShapeTests
{
    private static List<string> Limits(string text) =>
        Repo.Extract(text)
            .Limits.Select(l => l.Min is { } lo ? $"{lo}-{l.Value} {l.Unit}" : $"{l.Value} {l.Unit}")
            .ToList();

    [Theory]
    // "and" after a group that already has its hundred, or a scale the number already used, starts a second number.
    [InlineData("between fourteen hundred and sixteen hundred warheads", "1400 1600")]
    [InlineData("between two thousand and three thousand five hundred warheads", "2000 3500")]
    // "and" that continues the number it follows.
    [InlineData("two hundred and fifty launchers", "250")]
    [InlineData("two hundred and fifty thousand shells", "250000")]
    [InlineData("one thousand and forty tanks", "1040")]
    public void Number_words_joined_by_and_are_one_number_or_two_as_English_reads_them(string text, string values)
    {
        var found = Quantities.Numbers(text, new TextRange(0, text.Length)).Select(n => n.Value.ToString("0"));
        Assert.Equal(values, string.Join(" ", found));
    }

    [Fact]
    public void A_treaty_texts_lettered_items_under_a_ceiling_clause()
    {
        var limits = Limits(
            "Article IV of the CFE Treaty\n"
                + "Each group of States Parties shall limit its holdings so that the aggregate numbers do not exceed:\n"
                + "(a) 19,000 battle tanks, of which no more than 15,000 shall be in active units;\n"
                + "(b) 12,500 pieces of artillery; and\n"
                + "(c) 1,800 attack helicopters.\n"
        );
        Assert.Equal(
            ["12500 artillery pieces", "15000 battle tanks", "1800 attack helicopters", "19000 battle tanks"],
            limits.Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void A_treaty_texts_items_that_name_what_they_count_after_for()
    {
        // In one sentence, and as lines under the clause.
        Assert.Equal(
            ["650 delivery vehicles", "1400 warheads", "750 launchers"],
            Limits(
                "Article II of New START binds each Party so that its aggregate numbers do not exceed: (a) 650, for "
                    + "deployed ICBMs, deployed SLBMs, and deployed heavy bombers; (b) 1400, for warheads on deployed "
                    + "ICBMs; and (c) 750, for deployed and non-deployed launchers."
            )
        );
        Assert.Equal(
            ["1500 delivery vehicles", "5500 warheads"],
            Limits(
                "START I, Article II\n"
                    + "Each Party shall limit its forces so that the aggregate numbers do not exceed:\n"
                    + "(a) 1500, for deployed ICBMs and their associated launchers, deployed SLBMs and their "
                    + "associated launchers, and deployed heavy bombers;\n"
                    + "(b) 5500, for warheads attributed to deployed ICBMs and deployed SLBMs.\n"
            )
        );
    }

    [Fact]
    public void A_fact_sheet_table_with_dotted_leaders_under_a_limits_heading()
    {
        var r = Repo.Extract(
            "START I at a glance\n\n"
                + "MAIN LIMITS (each side)\n"
                + "First stage, within three years\n"
                + "  Accountable warheads ............ 7,500-8,000\n"
                + "  Warheads on mobile ICBMs ........ 1,250 maximum\n"
                + "  Throw-weight ..................... reduced\n"
                + "Final stage\n"
                + "  Accountable warheads ............ 6,000\n"
                + "Deadline ........................ by 5 December 1994\n\n"
                + "HISTORY\n"
                + "Deployed warheads in 1990 ......... 10,563\n"
        );
        Assert.Equal(
            ["7500-8000 warheads", "1250 warheads", "6000 warheads"],
            r.Limits.Select(l => l.Min is { } lo ? $"{lo}-{l.Value} {l.Unit}" : $"{l.Value} {l.Unit}")
        );
        Assert.All(r.Limits, l => Assert.True(l.EachParty));
    }

    [Fact]
    public void Rows_that_name_no_counted_thing_or_carry_more_words_are_not_limits()
    {
        var limits = Limits(
            "New START limits\n"
                + "Inspections used in 2019 ............ 18 of 18\n"
                + "Deployed warheads: 1,420 (declared March 2019)\n"
                + "Treaty duration ..................... 10 years\n"
        );
        Assert.Empty(limits);
    }

    [Theory]
    [InlineData(
        "The two leaders pledged to respect the INF Treaty's old ceilings – 400 ground-launched missiles, "
            + "300 launchers – for another year.",
        "400 missiles|300 launchers"
    )]
    [InlineData(
        "Under SORT each side accepted two limits: 2,000 deployed warheads and 500 deployed launchers.",
        "2000 warheads|500 launchers"
    )]
    [InlineData(
        "The JCPOA's Fordow annex says Iran would keep only 900 centrifuges there, none enriching.",
        "900 centrifuges"
    )]
    [InlineData("Under the ABM Treaty each side may only deploy 80 interceptor missiles.", "80 interceptors")]
    [InlineData(
        "START I, which capped Soviet and U.S. accountable warheads at 6,000, lapsed in 2009.",
        "6000 warheads"
    )]
    [InlineData(
        "The ABM Treaty allowed each party three missile defense deployment areas at first.",
        "3 deployment areas"
    )]
    [InlineData(
        "Under New START each side could deploy no more than 1,500 warheads, 650 missiles and bombers to deliver "
            + "them, and 750 launchers in all.",
        "1500 warheads|650 delivery vehicles|750 launchers"
    )]
    [InlineData(
        "Moscow says it has kept its strategic carriers under New START at no more than 690.",
        "690 delivery vehicles"
    )]
    [InlineData(
        "The CFE Treaty set a ceiling of 9,000 battle tanks for each group and 4,000 for combat aircraft.",
        "9000 battle tanks|4000 combat aircraft"
    )]
    [InlineData("New START limits the U.S. and Russia to 1,400 deployed warheads each.", "1400 warheads")]
    [InlineData(
        "The New START accord, the last pact limiting U.S. and Russian forces, caps each country at 1,450 "
            + "deployed warheads.",
        "1450 warheads"
    )]
    [InlineData("New START allows Russia and the United States 1,450 deployed warheads each.", "1450 warheads")]
    [InlineData("The JCPOA allowed Iran to retain 5,500 centrifuges in all.", "5500 centrifuges")]
    [InlineData("Under the JCPOA Iran is barred from enriching uranium above 4.5 percent.", "4.5 percent")]
    [InlineData(
        "The Open Skies Treaty gave Canada an annual quota of 12 observation flights.",
        "12 observation flights"
    )]
    [InlineData("Under the CFE Treaty both alliances were each allowed 6,000 combat aircraft.", "6000 combat aircraft")]
    [InlineData("Under the JCPOA Iran agreed to keep its uranium stockpile under 250 kg.", "250 kilograms")]
    // European style: a non-breaking space between thousands.
    [InlineData("Under New START each side can keep up to 1\u00A0550 deployed warheads.", "1550 warheads")]
    public void Ceilings_in_new_shapes(string text, string expected) => Assert.Equal(expected.Split('|'), Limits(text));

    [Theory]
    [InlineData(
        "The CTBT cannot take effect until all 44 countries listed in Annex 2 have deposited their "
            + "instruments of ratification."
    )]
    [InlineData("Egypt is one of the 44 countries whose ratification is required for the CTBT to enter into force.")]
    [InlineData("The CTBT will enter into force 180 days after the last of its 44 Annex 2 countries ratifies.")]
    public void Ratification_thresholds_in_other_words(string text) => Assert.Equal(["44 ratifications"], Limits(text));

    [Theory]
    // A holding reported, a count of states, a list of counts after "limits" with no colon or dash, a ship.
    [InlineData("Under the JCPOA Iran keeps only 1,044 centrifuges at Fordow today, the IAEA said.")]
    [InlineData("The CTBT has been ratified by 178 states, and 44 countries are listed in its Annex 2.")]
    [InlineData("Russia said it met New START's limits in 2018 with 1,444 deployed warheads.")]
    [InlineData("The New START debate ignored the 11 aircraft carriers the U.S. Navy operates.")]
    [InlineData("Washington said Russia would keep its forces within New START's limits and deploy 1,420 warheads.")]
    [InlineData("Under New START Russia's deployed warheads did not rise above 1,500 in any year.")]
    [InlineData("The JCPOA allowed Iran to export 8,000 kilograms of uranium to Russia.")]
    public void Not_limits(string text) => Assert.Empty(Limits(text));
}
