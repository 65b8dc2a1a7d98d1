using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using TreatyApi.Ingest;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Reliability;

/// <summary>Re-ingest while serving: the API switches to the new snapshot under load, with nothing failed or
/// mixed.</summary>
public sealed class ReingestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-reingest-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string SeedsWithOneMoreDocument()
    {
        var seeds = Path.Combine(_dir, "seeds-b");
        foreach (var f in Directory.EnumerateFiles(Repo.Seeds, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(seeds, Path.GetRelativePath(Repo.Seeds, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        File.WriteAllText(
            Path.Combine(seeds, "documents", "001_reingest_test.txt"),
            "Moscow Halts Treaty Inspections\n\n"
                + "August 8, 2022\n\n"
                + "Russia said it would suspend inspections under New START. \"This is a temporary measure,\" Lavrov "
                + "said (Interfax, Aug. 8)."
        );
        return seeds;
    }

    [Fact]
    public async Task A_new_snapshot_is_served_without_a_restart_and_no_request_fails_or_mixes()
    {
        var db = Path.Combine(_dir, "live.db");
        using var factory = new ApiFactory { Database = db }.WithWebHostBuilder(b =>
        {
            b.UseSetting("TreatyApi:ReloadIntervalMs", "100");
            b.UseSetting("TreatyApi:BuildOnStart", "true");
        });
        var client = factory.CreateClient();
        var before = JsonNode.Parse(await client.GetStringAsync("/health"))!;
        var oldId = (string)before["snapshotId"]!;
        var oldStatements = (long)before["counts"]!["statements"]!;
        var unchanged = (await client.GetAsync("/treaties/abm-treaty")).Headers.ETag;
        var changing = (await client.GetAsync("/statements")).Headers.ETag;

        // Load from four clients while ingest builds the new snapshot and renames it into place.
        var failures = new ConcurrentBag<string>();
        var seen = new ConcurrentDictionary<string, long>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable
            .Range(0, 4)
            .Select(_ =>
                Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var health = await client.GetAsync("/health");
                        if (health.StatusCode != HttpStatusCode.OK)
                        {
                            failures.Add("health " + health.StatusCode);
                            continue;
                        }
                        var h = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
                        var id = (string)h["snapshotId"]!;
                        var count = (long)h["counts"]!["statements"]!;
                        // No mix: one snapshot id always comes with one count.
                        if (seen.GetOrAdd(id, count) != count)
                            failures.Add($"snapshot {id} answered {count} and {seen[id]} statements");
                        var page = await client.GetAsync("/statements?limit=200");
                        if (page.StatusCode != HttpStatusCode.OK)
                            failures.Add("statements " + page.StatusCode);
                    }
                })
            )
            .ToList();

        await Task.Delay(300);
        var report = SnapshotBuilder.Build(SeedsWithOneMoreDocument(), Repo.Schema, db, TimeProvider.System);
        Assert.NotEqual(oldId, report.SnapshotId);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!seen.ContainsKey(report.SnapshotId) && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        await Task.Delay(300);
        stop.Cancel();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.Equal(oldStatements, seen[oldId]);
        Assert.Equal(oldStatements + 1, seen[report.SnapshotId]);
        var after = JsonNode.Parse(await client.GetStringAsync("/health"))!;
        Assert.Equal(report.SnapshotId, (string?)after["snapshotId"]);
        // ETags change only where the data did.
        Assert.Equal(unchanged, (await client.GetAsync("/treaties/abm-treaty")).Headers.ETag);
        Assert.NotEqual(changing, (await client.GetAsync("/statements")).Headers.ETag);
    }

    [Fact]
    public async Task Claim_checks_read_the_new_snapshot_not_what_they_kept_of_the_old_one()
    {
        var db = Path.Combine(_dir, "claims.db");
        using var factory = new ApiFactory { Database = db }.WithWebHostBuilder(b =>
        {
            b.UseSetting("TreatyApi:ReloadIntervalMs", "100");
            b.UseSetting("TreatyApi:BuildOnStart", "true");
        });
        var client = factory.CreateClient();
        async Task<string> Verdict(string claim) =>
            (string)
                JsonNode.Parse(await client.GetStringAsync("/claims/check?claim=" + Uri.EscapeDataString(claim)))![
                    "verdict"
                ]!;
        // A check about Lavrov reads all his statements, which the snapshot keeps for later checks (ClaimReads).
        Assert.Equal("unverifiable", await Verdict("Lavrov said this is a temporary measure"));
        var oldId = (string)JsonNode.Parse(await client.GetStringAsync("/health"))!["snapshotId"]!;

        var report = SnapshotBuilder.Build(SeedsWithOneMoreDocument(), Repo.Schema, db, TimeProvider.System);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (
            (string)JsonNode.Parse(await client.GetStringAsync("/health"))!["snapshotId"]! == oldId
            && DateTime.UtcNow < deadline
        )
            await Task.Delay(100);

        // Other words than before, so no kept answer can reply: the new snapshot's statement must be read.
        Assert.Equal("supported", await Verdict("Lavrov said that this is a temporary measure"));
        Assert.NotEqual(oldId, report.SnapshotId);
    }

    [Fact]
    public async Task A_second_API_on_the_same_database_leaves_the_first_one_serving()
    {
        var db = Path.Combine(_dir, "shared.db");
        using var first = new ApiFactory { Database = db };
        var client = first.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        using (var second = new ApiFactory { Database = db })
            Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/treaties/new-start")).StatusCode);

        // Pages the first API has not answered before, so its response cache cannot hide a lost snapshot file.
        SqliteConnection.ClearAllPools();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/treaties/new-start/limits")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/statements?limit=3")).StatusCode);
    }
}
