using System.Globalization;
using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Limit-unit precision per way the unit was had, over the limits found: where the unit's noun stands to the
/// number (right after it, after a preposition, before it), whether the unit is a coordination of nouns, the
/// rule and cue that read the limit, a range, "each side". EVAL_TRACE_WAYS=1 prints each with its verdict.
/// </summary>
public sealed partial class Scorer
{
    private readonly SortedDictionary<string, (int Right, int Wrong)> _unitClasses = new(StringComparer.Ordinal);

    private void UnitClass(string article, LimitFact l, bool right, ExtractionResult facts)
    {
        var features = UnitFeatures(l, facts);
        foreach (var f in features)
            CountClass(_unitClasses, f, right);
        if (Trace)
            Console.WriteLine(
                $"  unitclass {(right ? "RIGHT" : "WRONG")} {article}: {l.Value} {l.Unit} «{Short(l.Span.Quote)}» "
                    + $"[{string.Join(", ", features)}]"
            );
    }

    private static List<string> UnitFeatures(LimitFact l, ExtractionResult facts)
    {
        var f = new List<string>();
        var q = l.Span.Quote;
        var number = Regex.Match(q, @"\d[\d,.]*");
        var last = l.Unit.Split(' ', ',').Last(w => w.Length > 0);
        int at = q.LastIndexOf(last, StringComparison.OrdinalIgnoreCase);
        if (!number.Success || at < 0)
            f.Add("noun place not found in span");
        else if (at < number.Index)
            f.Add("noun place before the number");
        else
        {
            var between = q[(number.Index + number.Length)..at];
            if (Regex.IsMatch(between, @"\b(?:on|aboard|per|in|at|for)\b"))
                f.Add("noun place after a preposition");
            else if (Regex.IsMatch(between, @"\b(?:and|or)\b|,"))
                f.Add("noun place after a coordination");
            else
                f.Add("noun place after the number");
        }
        if (Regex.IsMatch(l.Unit, @"\band\b|\bor\b|,"))
            f.Add("unit a coordination of nouns");
        f.Add("measure " + l.Measure);
        if (l.Min is not null)
            f.Add("shape range");
        if (l.EachParty)
            f.Add("shape each side");
        if (facts.Explanations.GetValueOrDefault(l.Id) is { } e)
            f.Add("rule " + e.Rule);
        return f;
    }

    private void PrintUnitClasses(TextWriter o)
    {
        o.WriteLine("limit-unit precision per way the unit was had (right/wrong):");
        foreach (var (k, (r, w)) in _unitClasses)
            o.WriteLine(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "  unitclass {0,-64} {1,5:P0} {2,8}",
                    k,
                    r + w == 0 ? 1 : (double)r / (r + w),
                    $"{r}/{w}"
                )
            );
    }
}
