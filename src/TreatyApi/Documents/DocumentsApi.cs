using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;

namespace TreatyApi.Documents;

public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/documents").WithTags("Documents").ValidateRequests().ProducesProblem(500);
        group
            .MapGet("", List)
            .Validate(new DocumentListQueryValidator())
            .WithName("listDocuments")
            .WithSummary("List source documents")
            .WithResponseExample((db, _) => new DocumentPage(Page(db, null, false, 2), null));
        group
            .MapGet("/{id}", Get)
            .Validate(new DocumentRequestValidator())
            .WithName("getDocument")
            .WithSummary("Get a document's text and every fact found in it")
            .ProducesProblem(404)
            .WithResponseExample(
                (db, _) => Page(db, null, false, 1).FirstOrDefault() is { } d ? Detail(db, d.Id) : null
            );
        return group;
    }

    public static Ok<DocumentPage> List([AsParameters] DocumentListQuery query, Snapshot snapshot, HttpRequest request)
    {
        var after = Paging.Key(request);
        var take = Paging.LimitOf(query.Limit);
        var afterId = after;
        using var db = snapshot.Open();
        var items = Page(db, afterId, CommonRules.Descending(query.Sort), take + 1);
        var next = Paging.Trim(items, take, request, x => x.Id);
        return TypedResults.Ok(new DocumentPage(items, next));
    }

    private static List<DocumentSummary> Page(
        Microsoft.Data.Sqlite.SqliteConnection db,
        string? afterId,
        bool desc,
        int take
    ) =>
        db.Query<DocumentSummary>(
                """
                SELECT id, title, publisher, published, url, sha256, '/documents/' || id AS Href FROM documents
                WHERE @afterId IS NULL OR (@desc = 0 AND id > @afterId) OR (@desc = 1 AND id < @afterId)
                ORDER BY CASE WHEN @desc = 0 THEN id END, CASE WHEN @desc = 1 THEN id END DESC LIMIT @take
                """,
                new
                {
                    afterId,
                    desc,
                    take,
                }
            )
            .ToList();

    private sealed record DocumentRow(
        string Id,
        string Title,
        string? Publisher,
        string? Published,
        string? Url,
        string Sha256,
        string Text
    );

    public static Results<Ok<DocumentDetail>, ProblemHttpResult> Get(
        [AsParameters] DocumentRequest route,
        Snapshot snapshot
    )
    {
        using var db = snapshot.Open();
        return Detail(db, route.Id) is { } d ? TypedResults.Ok(d) : Problems.NotFound("document", route.Id);
    }

    private static DocumentDetail? Detail(Microsoft.Data.Sqlite.SqliteConnection db, string id)
    {
        var doc = db.QueryFirstOrDefault<DocumentRow>(
            "SELECT id, title, publisher, published, url, sha256, text FROM documents WHERE id = @id",
            new { id }
        );
        if (doc is null)
            return null;
        var treaties = db.Query<DocumentTreatyMention>(
                """
                SELECT treaty, start, "end", quote FROM treaty_mentions WHERE document_id = @id ORDER BY start
                """,
                new { id }
            )
            .ToList();
        var limits = FactQueries.LimitsOfDocument(db, id);
        var deadlines = FactQueries.DeadlinesOfDocument(db, id);
        var statements = FactQueries.StatementsOfDocument(db, id);
        var events = FactQueries.EventsOfDocument(db, id);
        var highlights = treaties
            .Select(t => new DocumentHighlight((int)t.Start, (int)t.End, "treaty", t.Treaty))
            .Concat(limits.Select(l => new DocumentHighlight(l.Source.Start ?? 0, l.Source.End ?? 0, "limit", l.Id)))
            .Concat(
                deadlines.Select(d => new DocumentHighlight(d.Source.Start ?? 0, d.Source.End ?? 0, "deadline", d.Id))
            )
            .Concat(
                statements.Select(s => new DocumentHighlight(s.Source.Start ?? 0, s.Source.End ?? 0, "statement", s.Id))
            )
            .Concat(
                statements
                    .Where(s => s.Attribution is not null)
                    .Select(s => new DocumentHighlight(s.Attribution!.Start, s.Attribution.End, "attribution", s.Id))
            )
            .Concat(
                statements
                    .Where(s => s.Source.AttributedTo is not null)
                    .Select(s => new DocumentHighlight(
                        s.Source.AttributedTo!.Start,
                        s.Source.AttributedTo.End,
                        "outlet",
                        s.Id
                    ))
            )
            .Concat(events.Select(e => new DocumentHighlight(e.Source.Start ?? 0, e.Source.End ?? 0, "event", e.Id)))
            .OrderBy(h => h.Start)
            .ThenByDescending(h => h.End)
            .ThenBy(h => h.Kind, StringComparer.Ordinal)
            .ThenBy(h => h.FactId, StringComparer.Ordinal)
            .Distinct()
            .ToList();
        return new DocumentDetail(
            doc.Id,
            doc.Title,
            doc.Publisher,
            doc.Published,
            doc.Url,
            doc.Sha256,
            doc.Text,
            treaties,
            limits,
            deadlines,
            statements,
            events,
            highlights
        );
    }
}
