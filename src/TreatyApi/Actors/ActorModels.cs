using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;
using TreatyApi.Treaties;

namespace TreatyApi.Actors;

[Description(
    "A person, state, organisation or news outlet. Uncatalogued people were first met as speakers in a document."
)]
public sealed record ActorSummary(string Slug, string Kind, string Name, bool Catalogued, string Url);

[Description("A role held over a date range (to is exclusive; null while held), with its source.")]
public sealed record ActorRole(string Role, ActorRef Of, string From, string? To, SourceLink Citation);

[Description("An actor with their roles and the statements the sources attribute to them.")]
public sealed record ActorDetail(
    string Slug,
    string Kind,
    string Name,
    bool Catalogued,
    IReadOnlyList<string> Aliases,
    SourceLink? Citation,
    IReadOnlyList<ActorRole> Roles,
    [property: Description("Their first 20 statements, oldest first (follow `links.statements` for all of them).")]
        IReadOnlyList<Statement> Statements,
    ActorCounts Counts,
    ActorLinks Links
)
{
    /// <summary>
    /// How many statements an actor's page embeds: one quoted in thousands of documents would otherwise make the
    /// page grow with the corpus (2 MB for 2,500 statements). /statements?speaker= pages through all of them.
    /// </summary>
    public const int Embedded = 20;
}

public sealed record ActorCounts(
    [property: Description("How many statements are attributed to this actor in all.")] long Statements
);

public sealed record ActorLinks(
    string Self,
    [property: Description("All their statements, paged: /statements?speaker={slug}.")] string Statements
);

public sealed record ActorPage(IReadOnlyList<ActorSummary> Items, string? Next);

public sealed record ActorListQuery(
    [property:
        FromQuery(Name = "kind"),
        Description(
            "Only actors of this kind: person, state, organization, outlet or document (a treaty, report or final "
                + "document quoted as a speaker)."
        )
    ]
        string? Kind,
    [property: FromQuery(Name = "sort"), Description("Order: slug (default) or -slug.")] string? Sort,
    [property: FromQuery(Name = "limit"), Description("Page size, 1 to 200; default 50.")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the `next` link of a previous page.")]
        string? Cursor
);

public sealed record ActorRequest(
    [property: FromRoute(Name = "slug"), Description("The actor's slug (vladimir-putin).")] string Slug
);

public sealed record StateTreatiesRequest(
    [property:
        FromRoute(Name = "slug"),
        Description("The state's slug (russia); an alias (Russian Federation) redirects to it.")
    ]
        string Slug,
    [property: FromQuery(Name = "on"), Description("The day (YYYY-MM-DD) to derive each status for; today by default.")]
        IsoDate? On
);

public sealed class StateTreatiesRequestValidator : AbstractValidator<StateTreatiesRequest>
{
    public StateTreatiesRequestValidator()
    {
        RuleFor(r => r.Slug).SlugOrAlias();
    }
}

public sealed class ActorListQueryValidator : AbstractValidator<ActorListQuery>
{
    public static readonly string[] Kinds = ["person", "state", "organization", "outlet", "document"];

    public ActorListQueryValidator()
    {
        RuleFor(q => q.Kind)
            .Must(k => k is null || Kinds.Contains(k))
            .WithMessage($"Must be one of: {string.Join(", ", Kinds)}.");
        RuleFor(q => q.Sort).SortOf("slug", "-slug");
        this.PageSize(q => q.Limit);
    }
}

public sealed class ActorRequestValidator : AbstractValidator<ActorRequest>
{
    public ActorRequestValidator() => RuleFor(r => r.Slug).SlugOrAlias();
}
