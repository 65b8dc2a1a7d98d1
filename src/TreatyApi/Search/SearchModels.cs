using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;

namespace TreatyApi.Search;

public sealed record SearchQuery(
    [property:
        FromQuery(Name = "q"),
        Description(
            "What to look for, as words: punctuation and operators are separators, never syntax. \"1,550\", \"1550\" "
                + "and \"one thousand five hundred fifty\" match alike."
        )
    ]
        string? Q,
    [property: FromQuery(Name = "kind"), Description("Only hits of this kind: statement, limit, deadline or document.")]
        string? Kind,
    [property:
        FromQuery(Name = "treaty"),
        Description("A treaty's slug or alias: its limits and deadlines, and statements and documents that mention it.")
    ]
        string? Treaty,
    [property: FromQuery(Name = "speaker"), Description("A speaker's slug or name: only their statements.")]
        string? Speaker,
    [property: FromQuery(Name = "from"), Description("Earliest date, YYYY-MM-DD.")] IsoDate? From,
    [property: FromQuery(Name = "to"), Description("Latest date, YYYY-MM-DD.")] IsoDate? To,
    [property:
        FromQuery(Name = "sort"),
        Description("Order: -score (most relevant first, the default), date or -date.")
    ]
        string? Sort,
    [property: FromQuery(Name = "limit"), Description("Page size, 1 to 200; default 50.")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the `next` link of a previous page.")]
        string? Cursor
);

[Description("A stretch of the snippet to highlight: UTF-16 offsets into `snippet`.")]
public sealed record Highlight(int Start, int End);

[Description("A search hit: its kind, a link to its resource, a snippet with highlights, and its source.")]
public sealed record SearchHit(
    string Kind,
    string Id,
    string Url,
    double Score,
    string Snippet,
    IReadOnlyList<Highlight> Highlights,
    Source Source
);

public sealed record SearchPage(string Q, IReadOnlyList<SearchHit> Items, string? Next);

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public const int MaxLength = 500;
    public const int MaxWords = 32;
    public static readonly string[] Kinds = ["statement", "limit", "deadline", "document"];

    public SearchQueryValidator()
    {
        RuleFor(q => q.Q)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Required: the words to search for.")
            .MaximumLength(MaxLength)
            .WithMessage($"At most {MaxLength} characters.")
            .Must(q => !q!.Any(char.IsControl))
            .WithMessage("Must not contain control characters.")
            .Must(q => SearchText.QueryWords(q!).Count > 0)
            .WithMessage("Has no letters or digits to search for.")
            .Must(q => SearchText.QueryWords(q!).Count <= MaxWords)
            .WithMessage($"At most {MaxWords} words.");
        RuleFor(q => q.Kind)
            .Must(k => k is null || Kinds.Contains(k))
            .WithMessage($"Must be one of: {string.Join(", ", Kinds)}.");
        RuleFor(q => q.Treaty!).SlugOrAlias().When(q => q.Treaty is not null);
        RuleFor(q => q.Speaker!).SlugOrAlias().When(q => q.Speaker is not null);
        RuleFor(q => q.Sort).SortOf("-score", "date", "-date");
        this.PageSize(q => q.Limit);
    }
}
