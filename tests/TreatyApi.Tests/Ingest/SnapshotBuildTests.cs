using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Infrastructure;
using TreatyApi.Ingest;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Ingest;

public sealed class SnapshotBuildTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-ingest-").FullName;
    private static readonly TimeProvider Clock = new FixedTime(
        new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)
    );

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static string Dump(string path)
    {
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        var tables = db.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'snapshot_info' ORDER BY name"
        );
        return string.Join(
            "\n",
            tables.SelectMany(t =>
                db.Query($"SELECT * FROM \"{t}\" ORDER BY 1, 2")
                    .Select(r => t + ": " + string.Join(" | ", ((IDictionary<string, object?>)r).Values))
            )
        );
    }

    [Fact]
    public void The_same_seeds_give_the_same_snapshot_and_ids()
    {
        var a = Path.Combine(_dir, "a.db");
        var b = Path.Combine(_dir, "b.db");
        var ra = SnapshotBuilder.Build(Repo.Seeds, Repo.Schema, a, Clock);
        var rb = SnapshotBuilder.Build(Repo.Seeds, Repo.Schema, b, Clock);
        Assert.Equal(ra.SnapshotId, rb.SnapshotId);
        var dump = Dump(a);
        Assert.Contains("statements: st_", dump);
        Assert.Equal(dump, Dump(b));
    }

    [Fact]
    public void The_snapshot_holds_every_index_of_the_schema_with_its_sql()
    {
        // Ingest drops the secondary indexes and builds them again after the rows (for speed): the snapshot must end
        // with the very schema the files in db/ lay out, indexes and their SQL included.
        var built = Path.Combine(_dir, "i.db");
        SnapshotBuilder.Build(Repo.Seeds, Repo.Schema, built, Clock);
        var schemaOnly = Path.Combine(_dir, "schema.db");
        using (var db = new SqliteConnection($"Data Source={schemaOnly};Pooling=False"))
        {
            db.Open();
            foreach (var file in Directory.EnumerateFiles(Repo.Schema, "*.sql").Order(StringComparer.Ordinal))
                db.Execute(File.ReadAllText(file));
        }
        static List<string> Schema(string path)
        {
            using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            db.Open();
            return db.Query<string>(
                    "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master "
                        + "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"
                )
                .ToList();
        }
        var expected = Schema(schemaOnly);
        Assert.Contains(expected, s =>
            s.StartsWith("index limits_by_treaty ON limits: CREATE INDEX", StringComparison.Ordinal)
        );
        Assert.Equal(expected, Schema(built));
    }

    [Fact]
    public void The_report_counts_what_each_document_gave()
    {
        var report = SnapshotBuilder.Build(Repo.Seeds, Repo.Schema, Path.Combine(_dir, "r.db"), Clock);
        var seed = Assert.Single(report.Documents);
        Assert.Equal((1, 2, 1, 6), (seed.Treaties, seed.Limits, seed.Deadlines, seed.Statements));
    }

    private string CopySeeds()
    {
        var seeds = Path.Combine(_dir, "seeds");
        foreach (var f in Directory.EnumerateFiles(Repo.Seeds, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(seeds, Path.GetRelativePath(Repo.Seeds, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        return seeds;
    }

    [Theory]
    [InlineData("bad.txt", new byte[] { 0x41, 0xFF, 0xFE, 0x42 }, "not valid UTF-8")]
    [InlineData("empty.txt", new byte[0], "empty document")]
    [InlineData("nul.txt", new byte[] { 0x41, 0x00, 0x42 }, "NUL")]
    [InlineData(
        "undated.txt",
        new byte[] { 0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0x42, 0x6F, 0x64, 0x79, 0x2E },
        "no publication date"
    )]
    public void A_malformed_document_stops_ingest_naming_it_and_leaves_the_snapshot(
        string name,
        byte[] bytes,
        string message
    )
    {
        var seeds = CopySeeds();
        var db = Path.Combine(_dir, "live.db");
        SnapshotBuilder.Build(seeds, Repo.Schema, db, Clock);
        var before = File.ReadAllBytes(db);
        File.WriteAllBytes(Path.Combine(seeds, "documents", name), bytes);
        var e = Assert.Throws<IngestException>(() => SnapshotBuilder.Build(seeds, Repo.Schema, db, Clock));
        Assert.Contains(name, e.Message);
        Assert.Contains(message, e.Message);
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Single(Directory.EnumerateFiles(_dir, "live.db*"));
    }

    [Fact]
    public void A_document_quoted_as_a_speaker_is_stored_as_an_actor_of_its_kind()
    {
        // A quotation whose words are a treaty's own (The … Convention prohibits "…") has a speaker of kind
        // "document", which the actors table once refused: the whole ingest stopped on the first such article.
        var seeds = CopySeeds();
        File.WriteAllText(
            Path.Combine(seeds, "documents", "001_review.txt"),
            "Review conference closes without a vote\n\nMay 22, 2026\n\nDelegates met for four weeks. The "
                + "Biological Weapons Convention prohibits \"microbial or other biological agents, or toxins\" in "
                + "quantities that have no peaceful justification, but it has no verification body.\n"
        );
        var db = Path.Combine(_dir, "doc.db");
        var report = SnapshotBuilder.Build(seeds, Repo.Schema, db, Clock);
        Assert.Equal(2, report.Documents.Count);
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT kind FROM actors WHERE slug = 'biological-weapons-convention'";
        Assert.Equal("document", q.ExecuteScalar());
    }

    [Fact]
    public void A_broken_side_file_names_its_file_and_line()
    {
        var seeds = CopySeeds();
        var side = Directory.EnumerateFiles(Path.Combine(seeds, "documents"), "*.meta.json").First();
        File.WriteAllText(side, "{\n  \"publisher\": \"x\",\n  \"oops\n}");
        var e = Assert.Throws<IngestException>(() =>
            SnapshotBuilder.Build(seeds, Repo.Schema, Path.Combine(_dir, "x.db"), Clock)
        );
        Assert.Contains(Path.GetFileName(side), e.Message);
        Assert.Contains("line", e.Message);
    }

    [Fact]
    public void The_ingest_command_exits_non_zero_naming_the_file_and_keeps_the_snapshot()
    {
        var seeds = CopySeeds();
        var db = Path.Combine(_dir, "cmd.db");
        var args = new[] { "--TreatyApi:Seeds", seeds, "--TreatyApi:Schema", Repo.Schema, "--TreatyApi:Database", db };
        var stdout = Console.Out;
        var stderr = Console.Error;
        try
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            Console.SetOut(output);
            Console.SetError(errors);
            Assert.Equal(0, IngestCommand.Run(args));
            Assert.Contains("000_ab7fea950d0af36e", output.ToString()); // the per-document report
            var before = File.ReadAllBytes(db);
            File.WriteAllText(
                Path.Combine(seeds, "catalog", "actors.json"),
                "{ \"roleNouns\": {}, \"actors\": [ { \"slug\": "
            );
            Assert.Equal(1, IngestCommand.Run(args));
            Assert.Contains("actors.json", errors.ToString());
            Assert.Equal(before, File.ReadAllBytes(db));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public void The_API_handle_cannot_write()
    {
        var path = Path.Combine(_dir, "ro.db");
        SnapshotBuilder.Build(Repo.Seeds, Repo.Schema, path, Clock);
        var snapshot = new Snapshot(path);
        using var db = snapshot.Open();
        var e = Assert.Throws<SqliteException>(() => db.Execute("DELETE FROM statements"));
        Assert.Contains("readonly", e.Message.Replace("-", "").Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(6, db.ExecuteScalar<int>("SELECT count(*) FROM statements"));
    }
}
