using System.Net;
using System.Text.Json.Nodes;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Journalist;

public class SearchTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<JsonNode> Search(string query)
    {
        var response = await api.Client.GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<JsonNode> Items(JsonNode page) => page["items"]!.AsArray().Select(i => i!).ToList();

    [Theory]
    [InlineData("1,550 warheads")]
    [InlineData("1550 warheads")]
    [InlineData("one thousand five hundred fifty warheads")]
    public async Task Numbers_match_however_written(string q)
    {
        var hits = Items(await Search("kind=limit&q=" + Uri.EscapeDataString(q)));
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Contains("1,550 warheads", (string)hit["source"]!["quote"]!));
    }

    [Fact]
    public async Task Hits_are_ranked_have_highlighted_snippets_links_and_sources()
    {
        var hits = Items(await Search("q=missile%20defense"));
        Assert.True(hits.Count >= 3);
        var scores = hits.Select(h => (double)h["score"]!).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var h in hits)
        {
            var snippet = (string)h["snippet"]!;
            foreach (var hl in h["highlights"]!.AsArray())
            {
                var word = snippet[(int)hl!["start"]!..(int)hl["end"]!];
                Assert.Contains(word.ToLowerInvariant(), new[] { "missile", "defense" });
            }
            Assert.StartsWith("/", (string)h["url"]!);
            Assert.NotNull((string?)h["source"]!["citation"]);
        }
        Assert.Contains(hits, h => (string?)h["kind"] == "statement");
        Assert.Contains(hits, h => (string?)h["kind"] == "document");
    }

    [Fact]
    public async Task Filters_by_kind_speaker_treaty_and_date()
    {
        Assert.All(Items(await Search("q=missile&kind=statement")), h => Assert.Equal("statement", (string?)h["kind"]));
        var obama = Items(await Search("q=missile&speaker=Obama"));
        Assert.Equal(2, obama.Count);
        Assert.All(obama, h => Assert.Equal("statement", (string?)h["kind"]));
        Assert.Empty(Items(await Search("q=missile&speaker=Peskov")));
        Assert.NotEmpty(Items(await Search("q=warheads&treaty=New%20START")));
        Assert.Empty(Items(await Search("q=warheads&treaty=inf")));
        Assert.Empty(Items(await Search("q=missile&from=2013-01-01")));
    }

    [Fact]
    public async Task Pages_follow_next()
    {
        var all = Items(await Search("q=missile")).Select(h => (string)h["id"]!).ToList();
        var seen = new List<string>();
        string? url = "/search?q=missile&limit=1";
        while (url is not null)
        {
            var page = JsonNode.Parse(await api.Client.GetStringAsync(url))!;
            seen.AddRange(Items(page).Select(h => (string)h["id"]!));
            url = (string?)page["next"];
        }
        Assert.Equal(all, seen);
    }

    [Theory]
    [InlineData("\"very positive\"")]
    [InlineData("NEAR(missile defense, 3)")]
    [InlineData("missile*")]
    [InlineData("-missile")]
    [InlineData("body:missile")]
    [InlineData("missile) OR (")]
    [InlineData("missile AND NOT defense")]
    [InlineData("\u2764\uFE0F missile \U0001F680")]
    [InlineData("'; DROP TABLE search; --")]
    public async Task Syntax_is_searched_as_words(string q)
    {
        var response = await api.Client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%22%22%22")]
    [InlineData("%F0%9F%98%80")]
    [InlineData("a%00b")]
    [InlineData("%01%02")]
    public async Task No_words_or_control_characters_are_a_400(string q)
    {
        var response = await api.Client.GetAsync("/search?q=" + q);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_10000_character_query_is_a_400_and_the_server_goes_on()
    {
        var response = await api.Client.GetAsync("/search?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => "word" + i));
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await api.Client.GetAsync("/search?q=" + Uri.EscapeDataString(words))).StatusCode
        );
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health")).StatusCode);
    }
}
