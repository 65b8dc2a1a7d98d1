using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;

namespace TreatyApi.Ingest;

/// <summary>What one document gave, for the ingest report.</summary>
public sealed record DocumentReport(string Id, int Treaties, int Limits, int Deadlines, int Statements, int Events);

public sealed record IngestReport(string SnapshotId, IReadOnlyList<DocumentReport> Documents, TimeSpan Elapsed);

/// <summary>
/// Builds an SQLite snapshot from seeds/ and the ordered schema files in db/. It writes a temporary file
/// beside the target and renames it into place, so a crash leaves the previous snapshot whole.
/// </summary>
public static class SnapshotBuilder
{
    /// <summary>
    /// A hash of everything the snapshot is made from: schema, catalog, documents and side files, and the
    /// extractor build. Equal inputs give an equal id, so a snapshot is rebuilt only when one changed.
    /// </summary>
    public static string InputHash(string seedsDir, string schemaDir)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory
            .EnumerateFiles(schemaDir, "*.sql")
            .Concat(Directory.EnumerateFiles(Path.Combine(seedsDir, "catalog"), "*.json"))
            .Concat(Directory.EnumerateFiles(Path.Combine(seedsDir, "documents")))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal);
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(seedsDir, f).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(f));
        }
        sha.AppendData(typeof(Extractor).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    /// <summary>Temporary files of ingests that were killed (their process is gone) are only litter.</summary>
    private static void RemoveAbandonedTemps(string databasePath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        if (!Directory.Exists(dir))
            return;
        foreach (var temp in Directory.EnumerateFiles(dir, Path.GetFileName(databasePath) + ".tmp-*"))
        {
            var pid = Path.GetFileName(temp).Split(".tmp-")[^1].Split('-')[0];
            if (
                int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && Processes.IsRunning(id)
            )
                continue;
            try
            {
                File.Delete(temp);
            }
            catch (IOException) { }
        }
    }

    /// <summary>
    /// Reads and extracts documents on every core (extraction is pure), handing them to the single writer in
    /// file order, so the snapshot is the same as a sequential build. Streams: at most <see cref="InFlightPerCore"/>
    /// documents per core are read ahead of the writer, never the whole corpus. (PLINQ's ordered merge, used before,
    /// let extraction run thousands of documents ahead of the slower writer: peak memory grew with the corpus.)
    /// The first documents are started at the call, not at the first MoveNext: they are extracted while the writer
    /// lays out the schema and the catalog. See <see cref="ExtractionPipeline{TIn, TOut}"/> for why
    /// its own threads.
    /// </summary>
    private static ExtractionPipeline<string, Extracted> ReadAndExtract(string seedsDir, Extractor extractor) =>
        new ExtractionPipeline<string, Extracted>(
            SeedReader.DocumentPaths(seedsDir),
            path =>
            {
                var doc = SeedReader.ReadDocument(path);
                var facts = extractor.Extract(new SourceDocument(doc.Id, doc.Text, doc.Published));
                return new Extracted(doc, facts, SnapshotWriter.SearchRows(doc, facts));
            },
            Environment.ProcessorCount,
            InFlightPerCore * Environment.ProcessorCount
        );

    private const int InFlightPerCore = 4;

    /// <summary>
    /// Drops the schema's secondary indexes (CREATE INDEX; not the keys nor a UNIQUE index, which the INSERTs' ON
    /// CONFLICT and the foreign keys read) and returns their SQL, in schema order, to be run again after the rows: an
    /// index built once from its table is a sort, where one maintained row by row costs a B-tree descent per row and
    /// spills pages out of SQLite's cache and reads them back (README → Performance, session 11). The same indexes,
    /// with the same SQL, stand in the snapshot.
    /// </summary>
    private static List<string> DeferIndexes(SqliteConnection db)
    {
        var indexes = db.Query<(string Name, string Sql)>(
                """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
                ORDER BY rowid
                """
            )
            .ToList();
        foreach (var (name, _) in indexes)
            db.Execute($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        return indexes.Select(i => i.Sql).ToList();
    }

    /// <summary>A document with all the writer needs of it, computed off the writer's thread.</summary>
    private sealed record Extracted(SeedDocument Doc, ExtractionResult Facts, List<SearchRow> Search);

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IngestReport Build(string seedsDir, string schemaDir, string databasePath, TimeProvider clock)
    {
        var watch = Stopwatch.StartNew();
        // Every pattern of the extractor built first, in one burst (Extractor.BuildPatterns says why). On a thread of
        // its own beside the catalog read it did not work on a busy machine: the regex compiler was still queued for
        // tier-up (README → Performance, session 12).
        Extractor.BuildPatterns();
        var catalog = SeedReader.ReadCatalog(seedsDir);
        var catalogJson = SeedReader.ReadCatalogJson(seedsDir);
        // The snapshot id hashes every input file (a second read of the whole corpus) and is needed only at the end:
        // it is computed beside extraction, not before it (README → Performance, start-up of a large ingest).
        var snapshotId = Task.Run(() => InputHash(seedsDir, schemaDir));
        var extractor = new Extractor(catalog);
        // Extraction of the first documents starts now, while the schema and the catalog are written.
        using var extracted = ReadAndExtract(seedsDir, extractor);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        RemoveAbandonedTemps(databasePath);
        var temp = $"{databasePath}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var reports = new List<DocumentReport>();
        try
        {
            // Pooling off: the file must be fully closed before it is renamed.
            using (
                var db = new SqliteConnection(
                    new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()
                )
            )
            {
                db.Open();
                // A temporary file that is renamed only when complete needs no journal.
                db.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
                foreach (var file in Directory.EnumerateFiles(schemaDir, "*.sql").Order(StringComparer.Ordinal))
                    db.Execute(File.ReadAllText(file));
                var indexes = DeferIndexes(db);
                using var tx = db.BeginTransaction();
                using var writer = new SnapshotWriter(db);
                writer.WriteCatalog(catalog);
                foreach (var (doc, facts, search) in extracted.InOrder())
                {
                    writer.WriteDocument(doc, facts);
                    writer.WriteEvents(doc, facts.Events);
                    writer.WriteSearch(doc, search);
                    reports.Add(
                        new DocumentReport(
                            doc.Id,
                            facts.Treaties.Select(t => t.Slug).Distinct().Count(),
                            facts.Limits.Count,
                            facts.Deadlines.Count,
                            facts.Statements.Count,
                            facts.Events.Count
                        )
                    );
                }
                foreach (var sql in indexes)
                    db.Execute(sql, transaction: tx);
                writer.WriteInfo(snapshotId.GetAwaiter().GetResult(), clock.GetUtcNow(), reports.Count, catalogJson);
                tx.Commit();
                db.Execute("PRAGMA optimize;");
            }
            File.Move(temp, databasePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
        return new IngestReport(snapshotId.GetAwaiter().GetResult(), reports, watch.Elapsed);
    }
}

/// <summary>Whether a process that left files behind (a temporary snapshot, a serving link) still runs.</summary>
internal static class Processes
{
    public static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
