using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
        var info = db.Query<(string Key, string Value)>("SELECT key, value FROM snapshot_info").ToDictionary(r => r.Key, r => r.Value);
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

    public static Extractor LoadExtractor(SqliteConnection db)
    {
        var info = db.Query<(string Key, string Value)>(
            "SELECT key, value FROM snapshot_info WHERE key IN ('catalog_treaties', 'catalog_actors')").ToDictionary(r => r.Key, r => r.Value);
        return new Extractor(Catalog.Parse(info["catalog_treaties"], info["catalog_actors"]));
    }

    public SqliteConnection Open()
    {
        var db = new SqliteConnection(_connectionString);
        db.Open();
        return db;
    }

    /// <summary>Builds the snapshot when it is missing or older than its inputs, then opens it.</summary>
    public static Snapshot EnsureBuilt(SnapshotOptions options, TimeProvider clock, ILogger logger)
    {
        var path = options.Database!;
        if (options.BuildOnStart)
        {
            var wanted = SnapshotBuilder.InputHash(options.Seeds!, options.Schema!);
            if (CurrentId(path) != wanted)
            {
                var report = SnapshotBuilder.Build(options.Seeds!, options.Schema!, path, clock);
                logger.LogInformation("Built snapshot {SnapshotId} from {Documents} documents in {Elapsed} ms",
                    report.SnapshotId, report.Documents.Count, (int)report.Elapsed.TotalMilliseconds);
            }
        }
        if (!File.Exists(path)) throw new InvalidOperationException($"No snapshot at {path}: run the ingest command first.");
        return new Snapshot(path);
    }

    private static string? CurrentId(string path)
    {
        if (!File.Exists(path)) return null;
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

/// <summary>The snapshot being served, once one is loaded. Readiness is "Current is not null".</summary>
public sealed class SnapshotHolder
{
    private volatile Snapshot? _current;
    public Snapshot? Current { get => _current; set => _current = value; }
}

/// <summary>Asked for while no snapshot is loaded: a 503 with Retry-After, not a 500.</summary>
public sealed class SnapshotUnavailableException() : Exception("No snapshot is loaded yet.");

/// <summary>
/// Loads (and if needed builds) the snapshot when the host starts. If that fails the process stays up and
/// live but not ready, logs why, and tries again every few seconds.
/// </summary>
internal sealed class SnapshotLoader(SnapshotHolder holder, IOptions<SnapshotOptions> options, TimeProvider clock, ILogger<SnapshotLoader> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        TryLoad();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (holder.Current is null && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            TryLoad();
        }
    }

    private void TryLoad()
    {
        try
        {
            holder.Current = Snapshot.EnsureBuilt(options.Value, clock, logger);
        }
        catch (Exception e) when (e is IngestException or InvalidOperationException or IOException or SqliteException)
        {
            logger.LogError("No snapshot loaded, not ready: {Reason}", e.Message);
        }
    }
}

public static class SnapshotServices
{
    public static IServiceCollection AddSnapshot(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<SnapshotOptions>().Bind(config.GetSection("TreatyApi")).PostConfigure(o => o.ResolveDefaults());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SnapshotHolder>();
        services.AddHostedService<SnapshotLoader>();
        services.AddTransient(sp => sp.GetRequiredService<SnapshotHolder>().Current ?? throw new SnapshotUnavailableException());
        return services;
    }
}
