using System.Globalization;
using TreatyApi.Extraction;

namespace TreatyApi.Tests.CatalogFacts;

/// <summary>The recogniser is fed from the catalog: every catalogued treaty is found under every one of its
/// names.</summary>
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
        // Written on the treaty's first day (signed, opened for signature): a family name ("START") read in a text
        // from after its treaty ended is unsure which treaty it means (TreatyRecognizer.OutOfTime).
        var first = Repo.Catalog.Treaties.Single(t => t.Slug == slug).Dates.Select(d => d.Date).DefaultIfEmpty().Min();
        var on = first == default ? "2023-02-21" : first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mention = Assert.Single(Repo.Extract(text, on).Treaties);
        Assert.Equal((slug, true, name), (mention.Slug, mention.Known, mention.Span.Quote));
    }

    [Theory]
    [InlineData("Putin signed the Moscow Treaty in 2002.", "sort", "Moscow Treaty")]
    [InlineData("Both sides remain under New Start limits.", "new-start", "New Start")]
    [InlineData("The START-1 accord expired in 2009.", "start-i", "START-1")]
    [InlineData("Tehran said the Iran nuclear deal was dead.", "jcpoa", "Iran nuclear deal")]
    [InlineData("Moscow suspended the CFE Treaty in 2007.", "cfe", "CFE Treaty")]
    [InlineData("Russia left the Open Skies Treaty in 2021.", "open-skies", "Open Skies Treaty")]
    [InlineData("START II never entered into force.", "start-ii", "START II")]
    public void Names_as_the_news_writes_them(string text, string slug, string quote)
    {
        var mention = Assert.Single(Repo.Extract(text).Treaties);
        Assert.Equal((slug, quote), (mention.Slug, mention.Span.Quote));
    }

    [Fact]
    public void The_verb_start_is_not_a_treaty()
    {
        Assert.DoesNotContain(Repo.Extract("Talks will start on Monday, and they start early.").Treaties, t => t.Known);
    }
}
