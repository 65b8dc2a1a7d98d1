using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Infrastructure;

namespace TreatyApi.Actors;

public static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/actors").WithTags("Actors").ValidateRequests().ProducesProblem(500);
        group.MapGet("", List).WithName("listActors").WithSummary("List people, states, organisations and outlets")
            .WithResponseExample((db, _) => new ActorPage(ActorQueries.Page(db, null, null, false, 3), null));
        group.MapGet("/{slug}", Get).WithName("getActor").WithSummary("Get an actor with roles and statements")
            .ProducesProblem(404)
            .WithResponseExample((db, _) => ActorQueries.Detail(db, ActorQueries.MostQuoted(db)));
        return group;
    }

    public static Results<Ok<ActorPage>, ValidationProblem> List([AsParameters] ActorListQuery query, Snapshot snapshot, HttpRequest request)
    {
        var after = Paging.Key(request);
        var take = Paging.LimitOf(query.Limit);
        using var db = snapshot.Open();
        var items = ActorQueries.Page(db, query.Kind, after, CommonRules.Descending(query.Sort), take + 1);
        var next = Paging.Trim(items, take, request, x => x.Slug);
        return TypedResults.Ok(new ActorPage(items, next));
    }

    public static Results<Ok<ActorDetail>, ProblemHttpResult, ValidationProblem> Get([AsParameters] ActorRequest route, Snapshot snapshot)
    {
        using var db = snapshot.Open();
        return ActorQueries.Detail(db, route.Slug) is { } a ? TypedResults.Ok(a) : Problems.NotFound("actor", route.Slug);
    }
}
