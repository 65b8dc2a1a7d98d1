namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Limits in the shapes real reporting writes them (session 9, read from real wire copy, statements and fact sheets
/// outside the repository): a limit noun after what it limits, an apposition that names a figure the limit, a lead
/// that names the limit before the treaty, abbreviations in brackets inside a list, plain-space thousands, lists
/// opened by a ban on going past each figure, the ordinal of the instrument that brings a treaty into force. Every
/// sentence here is written for the test (other treaties, figures and wording), with what each shape must not read.
/// </summary>
public class LimitRealCopyTests
{
    private static List<string> Limits(string text) =>
        Repo.Extract(text)
            .Limits.Select(l => l.Min is { } lo ? $"{lo}-{l.Value} {l.Unit}" : $"{l.Value} {l.Unit}")
            .ToList();

    [Theory]
    // The limit noun after what it limits, one or two words between.
    [InlineData(
        "Inspectors said Iran's stock had crossed the 250 kg enriched uranium cap set by the JCPOA.",
        "250 kilograms"
    )]
    [InlineData("The IAEA found purity past the 4 percent purity limit of the JCPOA.", "4 percent")]
    [InlineData("Under the CWC, the plant stayed below its 2-tonne annual maximum.", "2 metric tons")]
    // Singular and abbreviated units.
    [InlineData("The JCPOA limited the reserve to 280 kilogram of uranium.", "280 kilograms")]
    [InlineData("The JCPOA allowed a stock of no more than 240 kgs of uranium.", "240 kilograms")]
    [InlineData("Under the JCPOA the ceiling on the reserve was set at 190 kilos.", "190 kilograms")]
    // Plain tons, and the hyphened ton before a limit noun.
    [InlineData("Under the JCPOA the heavy water stock stayed below the limit of 120 tons.", "120 metric tons")]
    [InlineData("Under the JCPOA the heavy water stock passed the 120-ton cap twice.", "120 metric tons")]
    // An apposition that names the figure the limit.
    [InlineData(
        "Under the JCPOA Iran may refine to 4 percent, which is the current limit, and no further.",
        "4 percent"
    )]
    [InlineData(
        "Under the JCPOA a purity of 4 percent, the level now allowed by the deal, fuels reactors.",
        "4 percent"
    )]
    [InlineData(
        "Under the CFE Treaty each side made 11 inspections \u2013 the maximum number permitted.",
        "11 inspections"
    )]
    // A conversion or an abbreviation in brackets between a verb and its second figure.
    [InlineData(
        "The JCPOA limited the uranium stock to 250 kilograms (551 pounds) and enrichment to 4 percent.",
        "250 kilograms|4 percent"
    )]
    [InlineData(
        "New START limits each side to 650 deployed intercontinental ballistic missiles (ICBMs), submarine-launched "
            + "ballistic missiles (SLBMs) and nuclear-capable bombers.",
        "650 delivery vehicles"
    )]
    // A commitment written with a split infinitive, and "over" after it.
    [InlineData("Under the JCPOA Iran agreed to not enrich uranium over 4 percent for ten years.", "4 percent")]
    // What a party may do, not what a weapon carries.
    [InlineData("Under the CFE Treaty each side may carry out up to 14 inspections a year.", "14 inspections")]
    [InlineData("Under the CFE Treaty each state was allowed to conduct 9 inspections a year.", "9 inspections")]
    // What the figure measures named between the verb's preposition and the figure.
    [InlineData("The Threshold Test Ban Treaty caps underground tests at a yield of 120 kilotons.", "120 kilotons")]
    [InlineData("The JCPOA limits enrichment to a purity of 4 percent for a decade.", "4 percent")]
    // "hold … at" what the treaty counts, in its own clause.
    [InlineData(
        "Under New START both agreed to keep no more than 1,450 deployed warheads and to hold deployed missiles and "
            + "heavy bombers at 650.",
        "1450 warheads|650 delivery vehicles"
    )]
    // A qualifier of the thing counted.
    [InlineData("Under the ABM Treaty each side may have only one ABM deployment area.", "1 deployment areas")]
    public void Ceilings_as_real_copy_writes_them(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Limits(text));

    [Fact]
    public void A_lead_names_the_limit_before_the_treaty()
    {
        // The deal is named two paragraphs down; the limit nouns in the lead are its limits, other figures are not.
        var limits = Limits(
            "Inspectors found the reserve above the 250-kg maximum on Monday.\n\n"
                + "They said it held 310 kilograms, up to 40 kilograms more than last month.\n\n"
                + "The JCPOA was agreed in Vienna in 2015."
        );
        Assert.Equal(["250 kilograms"], limits);
    }

    [Fact]
    public void Plain_space_thousands_and_a_ban_on_going_past_each_item_open_a_list()
    {
        var limits = Limits(
            "The CFE Treaty sets equal ceilings for the two groups. Each group agreed that no group may hold "
                + "more than:\n\n"
                + "  \u2022 18 000 battle tanks;\n"
                + "  \u2022 19 thousand units of artillery;\n"
                + "  \u2022 5 900 combat aircraft.\n"
        );
        Assert.Equal(["18000 battle tanks", "19000 artillery pieces", "5900 combat aircraft"], limits);
    }

    [Fact]
    public void Limits_include_then_a_colon_opens_a_list_in_a_sentence() =>
        Assert.Equal(
            ["1500 delivery vehicles", "5500 warheads"],
            Limits(
                "START I was signed in 1991. Its central limits include: 1,500 strategic nuclear delivery vehicles; "
                    + "5,500 accountable warheads."
            )
        );

    [Theory]
    [InlineData("The CWC entered into force 180 days after the 60th instrument of ratification was deposited.", "60")]
    [InlineData(
        "The TPNW takes effect 90 days after the fortieth instrument of ratification has been deposited.",
        "40"
    )]
    [InlineData("The CTBT enters into force on the 180th day after the forty-fourth State has ratified it.", "44")]
    [InlineData("The required 45 states have ratified the TPNW, so it will enter into force in March.", "45")]
    [InlineData("The TPNW reached the 45 ratifications needed to take effect last year.", "45")]
    public void The_ratifications_a_treaty_needs_written_with_an_ordinal_or_as_required(string text, string n) =>
        Assert.Equal([n + " ratifications"], Limits(text));

    [Fact]
    public void The_votes_a_ratification_needs_are_a_threshold_only_with_ratification_named()
    {
        Assert.Equal(["60 votes"], Limits("Ratification of New START required 60 votes in the Senate."));
        Assert.Empty(Limits("Under New START the Senate resolution required 60 votes."));
    }

    // A list of ceilings goes on after the rest of what the item before counts: "on …", abbreviations, "and …".
    [Theory]
    [InlineData(
        "New START holds each side to no more than 1,450 warheads on deployed ICBMs, SLBMs, and heavy bombers, and "
            + "a total of 750 deployed and non-deployed launchers.",
        "1450 warheads|750 launchers"
    )]
    [InlineData(
        "Under New START each side may not exceed 650 land-based missiles, missiles on submarines and bombers, as "
            + "well as 1,400 warheads and 750 deployed and non-deployed launchers.",
        "1400 warheads|750 launchers"
    )]
    public void A_list_of_ceilings_goes_on_after_the_rest_of_what_an_item_counts(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Limits(text).Where(l => expected.Contains(l, StringComparison.Ordinal)));

    [Theory]
    // After the rest of the item, a verb or a figure of another kind starts another clause: no list.
    [InlineData("New START caps each side at 1,450 warheads on deployed missiles, and Russia deployed 1,300 warheads.")]
    [InlineData("New START caps each side at 1,450 warheads on deployed missiles, while 1,300 warheads were deployed.")]
    public void A_clause_after_a_limits_items_is_not_its_list(string text) =>
        Assert.Equal(["1450 warheads"], Limits(text));

    [Theory]
    // A range written high end first with a dash is the same range; "from … to" high to low is a cut to a level,
    // no range.
    [InlineData(
        "Under the Moscow Treaty deployed warheads fall to a ceiling of 2,400-1,800 per side.",
        "1800-2400 warheads"
    )]
    [InlineData("Under the Moscow Treaty each side cut deployed warheads from 2,400 to 1,800.", "1800 warheads")]
    // Translated copy writes "combat" first: the CFE Treaty's armoured combat vehicles.
    [InlineData(
        "The CFE Treaty set ceilings of 15 500 tanks and 26 400 combat armored vehicles.",
        "15500 tanks|26400 armoured combat vehicles"
    )]
    public void A_range_written_high_end_first_and_vehicles_written_combat_first(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Limits(text));

    [Fact]
    public void A_table_caption_with_initials_opens_its_rows_and_a_holdings_column_first_closes_them()
    {
        // "U.S." in a caption is no sentence; a long caption of a report's table still names its ceilings.
        const string table =
            "The CFE Treaty\n\nTable 3: U.S. and Allied Ceilings Under the Adapted Agreement, Proposed Cuts and "
            + "Holdings in Mid-Year\nCeiling | Proposed | Holdings |\nTanks | 9,000 | 8,200 | 7,100 |\n"
            + "Artillery | 8,500 | 8,000 | 6,000 |\n";
        Assert.Equal(["9000 tanks", "8500 artillery pieces"], Limits(table));
        // A header whose first column is what a party holds: the row's first figure is no limit, so none is said.
        const string holdingsFirst =
            "The CFE Treaty\n\nTable 4: Ceilings and holdings\nHoldings | Ceiling |\nTanks | 7,100 | 9,000 |\n";
        Assert.Empty(Limits(holdingsFirst));
    }

    [Theory]
    // A change of level, not a band ("from" bands only distances).
    [InlineData("Under the JCPOA Iran could go from 5% to 60% enrichment within weeks.")]
    // An estimate of what a stock could make.
    [InlineData("The NPT holdout has enough plutonium for up to 40 warheads, analysts said.")]
    // A noun "limits" after a determiner governs nothing.
    [InlineData("Under the JCPOA Iran began breaching the limits in 2019 and was enriching to 20 percent.")]
    // A level beside the limit, not the limit.
    [InlineData("Under the JCPOA Iran is enriching to 60 percent, far above the limit.")]
    [InlineData("Under the JCPOA Iran is enriching to 60 percent, the highest level it has reached.")]
    // The day the count was reached, not what is needed.
    [InlineData("With the deposit of the 50th instrument of ratification on 24 October, the TPNW was complete.")]
    // A count of states.
    [InlineData("Honduras became the 50th state to ratify the TPNW, which will enter into force in January.")]
    // A share of a figure, not a level.
    [InlineData("Under New START Russia cut its reserve to a third of 1,500 warheads.")]
    // "hold … at" what no treaty counts.
    [InlineData("Under New START the delegations will hold talks at 3 sites.")]
    // A lead's figure with no limit noun, before any treaty is named.
    [InlineData("Iran now holds up to 300 kilograms of enriched uranium.\n\nThe JCPOA was signed in 2015.")]
    public void Not_limits(string text) => Assert.Empty(Limits(text));
}
