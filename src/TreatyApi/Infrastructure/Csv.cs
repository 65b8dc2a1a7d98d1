using System.Collections;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Infrastructure;

/// <summary>Marks an endpoint that also answers text/csv; the OpenAPI filter documents it with an example.</summary>
public sealed record CsvMetadata(Type ItemType);

/// <summary>
/// Lists of facts as CSV (RFC 4180: CRLF, fields quoted when they hold a comma, quote or line break, quotes
/// doubled; UTF-8 with a header row). One row per fact, with its source's columns, so a spreadsheet row carries
/// its own provenance. Chosen by `Accept: text/csv`, or by `?format=csv` where a header cannot be set (a
/// spreadsheet's "from web"). A CSV answer is the whole list, not a page: the rows of every page from `cursor` (or
/// the first) to the last, written page by page, with no `next`. `?bom=true` starts it with a UTF-8 byte-order
/// mark, which Excel needs to read UTF-8 (without it, non-ASCII text is garbled); other tools do not.
/// </summary>
public static class Csv
{
    public const string MediaType = "text/csv";

    /// <summary>The query parameters every CSV-capable list takes besides its own.</summary>
    public static readonly string[] QueryParameters = ["bom", "format"];

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    // The first nine columns are those of a document's span; the last four say what kind of source it is and, for a
    // catalog value, where in it (article, paragraph), whether it was checked, and its URL.
    private static readonly string[] SourceHeader =
    [
        "document_id",
        "document_title",
        "publisher",
        "published",
        "outlet",
        "start",
        "end",
        "quote",
        "citation",
        "source_kind",
        "article",
        "paragraph",
        "checked",
        "source_url",
    ];

    private static IEnumerable<string?> SourceColumns(Source? s) =>
        s is null
            ? SourceHeader.Select(_ => (string?)null)
            :
            [
                s.DocumentId,
                s.Title,
                s.Publisher,
                s.Published,
                s.AttributedTo?.Name,
                Num(s.Start),
                Num(s.End),
                s.Quote,
                s.Citation,
                s.Kind,
                s.Article,
                s.Paragraph,
                Bool(s.Checked),
                s.Url,
            ];

    private static string Num(double v) => v.ToString(CultureInfo.InvariantCulture);

