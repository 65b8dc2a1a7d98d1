using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Reliability;

/// <summary>On a corpus where a treaty is named in many documents, its page stays bounded and the lists page through all.</summary>
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
}
