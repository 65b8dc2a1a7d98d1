using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// What a limit counts when the text names a carrier after the figure or the thing on the line of a list (session 7,
/// round 2: the wrong limit units of held-out set 3), on sentences written here with the real catalog.
/// </summary>
public class LimitUnitPrecisionTests
{
    private static List<string> Limits(string text) =>
        Repo.Extract(text)
            .Limits.Select(l => l.Min is { } lo ? $"{lo}-{l.Value} {l.Unit}" : $"{l.Value} {l.Unit}")
            .ToList();

    [Fact]
    public void A_figure_on_carriers_counts_what_the_clause_named_before_it()
    {
        Assert.Contains(
            "3000 warheads",
            Limits("Under the Moscow Treaty, of the 4,000 warheads, no more than 3,000 on land-based missiles.")
        );
        // With nothing counted before it, what follows "on" is what is counted.
        Assert.Contains("1550 warheads", Limits("New START set a ceiling of 1,550 on deployed strategic warheads."));
    }

    [Fact]
    public void What_a_list_line_counts_is_never_named_on_the_line_above()
    {
        var found = Limits(
            "Treaty ceilings compared\n\nKey limits:\r\n"
                + "- START I: of the 8,000 warheads, no more than 5,000 on ballistic missiles\r\n"
                + "- START II: warheads on heavy bombers capped at 1,200\r\n"
        );
        Assert.Contains("1200 warheads", found);
        Assert.DoesNotContain("1200 missiles", found);
    }

    [Fact]
    public void The_top_of_a_band_whose_floor_the_clause_gave_is_not_a_ceiling_alone()
    {
        Assert.DoesNotContain(
            "4000 kilometers",
            Limits(
                "Under the INF Treaty, a medium-range missile is one whose range exceeds 800 kilometres but does not "
                    + "exceed 4,000 kilometres."
            )
        );
        Assert.Contains("1550 warheads", Limits("Under New START, deployed warheads may not exceed 1,550."));
        // A ceiling of its own before "and" is no band's floor.
        Assert.Contains(
            "25 inspectors",
            Limits(
                "Under the CWC, a challenge team may not exceed 60 experts, and no more than 25 inspectors may enter."
            )
        );
    }
}