    private static string? Num(double? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string? Bool(bool? v) =>
        v is null ? null
        : v.Value ? "true"
        : "false";

    /// <summary>
    /// A state's actions in one cell: "signed 1996-09-24; withdrew 2019-02-02 (effective 2019-08-02)".
    /// </summary>
    private static string Actions(IEnumerable<StateAction> actions) =>
        string.Join(
            "; ",
            actions.Select(a => $"{a.Kind} {a.Date}" + (a.Effective is null ? "" : $" (effective {a.Effective})"))
        );

    /// <summary>Header and rows for a kind of fact; null for a type that has no CSV form.</summary>
    private static (string[] Header, Func<object, IEnumerable<string?>> Row)? Shape(Type t) =>
        t switch
        {
            _ when t == typeof(Limit) => ([.. LimitHeader, .. SourceHeader, .. LimitTail], o =>
                o is Limit l
                    ?
                    [
                        l.Id,
                        l.Treaty,
                        Num(l.Value),
                        l.Unit,
                        l.Counted,
                        string.Join(' ', l.Binds),
                        l.EachParty ? "true" : "false",
                        l.Deadline?.Date,
                        l.Deadline?.Precision,
                        .. SourceColumns(l.Source),
                        l.Measure,
                        Num(l.Min),
                        l.RelativeDeadline?.RelativeTo,
                        l.RelativeDeadline?.Offset,
                        l.Duration?.Offset,
                        l.Duration?.From,
                        l.Duration?.Until,
                        string.Join(' ', l.DisagreesWith),
                    ]
                    : []
            ),
            _ when t == typeof(Deadline) => (
                [
                    "id",
                    "treaty",
                    "date",
                    "precision",
                    "kind",
                    "action",
                    .. SourceHeader,
                    "relative_to",
                    "relative_offset",
                ],
                o =>
                    o is Deadline d
                        ?
                        [
                            d.Id,
                            d.Treaty,
                            d.Date?.Date,
                            d.Date?.Precision,
                            d.Kind,
                            d.Action,
                            .. SourceColumns(d.Source),
                            d.Relative?.RelativeTo,
                            d.Relative?.Offset,
                        ]
                        : []
            ),
            _ when t == typeof(Statement) => (
                ["id", "text", "speakers", "date", "date_precision", "date_basis", "place", .. SourceHeader],
                o =>
                    o is Statement s
                        ?
                        [
                            s.Id,
                            s.Text,
                            string.Join("; ", s.Speakers.Select(x => x.Name)),
                            s.Date?.Date,
                            s.Date?.Precision,
                            s.Date?.Basis,
                            s.Place,
                            .. SourceColumns(s.Source),
                        ]
                        : []
            ),
            _ when t == typeof(SearchHit) => (["kind", "id", "url", "score", "snippet", .. SourceHeader], o =>
                o is SearchHit h ? [h.Kind, h.Id, h.Url, Num(h.Score), h.Snippet, .. SourceColumns(h.Source)] : []
            ),
            // A state's status has one source per action: the actions are listed in one cell, their sources in JSON.
            _ when t == typeof(PartyStatus) => (["state", "name", "status", "since", "actions"], o =>
                o is PartyStatus p ? [p.State, p.Name, p.Status, p.Since, Actions(p.Actions)] : []
            ),
            _ when t == typeof(StateTreaty) => (["treaty", "name", "status", "since", "actions"], o =>
                o is StateTreaty p ? [p.Treaty, p.Name, p.Status, p.Since, Actions(p.Actions)] : []
            ),
            _ when t == typeof(TimelineItem) => (
                ["date", "precision", "kind", "what", "state", "summary", "fact_id", .. SourceHeader],
                o =>
                    o is TimelineItem i
                        ?
                        [
                            i.Date.Date,
                            i.Date.Precision,
                            i.Kind,
                            i.What,
                            i.State,
                            i.Summary,
                            i.FactId,
                            .. SourceColumns(i.Source),
                        ]
                        : []
            ),
            _ => null,
        };

    private static readonly string[] LimitHeader =
    [
        "id",
        "treaty",
        "value",
        "unit",
        "counted",
        "binds",
        "each_party",
        "deadline",
        "deadline_precision",
    ];

    // Appended after the source's columns, so the columns of limits served before keep their places.
    private static readonly string[] LimitTail =
    [
        "measure",
        "min",
        "relative_to",
        "relative_offset",
        "duration",
        "duration_from",
        "duration_until",
        "disagrees_with",
    ];

    public static string Write(Type itemType, IEnumerable items)
    {
        var sb = new StringBuilder();
        Header(sb, itemType);
        Rows(sb, itemType, items);
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, Type itemType)
    {
        var (header, _) = Shape(itemType) ?? throw new ArgumentException($"No CSV form for {itemType.Name}");
        Line(sb, header);
    }

    private static void Rows(StringBuilder sb, Type itemType, IEnumerable items)
    {
        var (_, row) = Shape(itemType) ?? throw new ArgumentException($"No CSV form for {itemType.Name}");
        foreach (var item in items)
            Line(sb, row(item));
    }

    private static void Line(StringBuilder sb, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var f in fields)
        {
            if (!first)
                sb.Append(',');
            first = false;
            var v = f ?? "";
            if (v.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                sb.Append('"').Append(v.Replace("\"", "\"\"")).Append('"');
            else
                sb.Append(v);
        }
        sb.Append("\r\n");
    }

    /// <summary>True when the endpoint this request reached can answer text/csv.</summary>
    public static bool Offered(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<CsvMetadata>() is not null;

    /// <summary>
    /// True when `format=csv` is asked for, or (without `format`) the client ranks text/csv above JSON.
    /// </summary>
    public static bool Wanted(HttpRequest request)
    {
        if (request.Query.TryGetValue("format", out var format))
            return format == "csv";
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.OfType<string>().ToList(), out var accepted))
            return false;
        double Quality(string type) =>
            accepted
                .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
                .Select(a => a.Quality ?? 1.0)
                .DefaultIfEmpty(-1)
                .Max();
        var csv = Quality(MediaType);
        return csv > 0 && csv >= Math.Max(Quality("application/json"), Quality("*/*") - 0.0001);
    }

