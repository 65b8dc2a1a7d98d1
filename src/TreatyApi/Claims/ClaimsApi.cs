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
            .WithResponseExample((db, _) => Example(db, "New START limits each side to 1,600 deployed warheads"));
        group.MapGet("/check", Get).WithName("checkClaimByQuery").WithSummary("Check a sentence against the sources (GET form)")
            .WithResponseExample((db, _) => Example(db, "New START limits each side to 1,550 deployed warheads"));
        return group;
    }

    private static ClaimCheck Example(Microsoft.Data.Sqlite.SqliteConnection db, string claim) =>
        ClaimChecker.Check(db, claim, new ClaimParser(Snapshot.LoadExtractor(db)).Parse(claim));

    public static Results<Ok<ClaimCheck>, ValidationProblem> Post(ClaimRequest body, Snapshot snapshot) => Check(body.Claim!, snapshot);

    public static Results<Ok<ClaimCheck>, ValidationProblem> Get([AsParameters] ClaimQuery query, Snapshot snapshot) => Check(query.Claim!, snapshot);

    private static Results<Ok<ClaimCheck>, ValidationProblem> Check(string claim, Snapshot snapshot) =>
        TypedResults.Ok(snapshot.Memo("claim\n" + claim, () =>
        {
            using var db = snapshot.Open();
            return ClaimChecker.Check(db, claim, snapshot.Claims.Parse(claim));
        }));
}
