using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;

namespace TreatyApi.Extract;

[Description(
    "An article to extract from: its text, and optionally its publication date (for \"on Monday\") and title."
)]
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(
    System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow
)]
public sealed record ExtractRequest(
    [property: Description("The article text. Offsets in the answer are UTF-16 offsets into exactly this string.")]
        string? Text,
    [property: Description("Publication date, YYYY-MM-DD; without it, a line that is only a date is used.")]
        string? Published,
    [property: Description("Title; without it, the first line.")] string? Title
);

public sealed record TreatyMentionSpan(string Treaty, string Name, bool Catalogued, int Start, int End, string Quote);

[Description("Why a fact was found: the phrase-book rule that produced it and the words (cue) that triggered it.")]
public sealed record FactExplanation(
    [property: Description("The fact's id, as in limits, deadlines or statements.")] string Fact,
    [property: Description("limit, deadline or statement.")] string Kind,
    [property: Description(
        "The rule, e.g. limit-cue, limit-verb, noun-first, band, coordinated, deadline-preposition, "
            + "deadline-word, end-of-year, within-after-entry-into-force, in-period-from-notice, "
            + "quote-then-attribution, "
            + "attribution-then-quote, continuation, signature, transcript-turn."
    )]
        string Rule,
    [property: Description("The words that triggered the rule, e.g. \"no more than\", \"expires\", \"said\".")]
        string Cue
);

[Description("The facts the ingest would find in the text sent, each with its span in that text. Nothing is stored.")]
public sealed record ExtractResult(
    string? Title,
    string? Published,
    IReadOnlyList<TreatyMentionSpan> Treaties,
    IReadOnlyList<Limit> Limits,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Event> Events,
    [property: Description(
        "Why the text gave nothing it could have, e.g. a language the extractor does not read; "
            + "empty when there is nothing to say."
    )]
        IReadOnlyList<string>? Warnings = null,
    [property: Description(
        "With ?explain=true: for each limit, deadline and statement, the rule and cue behind it; " + "otherwise null."
    )]
        IReadOnlyList<FactExplanation>? Explain = null
);

[Description("Query parameters of POST /extract.")]
public sealed record ExtractQuery(
    [property: FromQuery(Name = "explain"), Description("true: say for each fact which rule and cue produced it.")]
        bool? Explain
);

/// <summary>Nothing to check beyond the type: RequestRules refuses an `explain` that is not true or false.</summary>
public sealed class ExtractQueryValidator : AbstractValidator<ExtractQuery>;

public sealed class ExtractRequestValidator : AbstractValidator<ExtractRequest>
{
    public const int MaxTitleLength = 1000;

    public ExtractRequestValidator()
    {
        RuleFor(r => r.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t))
            .WithMessage("Required: the text of an article.")
            .Must(t => t is null || !t.Contains('\0'))
            .WithMessage("Must be text: it contains NUL characters.");
        RuleFor(r => r.Published).IsoDateText();
        RuleFor(r => r.Title).MaximumLength(MaxTitleLength).WithMessage($"At most {MaxTitleLength} characters.");
    }
}
