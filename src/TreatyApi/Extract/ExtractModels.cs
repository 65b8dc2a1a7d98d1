using System.ComponentModel;
using FluentValidation;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;

namespace TreatyApi.Extract;

[Description("An article to extract from: its text, and optionally its publication date (for \"on Monday\") and title.")]
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ExtractRequest(
    [property: Description("The article text. Offsets in the answer are UTF-16 offsets into exactly this string.")] string? Text,
    [property: Description("Publication date, YYYY-MM-DD; without it, a line that is only a date is used.")] string? Published,
    [property: Description("Title; without it, the first line.")] string? Title);

public sealed record TreatyMentionSpan(string Treaty, string Name, bool Catalogued, int Start, int End, string Quote);

[Description("The facts the ingest would find in the text sent, each with its span in that text. Nothing is stored.")]
public sealed record ExtractResult(
    string? Title, string? Published, IReadOnlyList<TreatyMentionSpan> Treaties, IReadOnlyList<Limit> Limits,
    IReadOnlyList<Deadline> Deadlines, IReadOnlyList<Statement> Statements, IReadOnlyList<Event> Events);

public sealed class ExtractRequestValidator : AbstractValidator<ExtractRequest>
{
    public const int MaxTitleLength = 1000;

    public ExtractRequestValidator()
    {
        RuleFor(r => r.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Required: the text of an article.")
            .Must(t => t is null || !t.Contains('\0')).WithMessage("Must be text: it contains NUL characters.");
        RuleFor(r => r.Published).IsoDate();
        RuleFor(r => r.Title).MaximumLength(MaxTitleLength).WithMessage($"At most {MaxTitleLength} characters.");
    }
}
