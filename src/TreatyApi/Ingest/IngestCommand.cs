using Microsoft.Extensions.Options;
using TreatyApi.Infrastructure;

namespace TreatyApi.Ingest;

/// <summary>`dotnet run --project src/TreatyApi -- ingest`: builds the snapshot for deployment and reports per
/// document.</summary>
public static class IngestCommand
{
    public static int Run(string[] args)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var options = new SnapshotOptions();
        config.GetSection("TreatyApi").Bind(options);
        try
        {
            // Ingest always builds, whatever BuildOnStart says for a serving instance: it needs seeds/ and db/.
            options.BuildOnStart = true;
            options.ResolveDefaults();
            var report = SnapshotBuilder.Build(options.Seeds!, options.Schema!, options.Database!, TimeProvider.System);
            Console.WriteLine(
                $"{"document", -40} {"treaties", 8} {"limits", 6} {"deadlines", 9} {"statements", 10} {"events", 6}"
            );
            foreach (var d in report.Documents)
                Console.WriteLine(
                    $"{d.Id, -40} {d.Treaties, 8} {d.Limits, 6} {d.Deadlines, 9} {d.Statements, 10} {d.Events, 6}"
                );
            Console.WriteLine(
                $"snapshot {report.SnapshotId}: {report.Documents.Count} documents in "
                    + $"{report.Elapsed.TotalMilliseconds:0} ms -> {options.Database}"
            );
            return 0;
        }
        catch (Exception e) when (e is IngestException or InvalidOperationException or IOException)
        {
            Console.Error.WriteLine($"ingest failed: {e.Message}");
            return 1;
        }
    }
}
