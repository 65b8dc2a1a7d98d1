using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TreatyApi.Infrastructure;
using TreatyApi.Ingest;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Cluster;

/// <summary>
/// An instance started on a snapshot copied from elsewhere: a missing, half-copied, damaged or older-schema file is
/// refused (503 with Retry-After on /health/ready, the reason logged), and a good one copied into place afterwards is
/// served without a restart. Real files, built by the real ingest and then cut, damaged or altered as a bad copy would.
/// </summary>
public sealed class SnapshotReadinessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-readiness-").FullName;

    /// <summary>A whole snapshot of the seeds: the one the HTTP tests share (built here if not yet).</summary>
    private static readonly Lazy<string> Good = new(() =>
    {
        if (!File.Exists(ApiFactory.SharedDatabase))
            SnapshotBuilder.Build(Repo.Seeds, Repo.Schema, ApiFactory.SharedDatabase, TimeProvider.System);
        return ApiFactory.SharedDatabase;
    });

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>An instance as deployed: it serves what is copied to it and never builds from seeds.</summary>
    private (WebApplicationFactory<Program> App, HttpClient Client, ConcurrentQueue<string> Log) Instance(string db)
    {
        var log = new ConcurrentQueue<string>();
        var app = new ApiFactory { Database = db }.WithWebHostBuilder(b =>
        {
            b.UseSetting("TreatyApi:BuildOnStart", "false");
            b.UseSetting("TreatyApi:ReloadIntervalMs", "100");
            b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(new ListLogger(log)));
        });
        return (app, app.CreateClient(), log);
    }

    private async Task AssertRefused(HttpClient client, ConcurrentQueue<string> log, string reason, string logged)
    {
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("application/problem+json", ready.Content.Headers.ContentType?.MediaType);
        Assert.True(ready.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        var problem = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("urn:treatyapi:problem:unavailable", (string?)problem["type"]);
        Assert.Contains(reason, (string?)problem["detail"]);
        Assert.DoesNotContain(_dir, (string?)problem["detail"]); // no paths on a public endpoint
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/treaties/new-start")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.True(
            log.Any(line =>
                line.StartsWith("Error", StringComparison.Ordinal) && line.Contains(logged, StringComparison.Ordinal)
            ),
            string.Join("\n", log)
        );
    }

    /// <summary>Copies the good snapshot in as a deploy should: to a temporary name beside it, then renamed.</summary>
    private static void CopyIntoPlace(string db)
    {
        File.Copy(Good.Value, db + ".part", overwrite: true);
        File.Move(db + ".part", db, overwrite: true);
    }

    private static async Task<string?> ReadyId(HttpClient client, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            var r = await client.GetAsync("/health/ready");
            if (r.StatusCode == HttpStatusCode.OK)
                return (string?)JsonNode.Parse(await r.Content.ReadAsStringAsync())!["snapshotId"];
            await Task.Delay(100);
        }
        return null;
    }

    [Fact]
    public async Task Missing_snapshot_is_not_ready_until_one_is_copied_into_place()
    {
        var db = Path.Combine(_dir, "treatyapi.db");
        var (app, client, log) = Instance(db);
        using var _ = app;
        await AssertRefused(client, log, "the snapshot file is missing", $"No snapshot at {db}");

        CopyIntoPlace(db);
        Assert.Equal(Snapshot.IdAt(Good.Value), await ReadyId(client, TimeSpan.FromSeconds(10)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/treaties/new-start")).StatusCode);
    }

    [Fact]
    public async Task Half_copied_snapshot_is_refused_though_its_first_pages_read_fine()
    {
        var db = Path.Combine(_dir, "treatyapi.db");
        var bytes = File.ReadAllBytes(Good.Value);
        File.WriteAllBytes(db, bytes[..(bytes.Length / 2)]);

        var (app, client, log) = Instance(db);
        using var _ = app;
        await AssertRefused(
            client,
            log,
            "incomplete",
            $"{db} is {bytes.Length / 2} bytes where its header says {bytes.Length}"
        );

        CopyIntoPlace(db);
        Assert.Equal(Snapshot.IdAt(Good.Value), await ReadyId(client, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Damaged_snapshot_is_refused()
    {
        var db = Path.Combine(_dir, "treatyapi.db");
        var bytes = File.ReadAllBytes(Good.Value);
        // Garbage over a run of pages in the middle, the length unchanged (a bad disk, a bad transfer).
        var from = bytes.Length / 2 / 4096 * 4096;
        new Random(17).NextBytes(bytes.AsSpan(from, Math.Min(8 * 4096, bytes.Length - from)));
        File.WriteAllBytes(db, bytes);

        var (app, client, log) = Instance(db);
        using var _ = app;
        // SQLite's quick_check finds it, or fails reading it ("database disk image is malformed"): refused either way.
        await AssertRefused(client, log, "damaged", $"{db} ");
        Assert.Contains(log, l => l.Contains("Copy it again.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused()
    {
        var db = Path.Combine(_dir, "treatyapi.db");
        File.WriteAllText(db, new string('x', 5000));
        var (app, client, log) = Instance(db);
        using var _ = app;
        await AssertRefused(client, log, "damaged", $"{db} is not an SQLite database");
    }

    [Fact]
    public async Task Snapshot_from_an_older_schema_is_refused_with_what_it_lacks()
    {
        var db = Path.Combine(_dir, "treatyapi.db");
        File.Copy(Good.Value, db);
        // As built before treaty pages read their own index (an older db/0003_facts.sql had no treaty_statements).
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE treaty_statements; VACUUM;";
            cmd.ExecuteNonQuery();
        }

        var (app, client, log) = Instance(db);
        using var _ = app;
        await AssertRefused(
            client,
            log,
            "built with an older schema than this build reads",
            $"{db} was built with an older schema than this build reads: it lacks table treaty_statements"
        );
    }

    [Fact]
    public async Task A_serving_instance_keeps_its_snapshot_when_a_damaged_one_arrives_and_takes_the_next_good_one()
    {
        var db = Path.Combine(_dir, "treatyapi.db");
        CopyIntoPlace(db);
        var (app, client, log) = Instance(db);
        using var _ = app;
        var id = await ReadyId(client, TimeSpan.FromSeconds(10));
        Assert.NotNull(id);

        var bytes = File.ReadAllBytes(Good.Value);
        File.WriteAllBytes(db + ".part", bytes[..(bytes.Length / 3)]);
        File.Move(db + ".part", db, overwrite: true);
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!log.Any(l => l.Contains("Still serving snapshot", StringComparison.Ordinal)) && DateTime.UtcNow < until)
            await Task.Delay(50);
        Assert.True(
            log.Any(l =>
                l.StartsWith("Error", StringComparison.Ordinal)
                && l.Contains($"Still serving snapshot {id}", StringComparison.Ordinal)
                && l.Contains("header says", StringComparison.Ordinal)
            ),
            string.Join("\n", log)
        );
        Assert.Equal(id, await ReadyId(client, TimeSpan.FromSeconds(1)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/statements?limit=7")).StatusCode);

        CopyIntoPlace(db); // the same snapshot again: served, and nothing to switch
        await Task.Delay(500);
        Assert.Equal(id, await ReadyId(client, TimeSpan.FromSeconds(1)));
        Assert.DoesNotContain(log, l => l.Contains("Switched", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_snapshot_with_the_old_ones_length_and_time_is_still_seen()
    {
        var db = Path.Combine(_dir, "treatyapi.db");
        CopyIntoPlace(db);
        var (app, client, _) = Instance(db);
        using var _ = app;
        var id = await ReadyId(client, TimeSpan.FromSeconds(10));

        // Another snapshot of exactly the same size (an id of the same length), its time set to the old file's, as a
        // copy that keeps times may leave it: only its being a new file tells it apart.
        var next = db + ".part";
        File.Copy(Good.Value, next);
        using (var c = new SqliteConnection($"Data Source={next};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE snapshot_info SET value = 'fedcba9876543210' WHERE key = 'snapshot_id'";
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(new FileInfo(db).Length, new FileInfo(next).Length);
        File.SetLastWriteTimeUtc(next, File.GetLastWriteTimeUtc(db));
        await Task.Delay(20);
        File.Move(next, db, overwrite: true);

        var until = DateTime.UtcNow.AddSeconds(10);
        while (await ReadyId(client, TimeSpan.FromSeconds(1)) == id && DateTime.UtcNow < until)
            await Task.Delay(100);
        Assert.Equal("fedcba9876543210", await ReadyId(client, TimeSpan.FromSeconds(1)));
    }
}

/// <summary>Collects log lines ("Level: message") for a test to read.</summary>
public sealed class ListLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    )
    {
        if (IsEnabled(logLevel))
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }

    public void Dispose() { }
}
