namespace TreatyApi.Tests.Extraction;

/// <summary>
/// A limit whose unit the sentence leaves unsure is not given (LimitExtractor.UnitDoubts): a coordination of nouns
/// as the unit, the unit's noun before the figure across "and" or ";", a figure on a carrier given as the unit. Each
/// cut shape has beside it the close shape that keeps its limit. Sentences written here, with the real catalog.
/// </summary>
public class LimitUnitDoubtTests
{
    private static List<string> Limits(string text) =>
        Repo.Extract(text)
            .Limits.Select(l => l.Min is { } lo ? $"{lo}-{l.Value} {l.Unit}" : $"{l.Value} {l.Unit}")
            .ToList();

    [Fact]
    public void A_unit_of_two_coordinated_nouns_gives_no_limit()
    {
        Assert.Empty(Limits("Under the ABM Treaty each side was limited to 100 interceptors and launchers."));
        Assert.Empty(Limits("The CFE Treaty capped holdings at 4,000 tanks, artillery and helicopters."));
        // One noun: kept.
        Assert.Contains("100 interceptors", Limits("Under the ABM Treaty each side was limited to 100 interceptors."));
    }

    [Fact]
    public void A_noun_before_the_figure_across_and_or_a_semicolon_is_not_its_unit()
    {
        Assert.Empty(Limits("Under New START each party counts its bombers and may keep up to 60 of them."));
        Assert.Empty(Limits("Under START II each side cut its ICBMs; and no more than 900 remained after it."));
        // The noun of the same clause before the figure is its unit, a range's "and" notwithstanding.
        Assert.Contains("1800-2300 warheads", Limits("The Moscow Treaty cut warheads to between 1,800 and 2,300."));
        Assert.Contains("4000 warheads", Limits("Under START I, warheads may not exceed 4,000, a general said."));
    }

    [Fact]
    public void A_figure_on_a_carrier_given_as_its_unit_gives_no_limit()
    {
        Assert.Empty(Limits("Under START II, each side may keep no more than 1,900 on deployed SLBMs."));
        // A limit noun governs the figure: the carrier is what is capped.
        Assert.Contains("650 ICBMs", Limits("Under START II, each side accepted a limit of 650 on deployed ICBMs."));
    }
}
