using System.Globalization;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Precision per structural feature of a quotation as read (<see cref="StatementReading.Features"/>: the kind of
/// quoted text, where it stands, the shape of its attribution), kept or withheld: whether the quotation is one
/// in gold, whether its speaker and outlet are right. A feature value weak here is a reason for doubt; one cut is
/// still graded ("withheld" counts the quotations the extractor no longer gives).
/// </summary>
public sealed partial class Scorer
{
    private sealed class FeatureTally
    {
        public int QuoteRight,
            QuoteWrong,
            SpeakerRight,
            SpeakerWrong,
            OutletRight,
            OutletWrong,
            Withheld,
            SpeakerWithheld;
    }

    private readonly SortedDictionary<string, FeatureTally> _features = new(StringComparer.Ordinal);

    /// <summary>Every quotation read (given or withheld) matched against gold on its own, graded per feature.</summary>
    private void QuoteKinds(string name, string text, Gold gold, ExtractionResult facts)
    {
        var readings = facts
            .Statements.Select(s => (Reading: facts.Explanations.GetValueOrDefault(s.Id)?.Reading, Given: s))
            .Where(x => x.Reading is not null)
            .Select(x => (Reading: x.Reading!, Given: (StatementFact?)x.Given))
            .Concat(
                facts
                    .Explanations.Values.Select(e => e.Reading)
                    .Where(r => r is { Withheld: true })
                    .Select(r => (Reading: r!, Given: (StatementFact?)null))
            )
            .ToList();
        var matched = new Dictionary<StatementReading, GoldQuotation>();
        foreach (var g in gold.Quotations)
        {
            var at = Occurrences(text, g.Text);
            if (at.Count == 0)
                continue;
            var hit = readings
                .Select(x => x.Reading)
                .Where(r => !matched.ContainsKey(r) && Overlaps(at, r.Unabridged.Span))
                .MinBy(r => Math.Abs(r.Unabridged.Span.End - r.Unabridged.Span.Start - g.Text.Length));
            if (hit is not null)
                matched[hit] = g;
        }
        foreach (var (reading, given) in readings)
        {
            var read = reading.Unabridged;
            var g = matched.GetValueOrDefault(reading);
            bool? speaker =
                read.Speakers.Count == 0
                    ? null
                    : g is not null
                        && g.Speakers.Count == read.Speakers.Count
                        && g.Speakers.All(n => read.Speakers.Any(s => SameActor(n, s)));
            bool? outlet = read.Outlet is not { } o ? null : g?.Outlet is { } go && SameName(go, o.Name, o.Label);
            bool speakerWithheld = read.Speakers.Count > 0 && (given is null || given.Speakers.Count == 0);
            if (Trace)
                Console.WriteLine(
                    $"  kind {name} Q:{(g is null ? "WRONG" : "RIGHT")}"
                        + $" S:{speaker switch { true => "RIGHT", false => "WRONG", null => "-" }}"
                        + $" O:{outlet switch { true => "RIGHT", false => "WRONG", null => "-" }}"
                        + $"{(given is null ? " (withheld)" : speakerWithheld ? " (speaker withheld)" : "")}"
                        + $" [{string.Join(' ', reading.Features)}] {reading.Speaker} {Detail(read)}"
                );
            foreach (var f in reading.Features.Append("all"))
            {
                var t = _features.TryGetValue(f, out var x) ? x : _features[f] = new FeatureTally();
                if (g is null)
                    t.QuoteWrong++;
                else
                    t.QuoteRight++;
                if (speaker == true)
                    t.SpeakerRight++;
                else if (speaker == false)
                    t.SpeakerWrong++;
                if (outlet == true)
                    t.OutletRight++;
                else if (outlet == false)
                    t.OutletWrong++;
                if (given is null)
                    t.Withheld++;
                else if (speakerWithheld)
                    t.SpeakerWithheld++;
            }
        }
    }

    private void PrintQuoteKinds(TextWriter o)
    {
        o.WriteLine(
            "quotation features, as read (quotation in gold, speaker right, outlet right: right/wrong; withheld "
                + "quotations, withheld speakers):"
        );
        foreach (var (k, t) in _features)
            o.WriteLine(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "  feature {0,-22} Q {1,8} S {2,8} O {3,6}  withheld {4}/{5}",
                    k,
                    $"{t.QuoteRight}/{t.QuoteWrong}",
                    $"{t.SpeakerRight}/{t.SpeakerWrong}",
                    $"{t.OutletRight}/{t.OutletWrong}",
                    t.Withheld,
                    t.SpeakerWithheld
                )
            );
    }
}
