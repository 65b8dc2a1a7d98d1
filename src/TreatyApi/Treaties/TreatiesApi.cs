using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;

namespace TreatyApi.Treaties;

public static class TreatiesApi
{
    public static RouteGroupBuilder MapTreaties(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/treaties").WithTags("Treaties").ValidateRequests().ProducesProblem(500);

        group.MapGet("", List).WithName("listTreaties").WithSummary("List treaties")
            .WithDescription("Catalogued treaties and those met in documents, by slug, with their derived status.")
            .WithResponseExample((db, today) => new TreatyPage(TreatyQueries.Page(db, null, false, 3, today), null));
        var one = group.MapGroup("/{slug}").ProducesProblem(404);
        one.MapGet("", Get).WithName("getTreaty").Produces(308).WithSummary("Get a treaty with its limits, deadlines and statements")
            .WithDescription("An alias (`/treaties/New%20START`) answers 308 to the canonical URL.")
            .WithResponseExample((db, today) => TreatyQueries.Detail(db, TreatyQueries.Richest(db), today));
        one.MapGet("/limits", Limits).WithCsv<Limit>("limits").WithName("listTreatyLimits").Produces(308).WithSummary("List a treaty's numeric limits")
            .WithResponseExample((db, _) => new LimitList(TreatyQueries.Richest(db), FactQueries.LimitsOfTreaty(db, TreatyQueries.Richest(db)), null));
        one.MapGet("/deadlines", Deadlines).WithCsv<Deadline>("deadlines").WithName("listTreatyDeadlines").Produces(308).WithSummary("List a treaty's deadlines")
            .WithResponseExample((db, _) => new DeadlineList(TreatyQueries.Richest(db), FactQueries.DeadlinesOfTreaty(db, TreatyQueries.Richest(db)), null));
        one.MapGet("/statements", Statements).WithCsv<Statement>("statements").WithName("listTreatyStatements").Produces(308)
            .WithSummary("List statements in documents that mention the treaty")
            .WithResponseExample((db, _) => new StatementList(TreatyQueries.Richest(db), FactQueries.StatementsOfTreaty(db, TreatyQueries.Richest(db), 0, 2), null));
        one.MapGet("/parties", Parties).WithCsv<PartyStatus>("parties").WithName("listTreatyParties").Produces(308)
            .WithSummary("List each state's status in a treaty on a day")
            .WithDescription("Derived from the catalog's state actions and the treaty's dates for `on` (today by default).")
            .WithResponseExample((db, today) => PartyQueries.Parties(db, "ctbt", today));
        one.MapGet("/timeline", Timeline).WithCsv<TimelineItem>("timeline").WithName("listTreatyTimeline").Produces(308)
            .WithSummary("List a treaty's dated events in date order, each with its source")
            .WithDescription("Catalog dates, state actions, treaty-text limits due, and the deadlines, events and statements " +
                "of the documents that mention the treaty. On one day: treaty dates, state actions, limits due, deadlines, " +
                "events, statements, each then by id.")
            .WithResponseExample((db, _) => new TimelineList("inf",
                TimelineQueries.Page(db, "inf", null, 5).Select(x => x.Item).ToList(), null));
        return group;
    }

