using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Reliability;

/// <summary>On a corpus where a treaty is named (or a person quoted) in many documents, its page stays bounded and the
/// lists page through all.</summary>
public sealed class LargeCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-large-").FullName;
    private readonly List<WebApplicationFactory<Program>> _apis = [];

    public void Dispose()
    {
        foreach (var api in _apis)
            api.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>The real app on a 300-document synthetic corpus generated from <paramref name="seed"/>.</summary>
    private HttpClient ClientOnCorpus(int seed, int documents = 300)
    {
        var seeds = TreatyApi.Bench.SyntheticCorpus.Write(
            Path.Combine(_dir, $"corpus-{seed}"),
            documents,
            seed,
            Path.Combine(Repo.Seeds, "catalog")
        );
        var api = new ApiFactory { Database = Path.Combine(_dir, $"corpus-{seed}.db") }.WithWebHostBuilder(b =>
            b.UseSetting("TreatyApi:Seeds", seeds)
        );
        _apis.Add(api);
        return api.CreateClient();
    }

    /// <summary>The ids of every item of a list, following its next links from <paramref name="url"/>.</summary>
    private static async Task<List<string>> AllIds(HttpClient client, string url)
    {
        var ids = new List<string>();
        for (string? next = url; next is not null; )
        {
            var page = JsonNode.Parse(await client.GetStringAsync(next))!;
            ids.AddRange(page["items"]!.AsArray().Select(s => (string)s!["id"]!));
            next = (string?)page["next"];
        }
        return ids;
    }

    [Fact]
    public async Task A_treaty_page_embeds_at_most_20_of_each_and_its_lists_page_through_the_rest()
    {
        var client = ClientOnCorpus(seed: 3);
        var treaty = JsonNode.Parse(await client.GetStringAsync("/treaties/new-start"))!;
        var total = (int)treaty["counts"]!["statements"]!;
        Assert.True(total > 20, $"the corpus gave only {total} statements");
        Assert.Equal(20, treaty["statements"]!.AsArray().Count);
        Assert.True(treaty["mentions"]!.AsArray().Count <= 20);

        var seen = await AllIds(client, (string)treaty["links"]!["statements"]! + "?limit=200");
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(total, seen.Count);
    }

    [Fact]
    public async Task An_actor_page_embeds_at_most_20_statements_and_links_to_all_of_them()
    {
        var client = ClientOnCorpus(seed: 4);
        var peskov = JsonNode.Parse(await client.GetStringAsync("/actors/dmitry-peskov"))!;
        var total = (int)peskov["counts"]!["statements"]!;
        Assert.True(total > 20, $"the corpus gave only {total} statements");
        Assert.Equal(20, peskov["statements"]!.AsArray().Count);

        var seen = await AllIds(client, (string)peskov["links"]!["statements"]! + "&limit=7");
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(total, seen.Count);
        Assert.Equal(peskov["statements"]!.AsArray().Select(s => (string)s!["id"]!), seen.Take(20));
    }

    [Fact]
    public async Task A_claim_weighs_every_fact_but_lists_at_most_20_of_them()
    {
        // A claim is compared only with the limits of the treaty it names: enough documents that New START's repeat.
        var client = ClientOnCorpus(seed: 6, documents: 2000);
        // A figure the generated corpus repeats for New START more than 20 times (which one depends on the seed).
        JsonNode? finding = null;
        var total = 0;
        foreach (
            var figure in new[]
            {
                "1,550 warheads",
                "700 delivery vehicles",
                "800 launchers",
                "1,600 warheads",
                "700 missiles",
            }
        )
        {
            var response = await client.GetAsync(
                "/claims/check?claim=" + Uri.EscapeDataString($"New START limits each side to {figure}.")
            );
            var check = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            finding = check["aspects"]!.AsArray().Single(f => (string?)f!["kind"] == "limit")!;
            total = (int)finding["evidenceCount"]!;
            if (total > 20)
                break;
        }
        Assert.True(total > 20, $"the corpus gave only {total} limits");
        var ids = finding!["evidence"]!.AsArray().Select(e => (string)e!["id"]!).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(20, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_csv_export_joins_every_page_of_a_list_longer_than_the_largest_page()
    {
        var client = ClientOnCorpus(seed: 5);
        var json = await AllIds(client, "/statements?limit=200");
        Assert.True(json.Count > 2 * 200, $"the corpus gave only {json.Count} statements");
        var csv = ContractTests.Records(await client.GetStringAsync("/statements?format=csv"));
        Assert.Equal(json, csv.Skip(1).Select(r => r[0]).ToList());
    }
}
