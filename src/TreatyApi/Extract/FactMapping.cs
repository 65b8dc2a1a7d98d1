using TreatyApi.Extraction;
using TreatyApi.Facts;

namespace TreatyApi.Extract;

/// <summary>
/// The extractor's facts in the API's shapes, with sources pointing into the text sent (document id "request").
/// </summary>
internal static class FactMapping
{
    public static ExtractResult ToResult(ExtractionResult facts, string? title, string? published)
    {
        Source SourceOf(Span span, OutletRef? outlet = null) =>
            Source.Document(
                "request",
                title ?? "",
                null,
                published,
                null,
                span.Start,
                span.End,
                span.Quote,
                outlet is null
                    ? null
                    : new CitedOutlet(
                        outlet.Slug,
                        outlet.Name,
                        outlet.Label,
                        Iso(outlet.Date),
                        outlet.Span.Start,
                        outlet.Span.End,
                        outlet.Span.Quote
                    )
            );
        DateValue Date(FactDate d) => new(d.Iso, d.Precision.ToString().ToLowerInvariant(), d.Basis, d.Note);
        SpeakerMention SpeakerOf(SpeakerRef s) => new(s.Slug, s.Name, s.Mention, s.Resolution);

        return new ExtractResult(
            title,
            published,
            facts
                .Treaties.Select(t => new TreatyMentionSpan(
                    t.Slug,
                    t.Name,
                    t.Known,
                    t.Span.Start,
                    t.Span.End,
                    t.Span.Quote
                ))
                .ToList(),
            facts
                .Limits.Select(l => new Limit(
                    l.Id,
                    l.TreatySlug,
                    (double)l.Value,
                    l.Unit,
                    l.Counted,
                    l.Binds,
                    l.EachParty,
                    l.Deadline is null ? null : Date(l.Deadline),
                    SourceOf(l.Span),
                    l.Measure,
                    (double?)l.Min,
                    l.RelativeDeadline is { } r ? new RelativeDeadline(r.Event, r.Offset) : null,
                    // Nothing is stored for an extract: a duration's end and disagreements with a treaty's text are
                    // worked
                    // out at ingest and by /treaties/{slug}/limits.
                    l.Duration
                        is { } du
                        ? new DurationValue(du.Offset, du.From, null)
                        : null,
                    []
                ))
                .ToList(),
            facts
                .Deadlines.Select(d => new Deadline(
                    d.Id,
                    d.TreatySlug,
                    d.Date is null ? null : Date(d.Date),
                    d.Kind,
                    d.Action,
                    SourceOf(d.Span),
                    d.Relative is { } r ? new RelativeDeadline(r.Event, r.Offset) : null
                ))
                .ToList(),
            facts
                .Statements.Select(s => new Statement(
                    s.Id,
                    s.Text,
                    s.Speakers.Select(SpeakerOf).ToList(),
                    s.Date is null ? null : Date(s.Date),
                    s.Place,
                    s.Attribution is null
                        ? null
                        : new Excerpt(s.Attribution.Start, s.Attribution.End, s.Attribution.Quote),
                    SourceOf(s.Span, s.Outlet)
                ))
                .ToList(),
            facts
                .Events.Select(e => new Event(
                    e.Id,
                    e.Kind,
                    e.Participants.Select(SpeakerOf).ToList(),
                    Date(e.Date),
                    e.Place,
                    SourceOf(e.Span)
                ))
                .ToList()
        );
    }

    private static string? Iso(DateOnly? d) =>
        d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
