using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Extraction;
using TreatyApi.Infrastructure;

namespace TreatyApi.Claims;

public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaims(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/claims").WithTags("Claims").ValidateRequests().ProducesProblem(500);
        group.MapPost("/check", Post).RequireRateLimiting(RateLimits.Post).ProducesProblem(429).WithName("checkClaim").WithSummary("Check a sentence against the sources")
            .WithDescription("Finds what the sentence asserts (a figure with its unit, a date, a quotation and its speaker) and answers supported, contradicted or unverifiable, with the evidence.")
            .Accepts<ClaimRequest>("application/json").ProducesProblem(415)
            .WithRequestExample("application/json", new System.Text.Json.Nodes.JsonObject { ["claim"] = "New START limits each side to 1,600 deployed warheads" })
            .WithResponseExample((db, today) => Example(db, "New START limits each side to 1,600 deployed warheads", today));
        group.MapGet("/check", Get).WithName("checkClaimByQuery").WithSummary("Check a sentence against the sources (GET form)")
            .WithResponseExample((db, today) => Example(db, "New START took effect on Feb. 5, 2011", today));
        return group;
    }

    private static ClaimCheck Example(Microsoft.Data.Sqlite.SqliteConnection db, string claim, DateOnly today) =>
        ClaimChecker.Check(db, claim, new ClaimParser(Snapshot.LoadExtractor(db)).Parse(claim), today);

    public static Results<Ok<ClaimCheck>, ValidationProblem> Post(ClaimRequest body, Snapshot snapshot, TimeProvider clock) =>
        Check(body.Claim!, snapshot, clock);

    public static Results<Ok<ClaimCheck>, ValidationProblem> Get([AsParameters] ClaimQuery query, Snapshot snapshot,
        TimeProvider clock) => Check(query.Claim!, snapshot, clock);

    // A status or membership is read on today's date, so the day is part of the memo's key.
    private static Results<Ok<ClaimCheck>, ValidationProblem> Check(string claim, Snapshot snapshot, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(snapshot.Memo($"claim\n{today.DayNumber}\n{claim}", () =>
        {
            using var db = snapshot.Open();
            return ClaimChecker.Check(db, claim, snapshot.Claims.Parse(claim), today);
        }));
    }
}
