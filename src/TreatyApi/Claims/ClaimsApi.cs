using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Extraction;
using TreatyApi.Infrastructure;

namespace TreatyApi.Claims;

public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaims(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/claims").WithTags("Claims").ValidateRequests().ProducesProblem(500);
        group
            .MapPost("/check", Post)
            .Validate(new ClaimRequestValidator())
            .RequireRateLimiting(RateLimits.Post)
            .ProducesProblem(429)
            .WithName("checkClaim")
            .WithSummary("Check a sentence against the sources")
            .WithDescription(
                "Reads the sentence into aspects (a limit, a deadline, a treaty date of a named kind, a status, a "
                    + "membership, a quotation, a paraphrase, a meeting, an attribution), checks each against facts of "
                    + "the same kind "
                    + "only, and answers contradicted if any aspect is, supported only if every aspect is, else "
                    + "unverifiable; each "
                    + "aspect with its explanation and evidence. A question, another language, a sentence with no "
                    + "words or about a "
                    + "treaty the catalog does not know is unverifiable with the reason; over 2,000 characters is a "
                    + "400. "
                    + ClaimDocs.Kinds
            )
            .Accepts<ClaimRequest>("application/json")
            .ProducesProblem(415)
            .WithRequestExample("application/json", new System.Text.Json.Nodes.JsonObject { ["claim"] = MultiAspect })
            .WithResponseExample((db, today) => Example(db, MultiAspect, today));
        group
            .MapGet("/check", Get)
            .Validate(new ClaimQueryValidator())
            .WithName("checkClaimByQuery")
            .WithSummary("Check a sentence against the sources (GET form)")
            .WithResponseExample((db, today) => Example(db, "Peskov described the dialogue as confrontational", today));
        return group;
    }

    // Three aspects in one sentence: a treaty date (supported), a limit (contradicted), an attribution (unverifiable).
    private const string MultiAspect =
        "Obama said New START, which took effect on Feb. 5, 2011, limits each side to 1,600 warheads";

    private static ClaimCheck Example(Microsoft.Data.Sqlite.SqliteConnection db, string claim, DateOnly today) =>
        ClaimChecker.Check(
            db,
            new ClaimReads(),
            claim,
            new ClaimParser(Snapshot.LoadExtractor(db)).Parse(claim),
            today
        );

    public static Ok<ClaimCheck> Post(ClaimRequest body, Snapshot snapshot, TimeProvider clock) =>
        Check(body.Claim!, snapshot, clock);

    public static Ok<ClaimCheck> Get([AsParameters] ClaimQuery query, Snapshot snapshot, TimeProvider clock) =>
        Check(query.Claim!, snapshot, clock);

    // A status or membership is read on today's date, so the day is part of the memo's key.
    private static Ok<ClaimCheck> Check(string claim, Snapshot snapshot, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(snapshot.Memo($"claim\n{today.DayNumber}\n{claim}", () =>
            {
                using var db = snapshot.Open();
                return ClaimChecker.Check(db, snapshot.ClaimReads, claim, snapshot.Claims.Parse(claim), today);
            }));
    }
}
