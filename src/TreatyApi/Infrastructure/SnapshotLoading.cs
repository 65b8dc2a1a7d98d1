using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TreatyApi.Ingest;

namespace TreatyApi.Infrastructure;

/// <summary>The snapshot being served, once one is loaded. Readiness is "Current is not null".</summary>
public sealed class SnapshotHolder
{
    private volatile Snapshot? _current;
    public Snapshot? Current
    {
        get => _current;
        set => _current = value;
    }

    /// <summary>While none is loaded: why (what /health/ready says), or null while the first load runs.</summary>
    public string? Refusal { get; set; }
}

/// <summary>
/// The snapshot one request uses, taken once when the request starts: a request that runs across a switch to a
/// new snapshot answers wholly from the old one, never from a mix.
/// </summary>
public sealed class SnapshotLease(SnapshotHolder holder)
{
    public Snapshot? Snapshot { get; } = holder.Current;
}

/// <summary>Asked for while no snapshot is loaded: a 503 with Retry-After, not a 500.</summary>
public sealed class SnapshotUnavailableException(string? reason)
    : Exception("No snapshot is loaded: " + (reason ?? "not yet"))
{
    /// <summary>Why none is loaded (public: no paths), or null while the first load runs.</summary>
    public string? Reason { get; } = reason;
}

/// <summary>
/// Loads (and if needed builds) the snapshot when the host starts, then watches the file: when ingest renames a
/// new snapshot into place, the API switches to it without a restart. Each snapshot is served through a link of
/// its own (db.serving-PID-INSTANCE-ID), so that the rename never changes a file under an open or pooled connection.
/// Links are named by process and by loader, because several APIs may serve one database (two processes during
/// a deploy, several test hosts in one process): each removes only its own links, or those of processes gone.
/// Every file is checked before it is served (<see cref="SnapshotCheck"/>): if the first one is refused, the process
/// stays up and live but not ready, logs why, and tries again; a refused new file leaves the current one serving.
/// </summary>
internal sealed partial class SnapshotLoader(
    SnapshotHolder holder,
    IOptions<SnapshotOptions> options,
    TimeProvider clock,
    ILogger<SnapshotLoader> logger
) : BackgroundService
{
    private (DateTime, long, string?) _stamp;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        RemoveStaleLinks();
        TryLoad(build: true);
        return base.StartAsync(cancellationToken);
    }

    /// <summary>The link this loader served goes with it (open connections keep the bytes until they close).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (holder.Current is { } current)
        {
            try
            {
                File.Delete(current.Path);
            }
            catch (IOException) { }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.ReloadIntervalMs));
        var sinceTry = System.Diagnostics.Stopwatch.StartNew();
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            if (stoppingToken.IsCancellationRequested)
                break;
            var changed = Stamp() != _stamp;
            // Unready: try again as soon as the file changes (a copy renamed into place), and every 5 s regardless.
            if (holder.Current is null && (changed || sinceTry.Elapsed >= TimeSpan.FromSeconds(5)))
                TryLoad(build: true);
            else if (holder.Current is not null && changed)
                TryLoad(build: false);
            else
                continue;
            sinceTry.Restart();
        }
    }

    /// <summary>
    /// What tells a new file at the path. Its snapshot id too (one small read): another snapshot renamed into place
    /// may have the old one's length (snapshots are whole pages) and modification time (a copy that keeps times).
    /// </summary>
    private (DateTime, long, string?) Stamp()
    {
        var file = new FileInfo(options.Value.Database!);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length, Snapshot.IdAt(file.FullName)) : default;
    }

    private void TryLoad(bool build)
    {
        var path = options.Value.Database!;
        string? link = null;
        try
        {
            if (build)
                Snapshot.EnsureBuilt(options.Value, clock, logger);
            _stamp = Stamp();
            if (!File.Exists(path))
                throw SnapshotCheck.Missing(path);
            // Checked through its own link: the file at the path may be replaced again meanwhile; the link may not.
            link = ServingLink(path);
            var id = SnapshotCheck.Verify(link, path);
            var old = holder.Current;
            if (old?.Id == id)
            {
                File.Delete(link);
                return;
            }
            holder.Current = new Snapshot(link);
            holder.Refusal = null;
            _logged = null;
            if (old is null)
                logger.LogInformation("Serving snapshot {SnapshotId} from {Path}", id, path);
            else
            {
                logger.LogInformation("Switched from snapshot {Old} to {New}", old.Id, id);
                _ = RetireLater(old);
            }
        }
        catch (Exception e)
            when (e
                    is SnapshotRefusedException
                        or IngestException
                        or InvalidOperationException
                        or IOException
                        or SqliteException
            )
        {
            if (link is not null && holder.Current?.Path != link)
                TryDelete(link);
            if (holder.Current is { } current)
                logger.LogError(
                    "Still serving snapshot {SnapshotId}: the new file is refused: {Reason}",
                    current.Id,
                    e.Message
                );
            else
            {
                holder.Refusal = (e as SnapshotRefusedException)?.Reason ?? "the snapshot could not be loaded";
                // Tried again every few seconds: each reason is logged when it first appears, not on every try.
                if (_logged != e.Message)
                    logger.LogError("Not ready: snapshot not loaded: {Reason}", e.Message);
                _logged = e.Message;
            }
        }
    }

    private string? _logged;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException) { }
    }

    /// <summary>Requests that began on the old snapshot finish on it; then its link goes.</summary>
    private async Task RetireLater(Snapshot old)
    {
        await Task.Delay(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        SqliteConnection.ClearAllPools(); // idle connections only; those in use close when returned
        try
        {
            File.Delete(old.Path);
        }
        catch (IOException) { }
    }

    private int _links;

    private string ServingLink(string path)
    {
        var link = $"{path}.serving-{Environment.ProcessId}-{_instance}-{Interlocked.Increment(ref _links)}";
        if (File.Exists(link))
            File.Delete(link);
        // A hard link is instant and shares the bytes; where the file system has none, copy.
        if (link_unix(path, link) != 0)
            File.Copy(path, link, overwrite: true);
        return link;
    }

    private void RemoveStaleLinks()
    {
        var path = options.Value.Database!;
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir))
            return;
        foreach (var stale in Directory.EnumerateFiles(dir, Path.GetFileName(path) + ".serving-*"))
        {
            var pid = Path.GetFileName(stale).Split(".serving-")[^1].Split('-')[0];
            if (
                int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                && Processes.IsRunning(owner)
            )
                continue;
            try
            {
                File.Delete(stale);
            }
            catch (IOException) { }
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link_unix(string oldPath, string newPath);
}

public static class SnapshotServices
{
    public static IServiceCollection AddSnapshot(this IServiceCollection services, IConfiguration config)
    {
        services
            .AddOptions<SnapshotOptions>()
            .Bind(config.GetSection("TreatyApi"))
            .PostConfigure(o => o.ResolveDefaults());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SnapshotHolder>();
        services.AddHostedService<SnapshotLoader>();
        services.AddScoped<SnapshotLease>();
        services.AddScoped(sp =>
            sp.GetRequiredService<SnapshotLease>().Snapshot
            ?? throw new SnapshotUnavailableException(sp.GetRequiredService<SnapshotHolder>().Refusal)
        );
        return services;
    }
}
