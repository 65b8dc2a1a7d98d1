using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;

namespace TreatyApi.Treaties;

public static class TreatiesApi
{
    public static RouteGroupBuilder MapTreaties(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/treaties").WithTags("Treaties").ValidateRequests().ProducesProblem(500);

        group
            .MapGet("", List)
            .Validate(new TreatyListQueryValidator())
            .WithName("listTreaties")
            .WithSummary("List treaties")
            .WithDescription("Catalogued treaties and those met in documents, by slug, with their derived status.")
            .WithResponseExample((db, today) => new TreatyPage(TreatyQueries.Page(db, null, false, 3, today), null));

        // Every handler below is given a canonical slug of a treaty that exists (CanonicalSlug).
        var one = group
            .MapGroup("/{slug}")
            .AddEndpointFilter(CanonicalSlug)
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status308PermanentRedirect, typeof(void)))
            .ProducesProblem(404);
        one.MapGet("", Get)
            .Validate(new TreatyRequestValidator())
            .WithName("getTreaty")
            .WithSummary("Get a treaty with its limits, deadlines and statements")
            .WithDescription("An alias (`/treaties/New%20START`) answers 308 to the canonical URL.")
            .WithResponseExample((db, today) => TreatyQueries.Detail(db, TreatyQueries.Richest(db), today));
        one.MapGet("/limits", Limits)
            .Validate(new TreatyFactsRequestValidator())
            .WithCsv<Limit>("limits")
            .WithName("listTreatyLimits")
            .WithSummary("List a treaty's numeric limits")
            .WithResponseExample(
                (db, _) =>
                    new LimitList(
                        TreatyQueries.Richest(db),
                        FactQueries.LimitsOfTreaty(db, TreatyQueries.Richest(db)),
                        null
                    )
            );
        one.MapGet("/deadlines", Deadlines)
            .Validate(new TreatyFactsRequestValidator())
            .WithCsv<Deadline>("deadlines")
            .WithName("listTreatyDeadlines")
            .WithSummary("List a treaty's deadlines")
            .WithResponseExample(
                (db, _) =>
                    new DeadlineList(
                        TreatyQueries.Richest(db),
                        FactQueries.DeadlinesOfTreaty(db, TreatyQueries.Richest(db)),
                        null
                    )
            );
        one.MapGet("/statements", Statements)
            .Validate(new TreatyFactsRequestValidator())
            .WithCsv<Statement>("statements")
            .WithName("listTreatyStatements")
            .WithSummary("List statements in documents that mention the treaty")
            .WithResponseExample(
                (db, _) =>
                    new StatementList(
                        TreatyQueries.Richest(db),
                        FactQueries.StatementsOfTreaty(db, TreatyQueries.Richest(db), 0, 2),
                        null
                    )
            );
        one.MapGet("/parties", Parties)
            .Validate(new TreatyPartiesRequestValidator())
            .WithCsv<PartyStatus>("parties")
            .WithName("listTreatyParties")
            .WithSummary("List each state's status in a treaty on a day")
            .WithDescription(
                "Derived from the catalog's state actions and the treaty's dates for `on` (today by default)."
            )
            .WithResponseExample((db, today) => PartyQueries.Parties(db, "ctbt", today));
        one.MapGet("/timeline", Timeline)
            .Validate(new TreatyFactsRequestValidator())
            .WithCsv<TimelineItem>("timeline")
            .WithName("listTreatyTimeline")
            .WithSummary("List a treaty's dated events in date order, each with its source")
            .WithDescription(
                "Catalog dates, state actions, treaty-text limits due, and the deadlines, events and statements "
                    + "of the documents that mention the treaty. On one day: treaty dates, state actions, limits due, "
                    + "deadlines, events, statements, each then by id."
            )
            .WithResponseExample(
                (db, _) =>
                    new TimelineList("inf", TimelineQueries.Page(db, "inf", null, 5).Select(x => x.Item).ToList(), null)
            );
        return group;
    }

    public static Ok<PartyList> Parties(
        [AsParameters] TreatyPartiesRequest route,
        Snapshot snapshot,
        TimeProvider clock
    )
    {
        using var db = snapshot.Open();
        return TypedResults.Ok(PartyQueries.Parties(db, route.Slug, route.On?.Value ?? Today(clock))!);
    }

    public static Ok<TimelineList> Timeline(
        [AsParameters] TreatyFactsRequest route,
        Snapshot snapshot,
        HttpRequest request
    )
    {
        using var db = snapshot.Open();
        var take = Paging.LimitOf(route.Limit);
        var page = TimelineQueries.Page(db, route.Slug, TimelineQueries.After.Parse(Paging.Key(request)), take + 1);
        var next = Paging.Trim(page, take, request, x => x.Key);
        return TypedResults.Ok(new TimelineList(route.Slug, page.Select(x => x.Item).ToList(), next));
    }

    public static Ok<TreatyPage> List(
        [AsParameters] TreatyListQuery query,
        Snapshot snapshot,
        TimeProvider clock,
        HttpRequest request
    )
    {
        var after = Paging.Key(request);
        var take = Paging.LimitOf(query.Limit);
        using var db = snapshot.Open();
        var items = TreatyQueries.Page(db, after, CommonRules.Descending(query.Sort), take + 1, Today(clock));
        var next = Paging.Trim(items, take, request, x => x.Slug);
        return TypedResults.Ok(new TreatyPage(items, next));
    }

    public static Ok<TreatyDetail> Get([AsParameters] TreatyRequest route, Snapshot snapshot, TimeProvider clock)
    {
        using var db = snapshot.Open();
        return TypedResults.Ok(TreatyQueries.Detail(db, route.Slug, Today(clock))!);
    }

    public static Ok<LimitList> Limits(
        [AsParameters] TreatyFactsRequest route,
        Snapshot snapshot,
        HttpRequest request
    ) =>
        FactPage(route, snapshot, request, FactQueries.LimitsOfTreaty, (slug, items, next) =>
            new LimitList(slug, items, next)
        );

    public static Ok<DeadlineList> Deadlines(
        [AsParameters] TreatyFactsRequest route,
        Snapshot snapshot,
        HttpRequest request
    ) =>
        FactPage(route, snapshot, request, FactQueries.DeadlinesOfTreaty, (slug, items, next) =>
            new DeadlineList(slug, items, next)
        );

    public static Ok<StatementList> Statements(
        [AsParameters] TreatyFactsRequest route,
        Snapshot snapshot,
        HttpRequest request
    ) =>
        FactPage(route, snapshot, request, FactQueries.StatementsOfTreaty, (slug, items, next) =>
            new StatementList(slug, items, next)
        );

    /// <summary>One page of a treaty's facts of one kind, paged by position.</summary>
    private static Ok<TList> FactPage<TItem, TList>(
        TreatyFactsRequest route,
        Snapshot snapshot,
        HttpRequest request,
        Func<SqliteConnection, string, int, int, List<TItem>> query,
        Func<string, List<TItem>, string?, TList> page
    )
    {
        using var db = snapshot.Open();
        var (offset, take) = (Paging.OffsetOf(Paging.Key(request)), Paging.LimitOf(route.Limit));
        var items = query(db, route.Slug, offset, take + 1);
        var next = Paging.Trim(items, take, request, _ => Paging.OffsetKey(offset + take));
        return TypedResults.Ok(page(route.Slug, items, next));
    }

    /// <summary>
    /// The filter on the <c>/treaties/{slug}</c> group, run after the request is validated and before any handler:
    /// an alias (<c>/treaties/New%20START/limits?limit=5</c>) answers 308 to the canonical URL, keeping the
    /// sub-resource and the query (<c>/treaties/new-start/limits?limit=5</c>); an unknown slug answers 404. So
    /// every handler behind it is given a canonical slug of a treaty that exists.
    /// </summary>
    private static async ValueTask<object?> CanonicalSlug(
        EndpointFilterInvocationContext ctx,
        EndpointFilterDelegate next
    )
    {
        var http = ctx.HttpContext;
        var slug = (string)http.GetRouteValue("slug")!;
        string? canonical;
        using (var db = http.RequestServices.GetRequiredService<Snapshot>().Open())
            canonical = TreatyQueries.Resolve(db, slug);
        if (canonical == slug)
            return await next(ctx);
        if (canonical is null)
            return Problems.NotFound("treaty", slug);
        var request = http.Request;
        // The path after /treaties/{slug}: "" or "/limits".
        var rest = request.Path.Value![("/treaties/".Length)..];
        var tail = rest.Contains('/') ? rest[rest.IndexOf('/')..] : "";
        var location = $"{request.PathBase}/treaties/{canonical}{tail}{request.QueryString}";
        return TypedResults.Redirect(location, permanent: true, preserveMethod: true);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
