using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Why a snapshot file is not served. <see cref="Reason"/> is what /health/ready says (no paths: it is public);
/// the message, for the log, names the file and what to do.
/// </summary>
public sealed class SnapshotRefusedException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}

/// <summary>
/// Checks a snapshot file before it is served. Snapshots are copied between machines, so what arrives may be missing,
/// cut short (a copy that did not finish, or was renamed into place too early), damaged, or built by another version
/// of TreatyApi whose queries would fail on it. Such a file is refused here, with a reason, rather than answering
/// requests with errors later: an instance that has nothing else stays unready (503), one already serving keeps its
/// snapshot.
/// </summary>
public static partial class SnapshotCheck
{
    /// <summary>The snapshot's id, or a <see cref="SnapshotRefusedException"/> saying why it is not served.</summary>
    public static string Verify(string path, string shownAs)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
            throw Missing(shownAs);
        CheckLength(path, shownAs, file.Length);
        try
        {
            using var db = new SqliteConnection(
                new SqliteConnectionStringBuilder
                {
                    DataSource = path,
                    Mode = SqliteOpenMode.ReadOnly,
                    Pooling = false,
                }.ToString()
            );
            db.Open();
            // Reads every page's structure (not the index-to-table agreement that integrity_check adds): a file
            // damaged in the middle is caught here, not by the first request that reads that page.
            var problems = db.Query<string>("PRAGMA quick_check").ToList();
            if (problems is not ["ok"])
                throw new SnapshotRefusedException(
                    "the snapshot file is damaged",
                    $"{shownAs} is damaged (SQLite quick_check: {string.Join("; ", problems.Take(3))}). "
                        + "Copy it again."
                );
            CheckSchema(db, shownAs);
            var id = db.QueryFirstOrDefault<string>("SELECT value FROM snapshot_info WHERE key = 'snapshot_id'");
            var built = db.QueryFirstOrDefault<string>("SELECT value FROM snapshot_info WHERE key = 'built_at'");
            if (id is null || built is null)
                throw new SnapshotRefusedException(
                    "the snapshot file is incomplete",
                    $"{shownAs} has no snapshot id or build time: it was not written by a finished ingest."
                );
            return id;
        }
        catch (SqliteException e)
        {
            throw new SnapshotRefusedException(
                "the snapshot file is damaged",
                $"{shownAs} cannot be read as an SQLite database ({e.Message}). Copy it again."
            );
        }
    }

    public static SnapshotRefusedException Missing(string shownAs) =>
        new(
            "the snapshot file is missing",
            $"No snapshot at {shownAs}: build one with the ingest command and copy it there."
        );

    /// <summary>
    /// SQLite's header says how many pages the file has; a copy cut short has fewer bytes. Caught before SQLite
    /// opens it, since the first pages (and so the snapshot's id) of a half-copied file read fine.
    /// </summary>
    private static void CheckLength(string path, string shownAs, long length)
    {
        const string partial = "the snapshot file is incomplete (a copy that has not finished?)";
        const string advice = "Copy the snapshot to a temporary name beside it, then rename it into place.";
        Span<byte> header = stackalloc byte[100];
        int read;
        using (var stream = File.OpenRead(path))
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read < header.Length)
            throw new SnapshotRefusedException(
                partial,
                $"{shownAs} is {length} bytes, too short to be a snapshot. {advice}"
            );
        if (!header[..16].SequenceEqual("SQLite format 3\0"u8))
            throw new SnapshotRefusedException("the snapshot file is damaged", $"{shownAs} is not an SQLite database.");
        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        if (pageSize == 1)
            pageSize = 65536;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        // The page count is valid when the change counter and "version valid for" agree (always so for our writer).
        var valid =
            BinaryPrimitives.ReadUInt32BigEndian(header[24..]) == BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        var expected = (long)pages * pageSize;
        if (valid && pages > 0 && length != expected)
            throw new SnapshotRefusedException(
                partial,
                $"{shownAs} is {length} bytes where its header says {expected} ({pages} pages of {pageSize}). " + advice
            );
    }

    /// <summary>
    /// The tables, indexes and triggers this build's queries expect: db/*.sql (embedded at build time) applied to an
    /// empty database. A snapshot's schema is compared with it object by object.
    /// </summary>
    private static readonly Lazy<Dictionary<string, string>> Expected = new(() =>
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        var assembly = typeof(SnapshotCheck).Assembly;
        var files = assembly
            .GetManifestResourceNames()
            .Where(n => n.StartsWith("schema/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var name in files)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            db.Execute(reader.ReadToEnd());
        }
        return SchemaOf(db);
    });

    private static Dictionary<string, string> SchemaOf(SqliteConnection db) =>
        db.Query<(string Type, string Name, string Sql)>(
                "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND substr(name, 1, 7) <> 'sqlite_'"
            )
            .ToDictionary(r => $"{r.Type} {r.Name}", r => Spaces().Replace(r.Sql, " ").Trim(), StringComparer.Ordinal);

    private static void CheckSchema(SqliteConnection db, string shownAs)
    {
        var expected = Expected.Value;
        var actual = SchemaOf(db);
        var lacks = expected.Keys.Where(k => !actual.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var unknown = actual.Keys.Where(k => !expected.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var differs = expected
            .Keys.Where(k => actual.TryGetValue(k, out var sql) && sql != expected[k])
            .Order(StringComparer.Ordinal)
            .ToList();
        if (lacks.Count + unknown.Count + differs.Count == 0)
            return;
        static string Few(IEnumerable<string> names) =>
            string.Join(", ", names.Take(5)) + (names.Count() > 5 ? $" and {names.Count() - 5} more" : "");
        var parts = new List<string>();
        if (lacks.Count > 0)
            parts.Add("it lacks " + Few(lacks));
        if (differs.Count > 0)
            parts.Add("it defines differently " + Few(differs));
        if (unknown.Count > 0)
            parts.Add("it has " + Few(unknown) + ", unknown to this build");
        // Schemas grow: a snapshot that only lacks what this build has comes from an older build.
        var which = unknown.Count == 0 && differs.Count == 0 ? "an older schema than" : "another schema than";
        throw new SnapshotRefusedException(
            $"the snapshot was built with {which} this build reads",
            $"{shownAs} was built with {which} this build reads: {string.Join("; ", parts)}. "
                + "Rebuild it with this build's ingest command (or run the build that made it)."
        );
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
