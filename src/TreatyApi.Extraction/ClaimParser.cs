using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

public sealed record ClaimQuantity(decimal Value, string Unit, IReadOnlyList<string> Modifiers, Span Span);
public sealed record ClaimDate(DateOnly Date, DatePrecision Precision, Span Span);
public sealed record ClaimSpeaker(string Slug, string Name, Span Span);

/// <summary>What a sentence asserts, read with the extractor's own recognisers.</summary>
public sealed record ParsedClaim(
    TreatyMention? Treaty, ClaimQuantity? Quantity, ClaimDate? Date, ClaimSpeaker? Speaker, Span? Quotation,
    IReadOnlyList<string> ContentWords);

/// <summary>
/// Reads a sentence a journalist wants to print ("New START limits each side to 1,550 deployed warheads",
/// "Peskov called the talks very positive") with the same recognisers the extractor uses: treaties,
/// quantities with units, dates, speakers and quotations.
/// </summary>
public sealed partial class ClaimParser(Extractor extractor)
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "that", "this", "it", "its",
        "is", "was", "were", "be", "been", "are", "as", "said", "says", "say", "called", "calls", "described", "describes",
        "told", "added", "stated", "noted", "he", "she", "they", "them", "their", "his", "her",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public ParsedClaim Parse(string claim)
    {
        var all = new Range(0, claim.Length);
        var treaty = extractor.Treaties.Find(claim, all).FirstOrDefault();
        var found = Quantities.Find(claim, all).Cast<QuantityMatch?>().FirstOrDefault() ?? Quantities.Loose(claim);
        var quantity = found is { } q ? new ClaimQuantity(q.Number.Value, q.Unit, q.Modifiers, Span.Of(claim, q.Range.Start, q.Range.End)) : null;
        // A bare year counts only after a preposition ("due by 2021"), as in extraction.
        var date = Dates.Find(claim, all, null).Where(d => !d.Relative)
            .Select(d => new ClaimDate(d.Date, d.Precision, Span.Of(claim, d.Range.Start, d.Range.End))).FirstOrDefault();
        var speaker = extractor.Actors.Find(claim, all, null)
            .Where(m => m.Actor?.Kind == "person")
            .Select(m => new ClaimSpeaker(m.Actor!.Slug, m.Actor.Name, Span.Of(claim, m.Range.Start, m.Range.End))).FirstOrDefault();
        var quotation = Quotations.Find(claim, all).Select(q => Span.Of(claim, q.Inner.Start, q.Inner.End)).FirstOrDefault();

        // Words that carry the claim's content: not the speaker's name, not function words or speech verbs.
        var skip = new List<Range>();
        if (speaker is not null) skip.Add(new Range(speaker.Span.Start, speaker.Span.End));
        if (treaty is not null) skip.Add(new Range(treaty.Span.Start, treaty.Span.End));
        var content = Word().Matches(claim)
            .Where(m => !skip.Any(r => r.Contains(m.Index)) && !StopWords.Contains(m.Value))
            .Select(m => m.Value.ToLowerInvariant()).ToList();
        return new ParsedClaim(treaty, quantity, date, speaker, quotation, content);
    }

    /// <summary>The content words of a text as the claim checker compares them (function words dropped).</summary>
    public static List<string> Words(string text) => Word().Matches(text)
        .Where(m => !StopWords.Contains(m.Value)).Select(m => m.Value.ToLowerInvariant()).ToList();
}