    public static Results<Ok<PartyList>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> Parties(
        [AsParameters] TreatyPartiesRequest route, Snapshot snapshot, TimeProvider clock, HttpRequest request)
    {
        using var db = snapshot.Open();
        if (Canonical(db, route.Slug, request) is { } outcome) return outcome.AsList<PartyList>();
        var on = route.On is null ? Today(clock) : DateOnly.ParseExact(route.On, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(PartyQueries.Parties(db, route.Slug, on)!);
    }

    public static Results<Ok<TimelineList>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> Timeline(
        [AsParameters] TreatyFactsRequest route, Snapshot snapshot, HttpRequest request)
    {
        using var db = snapshot.Open();
        if (Canonical(db, route.Slug, request) is { } outcome) return outcome.AsList<TimelineList>();
        var take = Paging.LimitOf(route.Limit);
        var page = TimelineQueries.Page(db, route.Slug, TimelineQueries.After.Parse(Paging.Key(request)), take + 1);
        var next = Paging.Trim(page, take, request, x => x.Key);
        return TypedResults.Ok(new TimelineList(route.Slug, page.Select(x => x.Item).ToList(), next));
    }

    public static Results<Ok<TreatyPage>, ValidationProblem> List([AsParameters] TreatyListQuery query, Snapshot snapshot,
        TimeProvider clock, HttpRequest request)
    {
        var after = Paging.Key(request);
        var take = Paging.LimitOf(query.Limit);
        using var db = snapshot.Open();
        var items = TreatyQueries.Page(db, after, CommonRules.Descending(query.Sort), take + 1, Today(clock));
        var next = Paging.Trim(items, take, request, x => x.Slug);
        return TypedResults.Ok(new TreatyPage(items, next));
    }

    public static Results<Ok<TreatyDetail>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> Get(
        [AsParameters] TreatyRequest route, Snapshot snapshot, TimeProvider clock, HttpRequest request)
    {
        using var db = snapshot.Open();
        if (Canonical(db, route.Slug, request) is { } outcome) return outcome.AsGet();
        return TypedResults.Ok(TreatyQueries.Detail(db, route.Slug, Today(clock))!);
    }

    public static Results<Ok<LimitList>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> Limits(
        [AsParameters] TreatyFactsRequest route, Snapshot snapshot, HttpRequest request) =>
        FactPage(route, snapshot, request, FactQueries.LimitsOfTreaty, (slug, items, next) => new LimitList(slug, items, next));

    public static Results<Ok<DeadlineList>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> Deadlines(
        [AsParameters] TreatyFactsRequest route, Snapshot snapshot, HttpRequest request) =>
        FactPage(route, snapshot, request, FactQueries.DeadlinesOfTreaty, (slug, items, next) => new DeadlineList(slug, items, next));

    public static Results<Ok<StatementList>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> Statements(
        [AsParameters] TreatyFactsRequest route, Snapshot snapshot, HttpRequest request) =>
        FactPage(route, snapshot, request, FactQueries.StatementsOfTreaty, (slug, items, next) => new StatementList(slug, items, next));

    /// <summary>One page of a treaty's facts of one kind, paged by position; an alias redirects first.</summary>
    private static Results<Ok<TList>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> FactPage<TItem, TList>(
        TreatyFactsRequest route, Snapshot snapshot, HttpRequest request,
        Func<Microsoft.Data.Sqlite.SqliteConnection, string, int, int, List<TItem>> query, Func<string, List<TItem>, string?, TList> page)
    {
        using var db = snapshot.Open();
        if (Canonical(db, route.Slug, request) is { } outcome) return outcome.AsList<TList>();
        var (offset, take) = (Paging.OffsetOf(Paging.Key(request)), Paging.LimitOf(route.Limit));
        var items = query(db, route.Slug, offset, take + 1);
        return TypedResults.Ok(page(route.Slug, items, Paging.Trim(items, take, request, _ => Paging.OffsetKey(offset + take))));
    }

    /// <summary>Null when the slug is canonical; else a 308 to the canonical URL, or a 404.</summary>
    private static NotCanonical? Canonical(Microsoft.Data.Sqlite.SqliteConnection db, string slug, HttpRequest request)
    {
        var canonical = TreatyQueries.Resolve(db, slug);
        if (canonical == slug) return null;
        if (canonical is null) return new NotCanonical(null, Problems.NotFound("treaty", slug));
        // Keep the sub-resource and the query: /treaties/New%20START/limits → /treaties/new-start/limits.
        var rest = request.Path.Value![(request.Path.Value!.IndexOf('/', 1) + 1)..];
        var tail = rest.Contains('/') ? rest[rest.IndexOf('/')..] : "";
        return new NotCanonical(TypedResults.Redirect($"{request.PathBase}/treaties/{canonical}{tail}{request.QueryString}",
            permanent: true, preserveMethod: true), null);
    }

    private sealed record NotCanonical(RedirectHttpResult? Redirect, ProblemHttpResult? Problem)
    {
        public Results<Ok<TreatyDetail>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> AsGet() =>
            Redirect is not null ? Redirect : Problem!;
        public Results<Ok<T>, RedirectHttpResult, ProblemHttpResult, ValidationProblem> AsList<T>() =>
            Redirect is not null ? Redirect : Problem!;
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
