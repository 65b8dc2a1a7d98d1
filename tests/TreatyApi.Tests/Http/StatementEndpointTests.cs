using System.Net;
using System.Text.Json.Nodes;

namespace TreatyApi.Tests.Http;

public class StatementEndpointTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<JsonNode> Get(string url)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(s => (string)s!["id"]!).ToList();

    [Theory]
    [InlineData("Obama", 3)]
    [InlineData("barack-obama", 3)]
    [InlineData("Vladimir Putin", 1)]
    [InlineData("dmitry-peskov", 3)]
    [InlineData("Nobody Atall", 0)]
    public async Task Filter_by_speaker_slug_or_name(string speaker, int count)
    {
        var page = await Get("/statements?speaker=" + Uri.EscapeDataString(speaker));
        Assert.Equal(count, page["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Filter_by_date_range_and_treaty()
    {
        // The joint statement (RIA Novosti, June 18) and Obama's words after the Monday meeting.
        Assert.Equal(2, Ids(await Get("/statements?from=2012-06-18&to=2012-06-18")).Count);
        Assert.Equal(4, Ids(await Get("/statements?from=2012-06-19")).Count);
        Assert.Empty(Ids(await Get("/statements?to=2012-06-17")));
        Assert.Equal(6, Ids(await Get("/statements?treaty=New%20START")).Count);
        Assert.Empty(Ids(await Get("/statements?treaty=inf")));
    }

    [Fact]
    public async Task Pages_follow_next_to_the_end_and_link_it()
    {
        var all = Ids(await Get("/statements"));
        var seen = new List<string>();
        string? url = "/statements?limit=4";
        while (url is not null)
        {
            var response = await api.Client.GetAsync(url);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            seen.AddRange(Ids(page));
            url = (string?)page["next"];
            if (url is not null)
                Assert.Contains(url, response.Headers.GetValues("Link").Single());
            else
                Assert.False(response.Headers.Contains("Link"));
        }
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task One_statement_by_id_and_a_missing_one()
    {
        var first = (await Get("/statements?limit=1"))["items"]![0]!;
        var one = await Get("/statements/" + (string)first["id"]!);
        Assert.Equal(first.ToJsonString(), one.ToJsonString());
        var missing = await api.Client.GetAsync("/statements/st_0000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Actors_list_their_statements_and_roles()
    {
        var peskov = await Get("/actors/dmitry-peskov");
        Assert.Equal(3, peskov["statements"]!.AsArray().Count);
        Assert.Equal(3, (int)peskov["counts"]!["statements"]!);
        var all = await Get((string)peskov["links"]!["statements"]!);
        Assert.Equal(all["items"]!.ToJsonString(), peskov["statements"]!.ToJsonString());
        Assert.Contains(peskov["roles"]!.AsArray(), r => (string?)r!["role"] == "spokesperson");
        var outlets = await Get("/actors?kind=outlet");
        Assert.Contains(outlets["items"]!.AsArray(), a => (string?)a!["slug"] == "ria-novosti");
    }
}
