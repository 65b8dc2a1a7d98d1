namespace TreatyApi.Infrastructure;

/// <summary>
/// Where the snapshot and its inputs live. Defaults are found from the repository root (the folder with
/// seeds/ and db/ above the working directory or the binaries), so `dotnet run` works from a fresh clone.
/// Override with TreatyApi__Seeds, TreatyApi__Schema, TreatyApi__Database.
/// </summary>
public sealed class SnapshotOptions
{
    public string? Seeds { get; set; }
    public string? Schema { get; set; }
    public string? Database { get; set; }

    /// <summary>Build the snapshot on start when it is missing or its inputs changed.</summary>
    public bool BuildOnStart { get; set; } = true;

    /// <summary>How often to look for a new snapshot renamed into place by ingest, in milliseconds.</summary>
    public int ReloadIntervalMs { get; set; } = 2000;

    public void ResolveDefaults()
    {
        var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
        Seeds ??= root is null ? null : Path.Combine(root, "seeds");
        Schema ??= root is null ? null : Path.Combine(root, "db");
        Database ??= root is null ? null : Path.Combine(root, "db", "treatyapi.db");
        // An instance that only serves copied snapshots (BuildOnStart false) needs no seeds/ or db/ beside it.
        if (Database is null || (BuildOnStart && (Seeds is null || Schema is null)))
            throw new InvalidOperationException(
                "Cannot find seeds/ and db/: run from the repository, or set TreatyApi__Seeds, TreatyApi__Schema and "
                    + "TreatyApi__Database."
            );
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (
                Directory.Exists(Path.Combine(dir.FullName, "seeds", "documents"))
                && Directory.Exists(Path.Combine(dir.FullName, "db"))
            )
                return dir.FullName;
        return null;
    }
}
