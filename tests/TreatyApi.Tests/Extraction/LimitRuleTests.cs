namespace TreatyApi.Tests.Extraction;

/// <summary>Limits and deadlines in texts written here, for several treaties and phrasings.</summary>
public class LimitRuleTests
{
    [Fact]
    public void A_limit_with_plain_digits_and_an_anaphor_in_a_later_paragraph()
    {
        var r = Repo.Extract(
            "Russia said it would suspend New START.\n\n"
                + "The treaty limits each side to 1550 deployed strategic warheads and seven hundred deployed ICBMs, "
                + "SLBMs and heavy bombers. It was extended until Feb. 5, 2026."
        );
        Assert.Equal([1550m, 700m], r.Limits.Select(l => l.Value));
        Assert.All(r.Limits, l => Assert.Equal("new-start", l.TreatySlug));
        Assert.Equal("deployed strategic warheads", r.Limits[0].Counted);
        // A list of ICBMs, SLBMs and heavy bombers is reported as the delivery vehicles it is; its words stay.
        Assert.Equal("delivery vehicles", r.Limits[1].Unit);
        Assert.Equal("deployed ICBMs, SLBMs and heavy bombers", r.Limits[1].Counted);
        var d = Assert.Single(r.Deadlines);
        Assert.Equal("2026-02-05", d.Date?.Iso);
        Assert.Equal("until", d.Kind);
    }

    [Fact]
    public void A_deadline_by_month_attached_to_its_limit()
    {
        var r = Repo.Extract(
            "Under New START, each party must cut to no more than 800 deployed and non-deployed launchers by "
                + "February 2018."
        );
        var l = Assert.Single(r.Limits);
        Assert.Equal(800m, l.Value);
        Assert.Equal("2018-02", l.Deadline!.Iso);
        Assert.Contains("by February 2018", l.Span.Quote);
    }

    [Fact]
    public void Another_treaty_and_a_deadline_without_a_figure()
    {
        var r = Repo.Extract(
            "The INF Treaty required the parties to eliminate all ground-launched intermediate-range missiles "
                + "by June 1, 1991."
        );
        Assert.Empty(r.Limits);
        var d = Assert.Single(r.Deadlines);
        Assert.Equal("inf", d.TreatySlug);
        Assert.Equal("1991-06-01", d.Date?.Iso);
    }

    [Fact]
    public void Figures_without_a_treaty_are_not_treaty_limits()
    {
        var r = Repo.Extract("The Pentagon plans to cut its arsenal to 1,400 warheads by 2030.");
        Assert.Empty(r.Limits);
        Assert.Empty(r.Deadlines);
    }

    [Fact]
    public void A_plan_through_a_year_without_a_treaty_is_not_a_deadline()
    {
        var r = Repo.Extract(
            "Moscow opposes a U.S. plan to field through 2020 increasingly sophisticated missile interceptors."
        );
        Assert.Empty(r.Deadlines);
    }

    [Theory]
    // A weapon's reach, a level reached, a reported count, a reduction: never a ceiling.
    [InlineData(
        "Russia says its new missile, never covered by the INF Treaty, can strike targets up to 4,000 km away."
    )]
    [InlineData("Since leaving the JCPOA, Iran has enriched uranium to up to 60 percent, inspectors said.")]
    [InlineData("Under New START Russia declared 1,480 deployed warheads in March, the data exchange showed.")]
    [InlineData("Under New START the United States cut its deployed launchers by 40 last year.")]
    [InlineData("The INF Treaty capped nothing at sea; the 2,692 missiles it covered were all land-based.")]
    [InlineData("New START counts each bomber as one warhead, though a bomber can carry up to 20 cruise missiles.")]
    [InlineData("Russia, which New START does not bind on tactical arms, has up to 2,000 tactical weapons.")]
    // A level reported with "at … or fewer" is a count, and "or fewer" without "at" describes, it does not cap.
    [InlineData("Under New START, Russia's deployed warheads stood at 1,500 or fewer last year, analysts estimated.")]
    [InlineData("New START data put Russia's deployed warheads at 1,549 or fewer in 2022.")]
    [InlineData("The TPNW review noted that states with 10 or fewer reactors had signed first.")]
    // A capability and an estimate are no permission.
    [InlineData("Without the JCPOA, Iran could enrich uranium to 90 percent within weeks, critics said.")]
    [InlineData("Russia, which New START does not bind on tactical arms, may have up to 2,000 tactical weapons.")]
    public void Not_limits(string text) => Assert.Empty(Repo.Extract(text).Limits);

    [Fact]
    public void A_figure_and_its_unit_written_as_one_word_before_a_limit_noun()
    {
        var l = Assert.Single(Repo.Extract("Iran's stock went past the 300-kilogram limit set by the JCPOA.").Limits);
        Assert.Equal((300m, "kilograms", "mass"), (l.Value, l.Unit, l.Measure));
    }

    [Fact]
    public void A_list_of_strategic_forces_is_counted_as_delivery_vehicles_or_launchers()
    {
        var r = Repo.Extract(
            "New START sets limits of: 1,550 deployed warheads; 800 deployed and non-deployed ICBM launchers, "
                + "SLBM launchers and heavy bombers; and 700 for deployed ICBMs, SLBMs and heavy bombers."
        );
        Assert.Equal(
            ["1550 warheads", "800 launchers", "700 delivery vehicles"],
            r.Limits.Select(l => $"{l.Value} {l.Unit}")
        );
    }

