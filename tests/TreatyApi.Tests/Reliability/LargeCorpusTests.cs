using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Reliability;

/// <summary>On a corpus where a treaty is named (or a person quoted) in many documents, its page stays bounded and the lists page through all.</summary>
public sealed class LargeCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-large-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_treaty_page_embeds_at_most_20_of_each_and_its_lists_page_through_the_rest()
    {
        var seeds = TreatyApi.Bench.SyntheticCorpus.Write(_dir, 300, seed: 3, Path.Combine(Repo.Seeds, "catalog"));
        using var factory = new ApiFactory { Database = Path.Combine(_dir, "large.db") }
            .WithWebHostBuilder(b => b.UseSetting("TreatyApi:Seeds", seeds));
        var client = factory.CreateClient();
        var treaty = JsonNode.Parse(await client.GetStringAsync("/treaties/new-start"))!;
        var total = (int)treaty["counts"]!["statements"]!;
        Assert.True(total > 20, $"the corpus gave only {total} statements");
        Assert.Equal(20, treaty["statements"]!.AsArray().Count);
        Assert.True(treaty["mentions"]!.AsArray().Count <= 20);

        var seen = new HashSet<string>();
        string? next = (string)treaty["links"]!["statements"]! + "?limit=200";
        while (next is not null)
        {
            var page = JsonNode.Parse(await client.GetStringAsync(next))!;
            foreach (var s in page["items"]!.AsArray()) Assert.True(seen.Add((string)s!["id"]!));
            next = (string?)page["next"];
        }
        Assert.Equal(total, seen.Count);
    }

    [Fact]
    public async Task An_actor_page_embeds_at_most_20_statements_and_links_to_all_of_them()
    {
        var seeds = TreatyApi.Bench.SyntheticCorpus.Write(_dir, 300, seed: 4, Path.Combine(Repo.Seeds, "catalog"));
        using var factory = new ApiFactory { Database = Path.Combine(_dir, "actors.db") }
            .WithWebHostBuilder(b => b.UseSetting("TreatyApi:Seeds", seeds));
        var client = factory.CreateClient();
        var peskov = JsonNode.Parse(await client.GetStringAsync("/actors/dmitry-peskov"))!;
        var total = (int)peskov["counts"]!["statements"]!;
        Assert.True(total > 20, $"the corpus gave only {total} statements");
        Assert.Equal(20, peskov["statements"]!.AsArray().Count);

        var seen = new List<string>();
        string? next = (string)peskov["links"]!["statements"]! + "&limit=7";
        while (next is not null)
        {
            var page = JsonNode.Parse(await client.GetStringAsync(next))!;
            seen.AddRange(page["items"]!.AsArray().Select(s => (string)s!["id"]!));
            next = (string?)page["next"];
        }
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(total, seen.Count);
        Assert.Equal(peskov["statements"]!.AsArray().Select(s => (string)s!["id"]!), seen.Take(20));
    }

    [Fact]
    public async Task A_claim_weighs_every_fact_but_lists_at_most_20_of_them()
    {
        var seeds = TreatyApi.Bench.SyntheticCorpus.Write(_dir, 300, seed: 6, Path.Combine(Repo.Seeds, "catalog"));
        using var factory = new ApiFactory { Database = Path.Combine(_dir, "claims.db") }
            .WithWebHostBuilder(b => b.UseSetting("TreatyApi:Seeds", seeds));
        var client = factory.CreateClient();
        var response = await client.PostAsync("/claims/check",
            new StringContent("""{"claim":"Russia must cut its arsenal to 1,550 warheads."}""", System.Text.Encoding.UTF8, "application/json"));
        var check = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var finding = check["findings"]!.AsArray().Single(f => (string?)f!["aspect"] == "quantity")!;
        Assert.Equal("supported", (string?)finding["verdict"]);
        var total = (int)finding["evidenceCount"]!;
        Assert.True(total > 20, $"the corpus gave only {total} limits");
        var ids = finding["evidence"]!.AsArray().Select(e => (string)e!["id"]!).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(20, ids.Distinct().Count());
    }
}
