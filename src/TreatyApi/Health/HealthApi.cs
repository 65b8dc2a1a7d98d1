using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Infrastructure;

namespace TreatyApi.Health;

public sealed record HealthCounts(
    long Documents,
    long Treaties,
    long Actors,
    long Limits,
    long Deadlines,
    long Statements,
    long Events
);

public sealed record Liveness(string Status);

public sealed record HealthReport(string Status, string SnapshotId, DateTimeOffset BuiltAt, HealthCounts Counts);

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", Live)
            .WithTags("Health")
            .WithName("getLiveness")
            .TakesNoParameters()
            .ValidateRequests()
            .ProducesProblem(500)
            .WithSummary("Liveness: the process answers (200 even while no snapshot is loaded)")
            .WithResponseExample((_, _) => new Liveness("live"));
        app.MapGet("/health/ready", Get)
            .WithTags("Health")
            .WithName("getReadiness")
            .TakesNoParameters()
            .ValidateRequests()
            .ProducesProblem(500)
            .ProducesProblem(503)
            .WithSummary("Readiness: 200 with the snapshot's id, build time and counts; 503 while none is loaded")
            .WithResponseExample(
                (db, today) =>
                    new HealthReport(
                        "ok",
                        "0123456789abcdef",
                        new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                        Counts(db)
                    )
            );
        app.MapGet("/health", Get)
            .WithTags("Health")
            .WithName("getHealth")
            .TakesNoParameters()
            .ValidateRequests()
            .ProducesProblem(500)
            .ProducesProblem(503)
            .WithSummary("Snapshot id, build time and counts (the same as /health/ready)")
            // Real counts; the id and time are placeholders, since they change with every build.
            .WithResponseExample(
                (db, today) =>
                    new HealthReport(
                        "ok",
                        "0123456789abcdef",
                        new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                        Counts(db)
                    )
            );
        return app;
    }

    public static Ok<Liveness> Live() => TypedResults.Ok(new Liveness("live"));

    public static Ok<HealthReport> Get(Snapshot snapshot)
    {
        using var db = snapshot.Open();
        return TypedResults.Ok(new HealthReport("ok", snapshot.Id, snapshot.BuiltAt, Counts(db)));
    }

    private static HealthCounts Counts(Microsoft.Data.Sqlite.SqliteConnection db) =>
        db.QuerySingle<HealthCounts>(
            """
            SELECT (SELECT count(*) FROM documents) AS Documents, (SELECT count(*) FROM treaties) AS Treaties,
                   (SELECT count(*) FROM actors) AS Actors, (SELECT count(*) FROM limits) AS Limits,
                   (SELECT count(*) FROM deadlines) AS Deadlines, (SELECT count(*) FROM statements) AS Statements,
                   (SELECT count(*) FROM events) AS Events
            """
        );
}
