using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TreatyApi.Claims;
using TreatyApi.Extraction;
using TreatyApi.Ingest;

namespace TreatyApi.Infrastructure;

/// <summary>
/// The snapshot being served: opened read-only, never written while served. Connections come from
/// Microsoft.Data.Sqlite's pool, so opening one per request is cheap.
/// </summary>
public sealed class Snapshot
{
    private readonly string _connectionString;

    public string Id { get; }
    public DateTimeOffset BuiltAt { get; }
    public string Path { get; }

    public Snapshot(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString();
        using var db = Open();
        var info = db.Query<(string Key, string Value)>("SELECT key, value FROM snapshot_info")
            .ToDictionary(r => r.Key, r => r.Value);
        Id = info["snapshot_id"];
        BuiltAt = DateTimeOffset.Parse(info["built_at"], System.Globalization.CultureInfo.InvariantCulture);
        _extractor = new Lazy<Extractor>(() =>
        {
            using var db = Open();
            return LoadExtractor(db);
        });
    }

    private readonly Lazy<Extractor> _extractor;

    /// <summary>The extractor over the catalog this snapshot was built from (for /extract and claim checks).</summary>
    public Extractor Extractor => _extractor.Value;
    public ClaimParser Claims => new(_extractor.Value);

    /// <summary>What claim checks read whole from this snapshot, read once (see <see cref="ClaimReads"/>).</summary>
    public ClaimReads ClaimReads { get; } = new();

    public static Extractor LoadExtractor(SqliteConnection db)
    {
        var info = db.Query<(string Key, string Value)>(
                """
                SELECT key, value FROM snapshot_info
                WHERE key IN ('catalog_treaties', 'catalog_actors', 'catalog_limits', 'catalog_actions')
                """
            )
            .ToDictionary(r => r.Key, r => r.Value);
        return new Extractor(
            Catalog.Parse(
                info["catalog_treaties"],
                info["catalog_actors"],
                info.GetValueOrDefault("catalog_limits"),
                info.GetValueOrDefault("catalog_actions")
            )
        );
    }

    private const int MaxMemos = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _memos = new(
        StringComparer.Ordinal
    );

    /// <summary>
    /// An answer computed from this snapshot alone (a claim check) is the same every time: compute it once.
    /// Bounded: past <see cref="MaxMemos"/> entries, answers are computed but not kept.
    /// </summary>
    public T Memo<T>(string key, Func<T> compute)
        where T : class
    {
        if (_memos.TryGetValue(key, out var known))
            return (T)known;
        var value = compute();
        if (_memos.Count < MaxMemos)
            _memos.TryAdd(key, value);
        return value;
    }

    public SqliteConnection Open()
    {
        var db = new SqliteConnection(_connectionString);
        db.Open();
        // Pages read through a memory map instead of a system call and a copy each: a query that visits thousands of
        // rows spread over the file (a claim check on a large corpus) took twice the CPU without it. Safe because a
        // served snapshot is never written (a new one replaces it by rename). Set once per native connection: the
        // pool hands the same one out again with the setting kept, and preparing the statement on every open was a
        // tenth of a distinct claim's check.
        if (_mapped.TryAdd(db.Handle!, Mapped))
        {
            using var mmap = db.CreateCommand();
            mmap.CommandText = MemoryMap;
            mmap.ExecuteNonQuery();
        }
        return db;
    }

    // The native connections whose memory map is set; an entry goes when the pool drops its connection.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _mapped = new();
    private static readonly object Mapped = new();

    private const string MemoryMap = "PRAGMA mmap_size = 1073741824";

    /// <summary>Builds the snapshot when it is missing or older than its inputs (if allowed to).</summary>
    public static void EnsureBuilt(SnapshotOptions options, TimeProvider clock, ILogger logger)
    {
        var path = options.Database!;
        if (options.BuildOnStart)
        {
            var wanted = SnapshotBuilder.InputHash(options.Seeds!, options.Schema!);
            // A file with the wanted id may still be cut short or damaged (a copy): rebuild that too.
            if (IdAt(path) != wanted || !Sound(path))
            {
                var report = SnapshotBuilder.Build(options.Seeds!, options.Schema!, path, clock);
                logger.LogInformation(
                    "Built snapshot {SnapshotId} from {Documents} documents in {Elapsed} ms",
                    report.SnapshotId,
                    report.Documents.Count,
                    (int)report.Elapsed.TotalMilliseconds
                );
            }
        }
    }

    private static bool Sound(string path)
    {
        try
        {
            SnapshotCheck.Verify(path, path);
            return true;
        }
        catch (SnapshotRefusedException)
        {
            return false;
        }
    }

    /// <summary>The id of the snapshot file at a path; null when there is none or it cannot be read.</summary>
    public static string? IdAt(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            db.Open();
            return db.QueryFirstOrDefault<string>("SELECT value FROM snapshot_info WHERE key = 'snapshot_id'");
        }
        catch (SqliteException)
        {
            return null; // not a snapshot we can read: rebuild it
        }
    }
}
