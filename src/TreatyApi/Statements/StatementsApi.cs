using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Actors;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;
using TreatyApi.Treaties;

namespace TreatyApi.Statements;

public sealed record StatementPage(IReadOnlyList<Statement> Items, string? Next);

public static class StatementsApi
{
    public static RouteGroupBuilder MapStatements(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/statements").WithTags("Statements").ValidateRequests().ProducesProblem(500);
        group
            .MapGet("", List)
            .Validate(new StatementQueryValidator())
            .WithCsv<Statement>("statements")
            .WithName("listStatements")
            .WithSummary("List statements, filtered by speaker, treaty and date")
            .WithDescription("Ordered by date, then id. A speaker or treaty that matches nothing gives an empty page.")
            .WithResponseExample(
                (db, _) => new StatementPage(FactQueries.StatementPage(db, null, null, null, null, null, 2), null)
            );
        group
            .MapGet("/{id}", Get)
            .Validate(new StatementRequestValidator())
            .WithName("getStatement")
            .WithSummary("Get one statement with its speakers and source")
            .ProducesProblem(404)
            .WithResponseExample(
                (db, _) => FactQueries.StatementPage(db, null, null, null, null, null, 1).FirstOrDefault()
            );
        return group;
    }

    public static Ok<StatementPage> List([AsParameters] StatementQuery query, Snapshot snapshot, HttpRequest request)
    {
        using var db = snapshot.Open();
        var after = Paging.Key(request);
        var take = Paging.LimitOf(query.Limit);
        // An unknown name resolves to itself and so matches nothing: an empty page, not everything.
        var speaker = query.Speaker is null ? null : ActorQueries.Resolve(db, query.Speaker) ?? query.Speaker;
        var treaty = query.Treaty is null ? null : TreatyQueries.Resolve(db, query.Treaty) ?? query.Treaty;
        var items = FactQueries.StatementPage(
            db,
            speaker,
            treaty,
            query.From?.ToString(),
            query.To?.ToString(),
            after,
            take + 1,
            CommonRules.Descending(query.Sort)
        );
        var next = Paging.Trim(items, take, request, x => FactQueries.PageKey(x));
        return TypedResults.Ok(new StatementPage(items, next));
    }

    public static Results<Ok<Statement>, ProblemHttpResult> Get(
        [AsParameters] StatementRequest route,
        Snapshot snapshot
    )
    {
        using var db = snapshot.Open();
        return FactQueries.StatementById(db, route.Id) is { } s
            ? TypedResults.Ok(s)
            : Problems.NotFound("statement", route.Id);
    }
}
