using TreatyApi.Facts;

namespace TreatyApi.Tests.CatalogFacts;

/// <summary>When a figure reported in a document disagrees with the treaty's text (no real seed document does
/// yet).</summary>
public class DisagreementTests
{
    private static Limit Text(string id, double value, string unit, double? min = null, string measure = "count") =>
        new(
            id,
            "t",
            value,
            unit,
            "x",
            [],
            true,
            null,
            Source.Catalog("treaty-text", "T", "https://example.org/", "II", null, true),
            measure,
            min,
            null,
            null,
            []
        );

    private static readonly Limit[] NewStart =
    [
        Text("a", 700, "delivery vehicles"),
        Text("b", 1550, "warheads"),
        Text("c", 800, "launchers"),
    ];

    [Theory]
    [InlineData(1550, "warheads", new string[0])] // the treaty's figure
    [InlineData(1600, "warheads", new[] { "b" })] // another figure on a unit the text limits
    [InlineData(800, "delivery vehicles", new[] { "a" })]
    [InlineData(6000, "missiles", new string[0])] // a unit the text does not limit says nothing
    public void A_reported_figure_is_compared_with_the_text_on_its_unit(double value, string unit, string[] expected) =>
        Assert.Equal(expected, FactQueries.Disagreements(value, null, unit, "count", NewStart));

    [Fact]
    public void Either_end_of_a_range_agrees_and_a_figure_outside_it_does_not()
    {
        Limit[] sort = [Text("r", 2200, "warheads", min: 1700)];
        Assert.Empty(FactQueries.Disagreements(2200, null, "warheads", "count", sort));
        Assert.Empty(FactQueries.Disagreements(1700, null, "warheads", "count", sort));
        Assert.Empty(FactQueries.Disagreements(2200, 1700, "warheads", "count", sort));
        Assert.Equal(["r"], FactQueries.Disagreements(2000, 1500, "warheads", "count", sort));
        Assert.Equal(["r"], FactQueries.Disagreements(1550, null, "warheads", "count", sort));
    }

    [Fact]
    public void Another_measure_is_not_compared() =>
        Assert.Empty(
            FactQueries.Disagreements(20, null, "percent", "percent", [Text("p", 3.67, "percent", measure: "mass")])
        );
}
