using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.Claims;

/// <summary>
/// "Britain and France ratified the CTBT on the same day", "France ratified the CTBT and the CWC in the same year":
/// two or more states' acts of one kind (or one state's act on two treaties) said to fall on the same day, month or
/// year, compared with the acts the sources record.
/// </summary>
public static partial class ClaimChecker
{
    [GeneratedRegex(
        @"\b(?:on|in|within)\s+the\s+(?:very\s+)?same\s+(?<unit>day|month|year)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex SameTimeWords();

    /// <summary>
    /// The same time of two or more acts: supported when every act the claim names is recorded and all fall in the
    /// same day (month, year); contradicted when all are recorded and they do not; else unverifiable. Null when the
    /// claim says no such thing or another reading took the words ("on the same day it opened for signature").
    /// </summary>
    private static ClaimAspect? CheckSameTime(Context c)
    {
        var m = SameTimeWords().Match(c.Text);
        if (!m.Success || c.Read.Any(r => r.Start <= m.Index && m.Index < r.End) || c.P.Negated)
            return null;
        var word = c.P.DateWords.FirstOrDefault(w => ActionKind(w.Kind) != "");
        var states = c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug).Distinct().ToList();
        var treaties = c.P.Treaties.Where(t => t.Known).Select(t => t.Slug).Distinct().ToList();
        if (word is null || states.Count == 0 || treaties.Count == 0 || states.Count * treaties.Count < 2)
            return null;
        var kind = ActionKind(word.Kind);
        var text = m.Value;
        c.Read.Add((m.Index, m.Index + m.Length));
        var acts = new List<ActionRow>();
        var names = new List<string>();
        foreach (var treaty in treaties)
        foreach (var state in states)
        {
            var act = Actions(c.Db, treaty, [state]).FirstOrDefault(a => SameAct(kind, a.Kind));
            if (act is null)
                return new(
                    AspectKind.TreatyDate,
                    ClaimVerdict.Unverifiable,
                    text,
                    $"The sources record no such act of every state named, so whether they fell {text} is not told.",
                    null,
                    treaty,
                    null,
                    [],
                    0
                );
            acts.Add(act);
            names.Add(c.Info(treaty)?.Name ?? treaty);
        }
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var length = unit switch
        {
            "day" => 10,
            "month" => 7,
            _ => 4,
        };
        var same = acts.Select(a => a.Date[..Math.Min(length, a.Date.Length)]).Distinct().Count() == 1;
        // A date known only to the year (or month) cannot say two acts fell on different days.
        if (!same && acts.Any(a => a.Date.Length < length))
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"The sources date these acts less exactly than a {unit}.",
                null,
                treaties[0],
                null,
                acts.Select(Evidence).ToList(),
                acts.Count
            );
        var list = string.Join(
            "; ",
            acts.Select((a, i) => $"{a.StateName} {Did(a.Kind)} {names[i]} on {Show(a.Date)}")
        );
        return new(
            AspectKind.TreatyDate,
            same ? ClaimVerdict.Supported : ClaimVerdict.Contradicted,
            text,
            $"{(same ? "The acts fell " + text : "The acts did not fall " + text)}: {list}, according to "
                + $"{Where(Evidence(acts[0]).Source)}.",
            null,
            treaties[0],
            null,
            acts.Select(Evidence).ToList(),
            acts.Count
        );
    }

    // "France ratified the CWC after the United Kingdom did": the other state's act of the same kind, by its order.
    [GeneratedRegex(
        @"\b(?<rel>before|after)\s+(?:the\s+)?(?<state>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+"
            + @"(?:did|had|was|were)\b"
    )]
    private static partial Regex OrderWords();

    /// <summary>
    /// One state's act before or after another's of the same kind on the same treaty, with no length of time
    /// between: supported when both are recorded in that order, contradicted when both are recorded to the day
    /// (and checked) in the other order, else unverifiable. Null when the claim says no such thing.
    /// </summary>
    private static ClaimAspect? CheckOrder(Context c)
    {
        var m = OrderWords().Match(c.Text);
        if (
            !m.Success
            || c.Treaty is not { } t
            || c.Read.Any(r => r.Start <= m.Index && m.Index < r.End)
            || c.P.Negated
        )
            return null;
        var word = c.P.DateWords.LastOrDefault(w => w.Span.End <= m.Index && ActionKind(w.Kind) != "");
        var first = word is null
            ? null
            : c.P.Actors.LastOrDefault(a => a.Kind == "state" && a.Span.End <= word.Span.Start);
        var second = c.P.Actors.FirstOrDefault(a =>
            a.Kind == "state" && a.Span.Start >= m.Groups["state"].Index && a.Span.Start < m.Index + m.Length
        );
        if (word is null || first is null || second is null || first.Slug == second.Slug || c.P.Dates.Count > 0)
            return null;
        c.Read.Add((m.Index, m.Index + m.Length));
        var kind = ActionKind(word.Kind);
        var a = Actions(c.Db, t.Slug, [first.Slug]).FirstOrDefault(x => SameAct(kind, x.Kind));
        var b = Actions(c.Db, t.Slug, [second.Slug]).FirstOrDefault(x => SameAct(kind, x.Kind));
        var text = m.Value;
        if (a is null || b is null)
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"The sources do not record both acts ({kind}) of {first.Name} and {second.Name} on {t.Name}, so their "
                    + "order is not told.",
                null,
                t.Slug,
                Kind(word.Kind),
                new[] { a, b }.OfType<ActionRow>().Select(Evidence).ToList(),
                new[] { a, b }.Count(x => x is not null)
            );
        var after = m.Groups["rel"].Value.Equals("after", StringComparison.OrdinalIgnoreCase);
        var order = string.CompareOrdinal(a.Date, b.Date);
        var exact = a.Date.Length == 10 && b.Date.Length == 10 && a.Checked != 0 && b.Checked != 0;
        var holds = after ? order > 0 : order < 0;
        var verdict =
            order != 0 && holds ? ClaimVerdict.Supported
            : order != 0 && exact ? ClaimVerdict.Contradicted
            : ClaimVerdict.Unverifiable;
        return new(
            AspectKind.TreatyDate,
            verdict,
            text,
            $"{a.StateName} {Did(a.Kind)} {t.Name} on {Show(a.Date)} and {b.StateName} on {Show(b.Date)}, according "
                + $"to {Where(Evidence(a).Source)}.",
            null,
            t.Slug,
            Kind(word.Kind),
            [Evidence(a), Evidence(b)],
            2
        );
    }
}
