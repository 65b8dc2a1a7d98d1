using System.ComponentModel;

namespace TreatyApi.Facts;

/// <summary>A stretch of a document: UTF-16 offsets, and exactly the text between them.</summary>
public sealed record Excerpt(int Start, int End, string Quote);

[Description(
    "The outlet a fact is attributed to, as printed (label) and as resolved (slug, name), with the words that say so."
)]
public sealed record CitedOutlet(
    string? Slug,
    string Name,
    string Label,
    string? Date,
    int Start,
    int End,
    string Quote
);

[Description(
    "Where a fact comes from. kind: document (a span of a stored document: documentId, start, end, quote = the "
        + "document text between them, attributedTo), treaty-text (an article of a treaty's text: article, paragraph) "
        + "or reference (an official page; article and paragraph, when given, name the treaty provision the page "
        + "states). Fields that do not apply are null. checked (catalog values only): true "
        + "when the value was seen in the text of the cited source, false when it was not checked."
)]
public sealed record Source(
    [property: Description("document, treaty-text or reference.")] string Kind,
    string? DocumentId,
    string Title,
    string? Publisher,
    string? Published,
    string? Url,
    int? Start,
    int? End,
    string? Quote,
    CitedOutlet? AttributedTo,
    string? Article,
    string? Paragraph,
    bool? Checked,
    [property: Description(
        "Ready to paste. A document: Publisher, \"Title,\" Month D, YYYY, citing Outlet (parts the source lacks are "
            + "left out); a treaty text: Title, Article II, paragraph 1(a), URL; a reference: Title, URL."
    )]
        string Citation
)
{
    public const string DocumentKind = "document";
    public const string TreatyTextKind = "treaty-text";
    public const string ReferenceKind = "reference";

    /// <summary>A span of a stored document: the comma of the citation sits inside the quotation marks (American
    /// style) and "citing" names the outlet the fact is attributed to, if any.</summary>
    public static Source Document(
        string documentId,
        string title,
        string? publisher,
        string? published,
        string? url,
        int start,
        int end,
        string quote,
        CitedOutlet? attributedTo
    ) =>
        new(
            DocumentKind,
            documentId,
            title,
            publisher,
            published,
            url,
            start,
            end,
            quote,
            attributedTo,
            null,
            null,
            null,
            Citations.Format(publisher, title, published, attributedTo?.Name)
        );

    /// <summary>A catalog value, of the kind of the source it cites: an article of a treaty text, or a reference page
    /// (a fact sheet that states a treaty's limit keeps the article it states, but is not the treaty text).</summary>
    public static Source Catalog(
        string kind,
        string title,
        string url,
        string? article,
        string? paragraph,
        bool isChecked
    )
    {
        var where = article is null
            ? ""
            : $", Article {article}" + (paragraph is null ? "" : $", paragraph {paragraph}");
        var sourceKind = kind == TreatyTextKind ? TreatyTextKind : ReferenceKind;
        return new(
            sourceKind,
            null,
            title,
            null,
            null,
            url,
            null,
            null,
            null,
            null,
            article,
            paragraph,
            isChecked,
            sourceKind == TreatyTextKind ? $"{title}{where}, {url}" : $"{title}, {url}"
        );
    }
}

public static class Citations
{
    public static string Format(string? publisher, string title, string? published, string? citing)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(publisher))
            parts.Add(publisher);
        var date = DateOnly.TryParseExact(published, "yyyy-MM-dd", out var d)
            ? d.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : null;
        parts.Add(date is null ? $"\"{title}\"" : $"\"{title},\" {date}");
        var text = string.Join(", ", parts);
        return citing is null ? text : $"{text}, citing {citing}";
    }
}

[Description(
    "A date with its precision (year: \"2018\", month: \"2018-02\", day: \"2018-02-05\"); basis says how it was read."
)]
public sealed record DateValue(string Date, string Precision, string? Basis, string? Note);

[Description(
    "A deadline given relative to an event of the treaty: offset (ISO 8601 duration) after relativeTo (a "
        + "catalog date kind such as entered-into-force)."
)]
public sealed record RelativeDeadline(string RelativeTo, string Offset);

[Description(
    "How long a limit applies: offset (ISO 8601 duration) from an event of the treaty (from); until is the "
        + "day it ends where the catalog dates that event."
)]
public sealed record DurationValue(string Offset, string? From, string? Until);

[Description(
    "A numeric limit. value is the figure or a range's upper end; min a range's lower end. measure: count (unit is "
        + "the counted noun), percent, mass (kilograms) or distance (kilometers). Limits from the catalog have "
        + "source.kind treaty-text (the treaty's text) or reference (an official page that states it); a limit "
        + "reported in a document that disagrees with a catalog limit on the same unit lists those in disagreesWith."
)]
public sealed record Limit(
    string Id,
    string? Treaty,
    double Value,
    string Unit,
    string Counted,
    IReadOnlyList<string> Binds,
    bool EachParty,
    DateValue? Deadline,
    Source Source,
    string Measure,
    double? Min,
    RelativeDeadline? RelativeDeadline,
    DurationValue? Duration,
    IReadOnlyList<string> DisagreesWith
);

public sealed record Deadline(
    string Id,
    string? Treaty,
    [property: Description(
        "When it falls due; null only for a deadline relative to an event (relative) whose date "
            + "neither the text nor the catalog gives (\"within 90 days of the notice\")."
    )]
        DateValue? Date,
    string Kind,
    string Action,
    Source Source,
    [property: Description("How the text gave the date when relative to an event of the treaty; else null.")]
        RelativeDeadline? Relative
);

[Description(
    "A speaker; resolution is how the text named them: name, title, pronoun, continuation, uncatalogued "
        + "(not in the catalog), reference (\"the ministry\" for one named before) or body (\"the final document\")."
)]
public sealed record SpeakerMention(string Slug, string Name, string Mention, string Resolution);

[Description("A meeting or summit the text dates: who took part (named, or by the office held that day), when, where.")]
public sealed record Event(
    string Id,
    string Kind,
    IReadOnlyList<SpeakerMention> Participants,
    DateValue Date,
    string? Place,
    Source Source
);

public sealed record Statement(
    string Id,
    string Text,
    IReadOnlyList<SpeakerMention> Speakers,
    DateValue? Date,
    string? Place,
    Excerpt? Attribution,
    Source Source
);
