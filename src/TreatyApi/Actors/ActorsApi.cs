using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Infrastructure;
using TreatyApi.Treaties;

namespace TreatyApi.Actors;

public static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/actors").WithTags("Actors").ValidateRequests().ProducesProblem(500);
        group
            .MapGet("", List)
            .Validate(new ActorListQueryValidator())
            .WithName("listActors")
            .WithSummary("List people, states, organisations and outlets")
            .WithResponseExample((db, _) => new ActorPage(ActorQueries.Page(db, null, null, false, 3), null));
        group
            .MapGet("/{slug}", Get)
            .Validate(new ActorRequestValidator())
            .WithName("getActor")
            .WithSummary("Get an actor with roles and statements")
            .ProducesProblem(404)
            .WithResponseExample((db, _) => ActorQueries.Detail(db, ActorQueries.MostQuoted(db)));
        group
            .MapGet("/{slug}/treaties", Treaties)
            .Validate(new StateTreatiesRequestValidator())
            .WithCsv<StateTreaty>("treaties")
            .WithName("listStateTreaties")
            .Produces(308)
            .ProducesProblem(404)
            .WithSummary("List a state's treaties and its status in each")
            .WithDescription(
                "Every catalogued treaty the state is an original party to or has an action in, with its status "
                    + "on `on` (today by default). An alias (Russian Federation) redirects to the slug; an actor that "
                    + "is not a "
                    + "state is a 404."
            )
            .WithResponseExample(
                (db, today) =>
                    new StateTreatyList(
                        "russia",
                        "Russia",
                        today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        PartyQueries.TreatiesOfState(db, "russia", today)
                    )
            );
        return group;
    }

    public static Results<Ok<StateTreatyList>, RedirectHttpResult, ProblemHttpResult> Treaties(
        [AsParameters] StateTreatiesRequest route,
        Snapshot snapshot,
        TimeProvider clock,
        HttpRequest request
    )
    {
        using var db = snapshot.Open();
        var slug = ActorQueries.Resolve(db, route.Slug);
        var state = slug is null ? null : ActorQueries.StateName(db, slug);
        if (slug is null || state is null)
            return Problems.NotFound("state", route.Slug);
        if (slug != route.Slug)
            return TypedResults.Redirect(
                $"{request.PathBase}/actors/{slug}/treaties{request.QueryString}",
                permanent: true,
                preserveMethod: true
            );
        var on = route.On?.Value ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(
            new StateTreatyList(
                slug,
                state,
                on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                PartyQueries.TreatiesOfState(db, slug, on)
            )
        );
    }

    public static Ok<ActorPage> List([AsParameters] ActorListQuery query, Snapshot snapshot, HttpRequest request)
    {
        var after = Paging.Key(request);
        var take = Paging.LimitOf(query.Limit);
        using var db = snapshot.Open();
        var items = ActorQueries.Page(db, query.Kind, after, CommonRules.Descending(query.Sort), take + 1);
        var next = Paging.Trim(items, take, request, x => x.Slug);
        return TypedResults.Ok(new ActorPage(items, next));
    }

    public static Results<Ok<ActorDetail>, ProblemHttpResult> Get([AsParameters] ActorRequest route, Snapshot snapshot)
    {
        using var db = snapshot.Open();
        return ActorQueries.Detail(db, route.Slug) is { } a
            ? TypedResults.Ok(a)
            : Problems.NotFound("actor", route.Slug);
    }
}