    [Fact]
    public void A_single_thing_after_a_limit_cue_is_a_limit_of_one()
    {
        var l = Assert.Single(
            Repo.Extract("The ABM Treaty, as amended in 1974, restricted each side to a single deployment area.").Limits
        );
        Assert.Equal((1m, "deployment areas"), (l.Value, l.Unit));
    }

    [Theory]
    [InlineData("Under the JCPOA Iran may not stockpile more than 300 kilograms of enriched uranium.", "300 kilograms")]
    [InlineData("Under New START neither side can deploy more than 700 launchers.", "700 launchers")]
    [InlineData("New START permits each side 1,550 deployed warheads.", "1550 warheads")]
    [InlineData("Under New START the United States had 1,420 deployed warheads, below the 1,550 cap.", "1550 warheads")]
    [InlineData("Under the CWC no state party may produce more than one tonne of such agents a year.", "1 metric tons")]
    [InlineData("Under the CFE Treaty, Hungary kept its tanks at 835 or fewer.", "835 tanks")]
    [InlineData("Under New START each side can have up to 1,550 deployed warheads.", "1550 warheads")]
    [InlineData("The ABM Treaty barred both parties from deploying more than 100 interceptors.", "100 interceptors")]
    [InlineData("Under the JCPOA, Iran pledged not to enrich uranium above 3.67 percent.", "3.67 percent")]
    [InlineData("A side deal would let South Korea enrich uranium to below 20 percent under the NPT.", "20 percent")]
    [InlineData("Under the JCPOA Iran will cut its centrifuges from almost 19,000 to 6,104.", "6104 centrifuges")]
    [InlineData("The JCPOA cut Iran's stock from about ten tonnes to less than 300 kilograms.", "300 kilograms")]
    public void Ceilings_in_other_words(string text, string limit)
    {
        var l = Assert.Single(Repo.Extract(text).Limits);
        Assert.Equal(limit, $"{l.Value} {l.Unit}");
    }

    [Fact]
    public void A_delivery_vehicle_is_no_weapon_that_delivers_up_to_a_figure()
    {
        var r = Repo.Extract(
            "New START capped each side at 700 deployed delivery vehicles, and it allowed up to 18 inspections a year."
        );
        Assert.Equal(["700 delivery vehicles", "18 inspections"], r.Limits.Select(l => $"{l.Value} {l.Unit}"));
    }

    [Fact]
    public void Two_figures_joined_by_and_are_a_range_only_when_the_first_is_lower()
    {
        var r = Repo.Extract("Under the JCPOA, the caps of 300 kilograms and 3.67 percent applied for 15 years.");
        Assert.Equal(["300 kilograms", "3.67 percent"], r.Limits.Select(l => $"{l.Value} {l.Unit}"));
        Assert.All(r.Limits, l => Assert.Null(l.Min));
    }

    [Fact]
    public void A_table_row_under_a_limits_heading_gives_each_item_with_its_own_unit()
    {
        var r = Repo.Extract(
            "Conventional and strategic treaties side by side\n\n"
                + "Main limits (per group or side)\n"
                + "CFE Treaty (1990) ....... 20,000 battle tanks; 2,000 attack helicopters\n"
                + "START II (1993) ......... 3,000-3,500 warheads; heavy ICBMs banned\n"
                + "Duration ................ 25 years\n"
                + "Counts declared ......... about 1,420 warheads\n"
        );
        Assert.Equal(
            ["cfe 20000 battle tanks", "cfe 2000 attack helicopters", "start-ii 3000-3500 warheads"],
            r.Limits.Select(l => $"{l.TreatySlug} {(l.Min is { } lo ? lo + "-" : "")}{l.Value} {l.Unit}")
        );
    }

    [Fact]
    public void A_table_row_takes_what_its_label_counts_when_its_figure_has_no_unit()
    {
        var r = Repo.Extract(
            "The Iran deal in numbers\n\nLimits under the JCPOA\n"
                + "Installed centrifuges ...... 6,104 first-generation machines, for 10 years\n"
                + "Research reactor ........... 20 percent fuel for 10 years\n"
        );
        Assert.Equal(["6104 centrifuges", "20 percent"], r.Limits.Select(l => $"{l.Value} {l.Unit}"));
    }

    [Fact]
    public void Table_rows_without_a_limits_heading_are_counts()
    {
        var r = Repo.Extract(
            "New START: declared forces, September 2022\n\n"
                + "United States ........ 1,420 deployed warheads; 659 deployed launchers\n"
                + "Russia ............... 1,549 deployed warheads; 540 deployed launchers\n"
        );
        Assert.Empty(r.Limits);
    }

    [Theory]
    // A treaty text's band: its floor, then its top with a ceiling cue.
    [InlineData(
        "Under the CFE Treaty a combat vehicle counts if its weight exceeds 6 metric tonnes but does not exceed 75 "
            + "metric tonnes.",
        "6-75 metric tons"
    )]
    [InlineData(
        "The Open Skies Treaty covers cameras with a resolution of 30 centimetres or more but not over 50 centimetres.",
        "30-50 centimeters"
    )]
    public void A_floor_and_a_ceiling_in_one_clause_are_a_band(string text, string band)
    {
        var l = Assert.Single(Repo.Extract(text).Limits);
        Assert.Equal(band, $"{l.Min}-{l.Value} {l.Unit}");
    }
}
