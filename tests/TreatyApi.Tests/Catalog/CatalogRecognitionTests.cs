using TreatyApi.Extraction;

namespace TreatyApi.Tests.Catalog;

/// <summary>The recogniser is fed from the catalog: every catalogued treaty is found under every one of its names.</summary>
public class CatalogRecognitionTests
{
    public static TheoryData<string, string> EveryName()
    {
        var data = new TheoryData<string, string>();
        foreach (var t in Repo.Catalog.Treaties)
            foreach (var name in t.Aliases.Append(t.Name).Append(t.FullName).Distinct())
                data.Add(t.Slug, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryName))]
    public void Each_name_of_each_catalogued_treaty_is_recognised(string slug, string name)
    {
        var text = $"Officials discussed the {name} at length on Tuesday.";
        var mention = Assert.Single(Repo.Extract(text).Treaties);
        Assert.Equal((slug, true, name), (mention.Slug, mention.Known, mention.Span.Quote));
    }
}
