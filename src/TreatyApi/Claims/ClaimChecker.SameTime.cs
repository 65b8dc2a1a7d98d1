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
}
