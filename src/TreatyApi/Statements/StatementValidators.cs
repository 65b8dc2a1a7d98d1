using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Infrastructure;

namespace TreatyApi.Statements;

public sealed record StatementQuery(
    [property: FromQuery(Name = "speaker"), Description("A speaker's slug or name (barack-obama, Obama).")]
        string? Speaker,
    [property:
        FromQuery(Name = "treaty"),
        Description("A treaty's slug or alias: statements in documents that mention it.")
    ]
        string? Treaty,
    [property: FromQuery(Name = "from"), Description("Earliest statement date, YYYY-MM-DD, inclusive.")] IsoDate? From,
    [property: FromQuery(Name = "to"), Description("Latest statement date, YYYY-MM-DD, inclusive.")] IsoDate? To,
    [property:
        FromQuery(Name = "sort"),
        Description("Order: date (oldest first, the default) or -date (newest first); ties by id.")
    ]
        string? Sort,
    [property: FromQuery(Name = "limit"), Description("Page size, 1 to 200; default 50.")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the `next` link of a previous page.")]
        string? Cursor
);

public sealed record StatementRequest(
    [property: FromRoute(Name = "id"), Description("The statement's id (st_…).")] string Id
);

public sealed class StatementQueryValidator : AbstractValidator<StatementQuery>
{
    public StatementQueryValidator()
    {
        RuleFor(q => q.Speaker!).SlugOrAlias().When(q => q.Speaker is not null);
        RuleFor(q => q.Treaty!).SlugOrAlias().When(q => q.Treaty is not null);
        RuleFor(q => q.To)
            .Must((q, to) => q.From is not { } from || to is not { } until || from.Value <= until.Value)
            .WithMessage("Must not be before `from`.");
        RuleFor(q => q.Sort).SortOf("date", "-date");
        this.PageSize(q => q.Limit);
    }
}

public sealed class StatementRequestValidator : AbstractValidator<StatementRequest>
{
    public StatementRequestValidator() => RuleFor(r => r.Id).SlugOrAlias();
}
