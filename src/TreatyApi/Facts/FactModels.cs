using System.ComponentModel;

namespace TreatyApi.Facts;

/// <summary>A stretch of a document: UTF-16 offsets, and exactly the text between them.</summary>
public sealed record TextSpan(int Start, int End, string Quote);

[Description("The outlet a fact is attributed to, as printed (label) and as resolved (slug, name), with the words that say so.")]
public sealed record OutletAttribution(string? Slug, string Name, string Label, string? Date, int Start, int End, string Quote);

[Description("Where a fact comes from: its document, and the exact words (quote = document text from start to end, UTF-16 offsets).")]
public sealed record Source(
    string DocumentId, string Title, string? Publisher, string? Published, string? Url,
    int Start, int End, string Quote, OutletAttribution? AttributedTo)
{
    /// <summary>
    /// Ready to paste, in one style: Publisher, "Title," Month D, YYYY, citing Outlet. The comma sits inside the
    /// quotation marks (American style) and "citing" names the outlet the fact is attributed to, if any.
    /// </summary>
    [Description("Ready-to-paste citation: Publisher, \"Title,\" Month D, YYYY, citing Outlet (parts the source lacks are left out).")]
    public string Citation => Citations.Format(Publisher, Title, Published, AttributedTo?.Name);
}

public static class Citations
{
    public static string Format(string? publisher, string title, string? published, string? citing)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(publisher)) parts.Add(publisher);
        var date = DateOnly.TryParseExact(published, "yyyy-MM-dd", out var d)
            ? d.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture) : null;
        parts.Add(date is null ? $"\"{title}\"" : $"\"{title},\" {date}");
        var text = string.Join(", ", parts);
        return citing is null ? text : $"{text}, citing {citing}";
    }
}

[Description("A date with its precision (year: \"2018\", month: \"2018-02\", day: \"2018-02-05\"); basis says how it was read.")]
public sealed record DateValue(string Date, string Precision, string? Basis, string? Note);

public sealed record Limit(
    string Id, string? Treaty, double Value, string Unit, string Counted, IReadOnlyList<string> Binds,
    bool EachParty, DateValue? Deadline, Source Source);

public sealed record Deadline(string Id, string? Treaty, DateValue Date, string Kind, string Action, Source Source);

[Description("A speaker; resolution is how the text named them: name, title, pronoun, continuation or uncatalogued.")]
public sealed record Speaker(string Slug, string Name, string Mention, string Resolution);

[Description("A meeting or summit the text dates: who took part (named, or by the office held that day), when, where.")]
public sealed record Event(string Id, string Kind, IReadOnlyList<Speaker> Participants, DateValue Date, string? Place, Source Source);

public sealed record Statement(
    string Id, string Text, IReadOnlyList<Speaker> Speakers, DateValue? Date, string? Place,
    TextSpan? Attribution, Source Source);
