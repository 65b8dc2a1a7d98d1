using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Actors;
using TreatyApi.Facts;
using TreatyApi.Ingest;
using TreatyApi.Search;
using TreatyApi.Tests.Http;
using TreatyApi.Treaties;

namespace TreatyApi.Tests.Reliability;

/// <summary>
/// The queries whose work could grow with the corpus (fact pages, a treaty's and an actor's counts, search, claim
/// checks) never scan a whole table, nor sort one to cut a page: EXPLAIN QUERY PLAN on a 300-document corpus.
/// </summary>
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
        // One set of values for every query; Dapper sends only those a query names.
        var parameters = new
        {
            speaker = "dmitry-peskov",
            treaty = "new-start",
            from = (string?)null,
            to = (string?)null,
            afterDate = (string?)null,
            afterId = (string?)null,
            take = 51,
            offset = 0,
            slug = "new-start",
            match = "\"missile\" \"defense\"",
            kind = (string?)null,
            sort = (string?)null,
            unit = "warheads",
            fromDate = "",
            state = "russia",
        };
        foreach (
            var (name, sql) in FactQueries
                .PlannedQueries.Concat(TreatyQueries.PlannedQueries)
                .Concat(ActorQueries.PlannedQueries)
                .Concat(SearchQueries.PlannedQueries)
                .Concat(PartyQueries.PlannedQueries)
        )
        {
            var plan = db.Query<(long Id, long Parent, long NotUsed, string Detail)>(
                    "EXPLAIN QUERY PLAN " + sql,
                    parameters
                )
                .Select(r => r.Detail)
                .ToList();
            Console.WriteLine($"{name}:\n  " + string.Join("\n  ", plan));
            // A date claim that names no treaty is compared with every deadline, by design (see ClaimChecker).
            if (name.StartsWith("every deadline", StringComparison.Ordinal))
                continue;
            // An FTS5 match is a SCAN of the virtual table through its own index (VIRTUAL TABLE INDEX); a SELECT of
            // subqueries alone scans one constant row.
            Assert.DoesNotContain(plan, step =>
                step.StartsWith("SCAN ", StringComparison.Ordinal)
                && !step.Contains("USING", StringComparison.Ordinal)
                && !step.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal)
                && step != "SCAN CONSTANT ROW"
            );
            // Every page is read in order from an index and stops at its size, rather than sorting every match; but
            // search, which must rank every match by bm25 before it can cut a page.
            if (name != "search")
                Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }
}
