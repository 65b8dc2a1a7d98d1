namespace TreatyApi.Extraction;

/// <summary>A stretch of the document as stored: UTF-16 offsets and exactly the text between them.</summary>
public sealed record Span(int Start, int End, string Quote)
{
    public static Span Of(string text, int start, int end) => new(start, end, text[start..end]);
}

/// <summary>How exact a date is: "by 2018" is a year, "by February 2018" a month, "Feb. 5, 2026" a day.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A date as the text gives it. <see cref="Basis"/> says where it came from:
/// "stated" (written out), "relative" (a weekday or "yesterday", resolved against the publication date),
/// "citation" (the date of the outlet report it is attributed to), "event" (the day of a meeting the words followed,
/// dated elsewhere in the text), "publication" (nothing better in the text).
/// </summary>
public sealed record FactDate(DateOnly Date, DatePrecision Precision, string Basis, string? Note)
{
    public string Iso =>
        Precision switch
        {
            DatePrecision.Year => Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            DatePrecision.Month => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
}

public sealed record TreatyMention(string Slug, string Name, bool Known, Span Span);

/// <summary>
/// A date given relative to an event of the treaty: "seven years after entry into force" is
/// (entered-into-force, P7Y). <see cref="Event"/> is a catalog date kind; <see cref="Offset"/> an ISO 8601 duration.
/// </summary>
public sealed record RelativeDate(string Event, string Offset);

/// <summary>How long a limit applies: "for 15 years from Implementation Day" is (P15Y, implementation-day).</summary>
public sealed record LimitDuration(string Offset, string? From);

/// <summary>What a limit measures. A count has a counted noun as its unit; the others a unit of measure.</summary>
public static class Measures
{
    public const string Count = "count";
    public const string Percent = "percent";
    public const string Mass = "mass";
    public const string Distance = "distance";
    public const string Area = "area";
}

/// <summary>
/// A limit: <see cref="Value"/> is the figure, or a range's upper end (the ceiling); <see cref="Min"/> a range's
/// or band's lower end ("1,700-2,200 warheads", "500 to 5,500 kilometers"). <see cref="Unit"/> is the counted
/// noun for a count ("warheads"), else the unit of its measure ("percent", "kilograms", "metric tons", "kilometers",
/// "centimeters", "meters", "square kilometers"). <see cref="Deadline"/> is the date
/// it must be met by; <see cref="RelativeDeadline"/> keeps how the text gave it when relative to an event.
/// </summary>
public sealed record LimitFact(
    string Id,
    string? TreatySlug,
    decimal Value,
    string Unit,
    string Counted,
    IReadOnlyList<string> Binds,
    bool EachParty,
    FactDate? Deadline,
    Span Span,
    decimal? Min = null,
    string Measure = Measures.Count,
    RelativeDate? RelativeDeadline = null,
    LimitDuration? Duration = null
);

/// <summary>
/// A dated obligation or event. <see cref="Relative"/> keeps an event-relative phrasing ("within 90 days of the
/// notice"); <see cref="Date"/> is null only for such a deadline whose event the text and catalog do not date.
/// </summary>
public sealed record DeadlineFact(
    string Id,
    string? TreatySlug,
    FactDate? Date,
    string Kind,
    string Action,
    Span Span,
    RelativeDate? Relative = null
);

/// <summary>
/// Who said it. <see cref="Resolution"/> is "name", "title", "pronoun", "continuation", "uncatalogued" (a person or
/// organisation the catalog does not know), "reference" ("the ministry" → the ministry named before) or "body"
/// (a body or document named only by its noun: "the final document"). <see cref="Kind"/> is the actor kind.
/// </summary>
public sealed record SpeakerRef(string Slug, string Name, string Mention, string Resolution, string Kind = "person");

/// <summary>The outlet a statement is attributed to, as printed ("RIA Novosti II") and as resolved.</summary>
public sealed record OutletRef(string? Slug, string Name, string Label, DateOnly? Date, Span Span);

public sealed record StatementFact(
    string Id,
    string Text,
    IReadOnlyList<SpeakerRef> Speakers,
    FactDate? Date,
    string? Place,
    OutletRef? Outlet,
    Span Span,
    Span? Attribution
);

/// <summary>A meeting or summit: who, when, where. Participants resolve like speakers (names or offices held that
/// day).</summary>
public sealed record EventFact(
    string Id,
    string Kind,
    IReadOnlyList<SpeakerRef> Participants,
    FactDate Date,
    string? Place,
    Span Span
);

/// <summary>
/// Why a fact was found: the rule of the phrase book and the words (cue) that triggered it. A statement's also
/// carries its <see cref="Reading"/> (not part of the API).
/// </summary>
public sealed record Explanation(string Rule, string Cue)
{
    public StatementReading? Reading { get; init; }
}

/// <summary>
/// How a statement's speaker, date and outlet were read: the class of each reading ("after/name": "…," Ruiz said;
/// "date own/stated"; "outlet clause"), and the statement as the readings gave it before a class not precise
/// enough on real text was withheld (<see cref="Unabridged"/>), so that bench/extract-eval.sh grades every class,
/// kept or cut.
/// </summary>
public sealed record StatementReading(string Speaker, string? Date, string? Outlet, StatementFact Unabridged)
{
    /// <summary>Structural features of the quotation and its attribution ("form=fragment", "others=yes"), each
    /// graded by the bench.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The whole quotation was withheld (a class of quoted text not precise enough on real reporting):
    /// it is in the explanations, for the bench to grade, and not among the statements.</summary>
    public bool Withheld { get; init; }
}

/// <summary>
/// What one document gave. <see cref="Explanations"/> maps fact ids to the rule and cue behind each fact;
/// <see cref="Warnings"/> says why a text gave nothing it could have (a language the extractor does not read).
/// </summary>
public sealed record ExtractionResult(
    IReadOnlyList<TreatyMention> Treaties,
    IReadOnlyList<LimitFact> Limits,
    IReadOnlyList<DeadlineFact> Deadlines,
    IReadOnlyList<StatementFact> Statements,
    IReadOnlyList<EventFact> Events
)
{
    public IReadOnlyDictionary<string, Explanation> Explanations { get; init; } = new Dictionary<string, Explanation>();
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>What the extractor is given: the text as stored, and what is known about it.</summary>
public sealed record SourceDocument(string Id, string Text, DateOnly? Published);
