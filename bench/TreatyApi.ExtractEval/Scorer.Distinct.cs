using System.Globalization;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Recall counted by distinct fact rather than by mention. Gold lists every mention of a limit or deadline ("the
/// 300-kg cap" in the headline and again in the body), while the extractor gives each distinct fact of a document once,
/// at its first reading (README: a repeated passage gives one fact). Here the mentions of one value in one article are
/// one gold fact, found when a returned fact of that value overlaps any of them. The table's recall stays by mention.
/// </summary>
public sealed partial class Scorer
{
    private int _distinctLimits,
        _distinctLimitsFound,
        _distinctDeadlines,
        _distinctDeadlinesFound;

    private void Distinct(string text, Gold gold, ExtractionResult facts)
    {
        foreach (var group in gold.Limits.GroupBy(g => (g.Value, g.Min)))
        {
            var at = group.SelectMany(g => Occurrences(text, g.Quote)).ToList();
            if (at.Count == 0)
                continue;
            _distinctLimits++;
            if (facts.Limits.Any(l => l.Value == group.Key.Value && l.Min == group.Key.Min && Overlaps(at, l.Span)))
                _distinctLimitsFound++;
        }
        foreach (var group in gold.Deadlines.GroupBy(g => GoldIso(g) ?? "P:" + g.Relative?.Offset))
        {
            var at = group.SelectMany(g => Occurrences(text, g.Quote)).ToList();
            if (at.Count == 0)
                continue;
            _distinctDeadlines++;
            var iso = GoldIso(group.First());
            var offset = group.First().Relative?.Offset;
            if (
                facts.Deadlines.Any(d =>
                    Overlaps(at, d.Span) && (iso is not null ? d.Date?.Iso == iso : d.Relative?.Offset == offset)
                )
            )
                _distinctDeadlinesFound++;
        }
    }

    private void PrintDistinct(TextWriter o)
    {
        static string Rate(int f, int g) =>
            string.Format(CultureInfo.InvariantCulture, "{0:P1} ({1}/{2})", g == 0 ? 1 : (double)f / g, f, g);
        o.WriteLine(
            $"recall by distinct value per article (mentions of one value are one fact): limits "
                + $"{Rate(_distinctLimitsFound, _distinctLimits)}, deadlines "
                + $"{Rate(_distinctDeadlinesFound, _distinctDeadlines)}"
        );
    }
}
