using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;
using TreatyApi.Treaties;

namespace TreatyApi.Documents;

public sealed record DocumentSummary(
    string Id,
    string Title,
    string? Publisher,
    string? Published,
    string? Url,
    string Sha256,
    string Href
);

[Description("A source document: its metadata, its full text as stored, and every fact found in it with its span.")]
public sealed record DocumentDetail(
    string Id,
    string Title,
    string? Publisher,
    string? Published,
    string? Url,
    string Sha256,
    [property: Description("The text exactly as stored; every fact's start/end are UTF-16 offsets into it.")]
        string Text,
    IReadOnlyList<DocumentTreatyMention> Treaties,
    IReadOnlyList<Limit> Limits,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Event> Events,
    [property: Description(
        "Every fact's span in `text`, ordered by start (then longest first), for a front end to mark: kind is treaty, "
            + "limit, deadline, statement, attribution, outlet or event; factId names the fact (a treaty's slug for a "
            + "mention)."
    )]
        IReadOnlyList<DocumentHighlight> Highlights
);

public sealed record DocumentHighlight(int Start, int End, string Kind, string FactId);

public sealed record DocumentTreatyMention(string Treaty, long Start, long End, string Quote);

public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Items, string? Next);

public sealed record DocumentListQuery(
    [property: FromQuery(Name = "sort"), Description("Order: id (default) or -id.")] string? Sort,
    [property: FromQuery(Name = "limit"), Description("Page size, 1 to 200; default 50.")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the `next` link of a previous page.")]
        string? Cursor
);

public sealed record DocumentRequest(
    [property:
        FromRoute(Name = "id"),
        Description("The document's id (its file name in seeds/documents without .txt).")
    ]
        string Id
);

public sealed class DocumentListQueryValidator : AbstractValidator<DocumentListQuery>
{
    public DocumentListQueryValidator()
    {
        RuleFor(q => q.Sort).SortOf("id", "-id");
        this.PageSize(q => q.Limit);
    }
}

public sealed class DocumentRequestValidator : AbstractValidator<DocumentRequest>
{
    public DocumentRequestValidator() => RuleFor(r => r.Id).SlugOrAlias();
}
