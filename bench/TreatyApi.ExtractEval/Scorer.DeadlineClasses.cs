using System.Globalization;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Precision per class of deadline reading: the rule that found a deadline (its explanation's rule, and for the
/// deadline-word rule its cue) and how its date was resolved (a full date in the text, a day whose year was taken
/// from publication, a weekday, a period from publication or from a catalog event…). A class that is weak on real
/// text is one to abstain in, whatever its figures on the corpus; this shows each on every set.
/// EVAL_TRACE_WAYS=1 prints every deadline returned with its class and verdict.
/// </summary>
public sealed partial class Scorer
{
    private readonly SortedDictionary<string, (int Right, int Wrong)> _deadlineClasses = new(StringComparer.Ordinal);

    /// <summary>One deadline returned and scored (right: it matched a gold deadline).</summary>
    /// <summary>One more right or wrong answer of a class, in one of the per-class tables the scorer prints.</summary>
    private static void CountClass(SortedDictionary<string, (int Right, int Wrong)> table, string key, bool right)
    {
        var (r, w) = table.GetValueOrDefault(key);
        table[key] = right ? (r + 1, w) : (r, w + 1);
    }

    private void DeadlineClass(string article, DeadlineFact d, bool right, ExtractionResult facts)
    {
        var rule = facts.Explanations.GetValueOrDefault(d.Id);
        var ruleName = rule?.Rule ?? "(no rule)";
        var date = DateClass(d);
        void Add(string key)
        {
            CountClass(_deadlineClasses, key, right);
        }
        Add($"rule  {ruleName}");
        Add($"date  {date}");
        Add($"both  {ruleName} | {date}");
        if (ruleName is "deadline-word" or "deadline-preposition" or "date-before-word")
            Add($"cue   {ruleName}: {rule!.Cue.ToLowerInvariant()}");
        if (Trace)
            Console.WriteLine(
                $"  deadline {(right ? "RIGHT" : "WRONG")} [{ruleName}: {rule?.Cue} | {date}] {article}: "
                    + $"{d.Date?.Iso ?? d.Relative?.Offset} «{Short(d.Span.Quote)}»"
            );
    }

    /// <summary>How a deadline's date was resolved, from its basis, precision and note.</summary>
    public static string DateClass(DeadlineFact d)
    {
        if (d.Date is not { } fd)
            return "undated, relative to an event";
        var note = fd.Note ?? "";
        var rel = d.Relative is null ? "" : " (+period basis)";
        if (fd.Basis == "stated")
            return fd.Precision switch
                {
                    DatePrecision.Day => "full date in text",
                    DatePrecision.Month => "month and year in text",
                    _ => "year in text",
                } + rel;
        if (note.StartsWith("year taken from the publication", StringComparison.Ordinal))
            return "day or month, year from publication" + rel;
        if (note.StartsWith("year taken from", StringComparison.Ordinal))
            return "day, year from an earlier date" + rel;
        if (note.Contains("\" read as the", StringComparison.Ordinal))
            return "weekday from publication" + rel;
        if (note.Contains("resolved against publication", StringComparison.Ordinal))
            return "today/yesterday" + rel;
        if (note.StartsWith("the end of the", StringComparison.Ordinal))
            return "end of year/decade of publication";
        if (note.Contains("publication", StringComparison.Ordinal))
            return "period or year from publication";
        if (
            note.Contains("the sentence", StringComparison.Ordinal)
            || note.Contains("the text", StringComparison.Ordinal)
        )
            return "period from a date in the text";
        if (note.Length > 0)
            return "period from a catalog date";
        return "relative, no note";
    }

    private void PrintDeadlineClasses(TextWriter o)
    {
        o.WriteLine("deadline precision per class (rule, cue, date resolution; right/wrong):");
        foreach (var (k, (r, w)) in _deadlineClasses)
            o.WriteLine(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "  dlclass {0,-78} {1,5:P0} {2,8}",
                    k,
                    r + w == 0 ? 1 : (double)r / (r + w),
                    $"{r}/{w}"
                )
            );
    }
}
