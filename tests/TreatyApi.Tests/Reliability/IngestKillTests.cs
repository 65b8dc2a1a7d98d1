using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Ingest;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Reliability;

/// <summary>
/// SIGKILL at random moments of an ingest: the snapshot in place is always a whole one (integrity_check ok,
/// counts equal to the old build or the new one), never a mix.
/// </summary>
public sealed class IngestKillTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static (string Integrity, long Documents, long Statements) Inspect(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        return (
            c.ExecuteScalar<string>("PRAGMA integrity_check")!,
            c.ExecuteScalar<long>("SELECT count(*) FROM documents"),
            c.ExecuteScalar<long>("SELECT count(*) FROM statements")
        );
    }

    [Fact]
    public async Task Killing_ingest_never_leaves_a_partial_snapshot()
    {
        var clock = new FixedTime(DateTimeOffset.UnixEpoch);
        var oldDb = Path.Combine(_dir, "old.db");
        SnapshotBuilder.Build(Repo.Seeds, Repo.Schema, oldDb, clock);
        var oldCounts = Inspect(oldDb);
        var seeds = TreatyApi.Bench.SyntheticCorpus.Write(_dir, 600, seed: 7, Path.Combine(Repo.Seeds, "catalog"));
        var newDb = Path.Combine(_dir, "new.db");
        SnapshotBuilder.Build(seeds, Repo.Schema, newDb, clock);
        var newCounts = Inspect(newDb);
        Assert.NotEqual(oldCounts.Documents, newCounts.Documents);

        var db = Path.Combine(_dir, "live.db");
        var app = typeof(Program).Assembly.Location;
        var random = new Random(42);
        int killed = 0,
            completed = 0;
        for (int trial = 0; trial < 20; trial++)
        {
            File.Copy(oldDb, db, overwrite: true);
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    app,
                    "ingest",
                    "--TreatyApi:Seeds",
                    seeds,
                    "--TreatyApi:Schema",
                    Repo.Schema,
                    "--TreatyApi:Database",
                    db,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var ingest = Process.Start(start)!;
            await Task.Delay(random.Next(100, 2500));
            if (!ingest.HasExited)
            {
                ingest.Kill(entireProcessTree: true); // SIGKILL
                killed++;
            }
            else
                completed++;
            await ingest.WaitForExitAsync();

            var now = Inspect(db);
            Assert.Equal("ok", now.Integrity);
            Assert.True(
                now == oldCounts || now == newCounts,
                $"trial {trial}: {now} is neither {oldCounts} nor {newCounts}"
            );
        }
        Assert.True(killed > 0, "no trial killed an ingest in progress");
        // The next ingest clears the temporary files that killed ones left behind.
        SnapshotBuilder.Build(seeds, Repo.Schema, db, clock);
        Assert.Empty(Directory.EnumerateFiles(_dir, "live.db.tmp-*"));
        Console.WriteLine(
            $"ingest kill trials: 20, killed mid-run {killed}, completed {completed}, partial snapshots 0"
        );
    }
}