    /// <summary>
    /// Lets a list endpoint answer CSV: the whole list from the request's cursor on, read page after page (of the
    /// largest page size) through the endpoint itself, so the rows are those of the JSON pages joined.
    /// </summary>
    public static RouteHandlerBuilder WithCsv<TItem>(this RouteHandlerBuilder builder, string fileName)
    {
        builder.WithMetadata(new CsvMetadata(typeof(TItem)));
        builder.AddEndpointFilter(
            async (ctx, next) =>
            {
                var request = ctx.HttpContext.Request;
                if (Invalid(request) is { } problem)
                    return problem;
                var csv = Wanted(request);
                if (csv)
                    LargestPages(ctx.Arguments);
                var result = await next(ctx);
                ctx.HttpContext.Response.Headers.Vary = "Accept";
                if (!csv || Items(result) is not { } items)
                    return result;
                ctx.HttpContext.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}.csv\"";
                ctx.HttpContext.Response.Headers.Link = default;
                return new WholeList(typeof(TItem), items, request.Query["bom"] == "true", ctx, next);
            }
        );
        return builder;
    }

    /// <summary>The items of a handler's 200; null for any other answer (a redirect, a 404).</summary>
    private static IEnumerable? Items(object? result)
    {
        // A handler's Results<Ok<T>, …> wraps the result it chose.
        var chosen = result is INestedHttpResult nested ? nested.Result : result;
        return chosen is IValueHttpResult { Value: { } value } && chosen is IStatusCodeHttpResult { StatusCode: 200 }
            ? value.GetType().GetProperty("Items")?.GetValue(value) as IEnumerable
            : null;
    }

    private static ValidationProblem? Invalid(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Query.TryGetValue("format", out var format) && format is not ["json"] and not ["csv"])
            errors["format"] = ["Must be one of: json, csv."];
        if (request.Query.TryGetValue("bom", out var bom) && bom is not ["true"] and not ["false"])
            errors["bom"] = ["Must be true or false."];
        return errors.Count > 0 ? Problems.Invalid(errors) : null;
    }

    /// <summary>
    /// The request record's page size, set to the largest for CSV (the client's `limit`, already validated, only
    /// shapes JSON pages): fewer, larger reads for the same rows.
    /// </summary>
    private static void LargestPages(IList<object?> arguments)
    {
        foreach (var argument in arguments)
            if (
                argument?.GetType().GetProperty("Limit") is { CanWrite: true } limit
                && limit.PropertyType == typeof(int?)
            )
                limit.SetValue(argument, Paging.MaxLimit);
    }

    /// <summary>Writes the first page's rows, then runs the endpoint for each next page and writes its rows.</summary>
    private sealed class WholeList(
        Type itemType,
        IEnumerable first,
        bool bom,
        EndpointFilterInvocationContext ctx,
        EndpointFilterDelegate next
    ) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var response = http.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "text/csv; charset=utf-8";
            if (bom)
                await response.Body.WriteAsync(ByteOrderMark, http.RequestAborted);
            var sb = new StringBuilder();
            Header(sb, itemType);
            for (var items = first; ; )
            {
                Rows(sb, itemType, items);
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(sb.ToString()), http.RequestAborted);
                sb.Clear();
                if (Paging.NextKey(http) is not { } key)
                    break;
                Paging.Remember(http, key);
                if (Items(await next(ctx)) is not { } page)
                    break;
                items = page;
            }
            response.Headers.Link = default;
        }
    }
}
