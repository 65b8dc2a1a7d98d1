using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Facts;
using TreatyApi.Ingest;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Reliability;

/// <summary>The statement, limit and deadline page queries never scan a whole fact table, nor sort one to cut a page: EXPLAIN QUERY PLAN on a 300-document corpus.</summary>
public sealed class QueryPlanTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-plans-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void No_query_scans_a_fact_table_without_an_index()
    {
        var seeds = TreatyApi.Bench.SyntheticCorpus.Write(_dir, 300, seed: 5, Path.Combine(Repo.Seeds, "catalog"));
        var path = Path.Combine(_dir, "plans.db");
        SnapshotBuilder.Build(seeds, Repo.Schema, path, TimeProvider.System);
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        var parameters = new { speaker = "dmitry-peskov", treaty = "new-start", from = (string?)null, to = (string?)null,
            afterDate = (string?)null, afterId = (string?)null, take = 51 };
        foreach (var (name, sql) in FactQueries.PlannedQueries)
        {
            var plan = db.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters)
                .Select(r => r.Detail).ToList();
            Console.WriteLine($"{name}:\n  " + string.Join("\n  ", plan));
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN ", StringComparison.Ordinal) && !step.Contains("USING", StringComparison.Ordinal));
            // Every page is read in order from an index and stops at its size, rather than sorting every match.
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }
}
