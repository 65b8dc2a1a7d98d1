using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Infrastructure;

namespace TreatyApi.Treaties;

public sealed record TreatyListQuery(
    [property: FromQuery(Name = "sort"), Description("Order: slug (default) or -slug.")] string? Sort,
    [property: FromQuery(Name = "limit"), Description("Page size, 1 to 200; default 50.")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the `next` link of a previous page.")]
        string? Cursor
);

public sealed record TreatyRequest(
    [property:
        FromRoute(Name = "slug"),
        Description("The treaty's slug (new-start); an alias (New START) redirects to it.")
    ]
        string Slug
);

public sealed record TreatyFactsRequest(
    [property:
        FromRoute(Name = "slug"),
        Description("The treaty's slug (new-start); an alias (New START) redirects to it.")
    ]
        string Slug,
    [property: FromQuery(Name = "limit"), Description("Page size, 1 to 200; default 50.")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the `next` link of a previous page.")]
        string? Cursor
);

public sealed record TreatyPartiesRequest(
    [property: FromRoute(Name = "slug"), Description("The treaty's slug (ctbt); an alias (CTBT) redirects to it.")]
        string Slug,
    [property:
        FromQuery(Name = "on"),
        Description("The day (YYYY-MM-DD) to derive each state's status for; today by default.")
    ]
        IsoDate? On
);

public sealed class TreatyPartiesRequestValidator : AbstractValidator<TreatyPartiesRequest>
{
    public TreatyPartiesRequestValidator()
    {
        RuleFor(r => r.Slug).SlugOrAlias();
    }
}

public sealed class TreatyFactsRequestValidator : AbstractValidator<TreatyFactsRequest>
{
    public TreatyFactsRequestValidator()
    {
        RuleFor(r => r.Slug).SlugOrAlias();
        this.PageSize(r => r.Limit);
    }
}

public sealed class TreatyListQueryValidator : AbstractValidator<TreatyListQuery>
{
    public TreatyListQueryValidator()
    {
        RuleFor(q => q.Sort).SortOf("slug", "-slug");
        this.PageSize(q => q.Limit);
    }
}

public sealed class TreatyRequestValidator : AbstractValidator<TreatyRequest>
{
    public TreatyRequestValidator() => RuleFor(r => r.Slug).SlugOrAlias();
}
