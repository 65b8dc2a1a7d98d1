using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// What a limit counts when it is not written right after its figure: the list a counted thing belongs to ("ICBMs,
/// SLBMs and heavy bombers"), the unit such a list is reported in, the clause the subject is named in, "N for
/// &lt;forces&gt;", and a figure written into one word with its unit ("the 300-kilogram limit").
/// </summary>
internal sealed partial class LimitExtractor
{
    // Where the clause holding a figure's subject starts: "…warheads, while deployed ICBMs … were capped at 700".
    // "20,000 battle tanks, of which no more than 16,500 …": "of which" takes part of what came before, not a new
    // subject.
    private static readonly Regex ClauseBreak = Compile(
        @"(?:;|" + B + "(?:while|whereas|but|(?<!of )which))" + E,
        RegexOptions.IgnoreCase
    );

    // Things counted joined into one list: "deployed ICBMs, deployed SLBMs and deployed heavy bombers".
    private static readonly Regex ListGap = Interpret(
        @"^(?:,|,? and|,? or)(?: )?(?:(?:" + Any(Modifiers) + "|" + Associated + ") )*$",
        RegexOptions.IgnoreCase
    );

    /// <summary>Where the clause holding the cue starts: after the last "while", "but", "which" or ";" before it.
    /// </summary>
    private static int ClauseStart(string text, int from, int cueStart)
    {
        int at = from;
        if (from >= cueStart)
            return from;
        for (var m = ClauseBreak.Match(text, from, cueStart - from); m.Success; m = m.NextMatch())
            at = m.Index + m.Length;
        return at;
    }

    /// <summary>
    /// The list a counted thing belongs to ("ICBMs, SLBMs and heavy bombers" around "heavy bombers"), written as
    /// one unit the way <see cref="Quantities.UnitAfter"/> writes a list after a figure; the thing alone otherwise.
    /// </summary>
    internal static string ListOf(string text, TextRange window, TextRange thing) => List(text, window, thing).Unit;

    /// <summary>What a figure counts when "for" or "on" comes between ("700, for deployed ICBMs, deployed SLBMs,
    /// and deployed heavy bombers"): the list as one unit and where it ends; null otherwise.</summary>
    internal static (string Unit, int End)? CountedAfter(string text, int figureEnd, int limit)
    {
        var after = Quantities.FirstCounted(text, new TextRange(figureEnd, Math.Min(limit, figureEnd + 60)));
        if (after is not { } a || !OnFor.IsMatch(text[figureEnd..a.Range.Start]))
            return null;
        var (unit, end) = List(text, new TextRange(a.Range.Start, Math.Min(limit, a.Range.End + 160)), a.Range);
        // "1550, for warheads on deployed ICBMs": the list ends after what the counted things are on.
        var on = CarriedOn.Match(text, end);
        if (
            on.Success
            && Quantities.FirstCounted(text, new TextRange(on.Index + on.Length, Math.Min(limit, end + 80))) is { } c
            && c.Range.Start == on.Index + on.Length
        )
            end = List(text, new TextRange(c.Range.Start, Math.Min(limit, c.Range.End + 160)), c.Range).End;
        return (unit, end);
    }

    private static readonly Regex CarriedOn = Interpret(
        @"\G (?:on|attributed to|carried on)(?: (?:" + Any(Modifiers) + "))* ",
        RegexOptions.IgnoreCase
    );

    /// <summary>The list a counted thing belongs to, as one unit, and where the list ends.</summary>
    private static (string Unit, int End) List(string text, TextRange window, TextRange thing)
    {
        var all = Quantities.AllCounted(text, window);
        int i = all.FindIndex(c => c.Range.Start == thing.Start);
        if (i < 0)
            return (Quantities.AllCounted(text, thing).FirstOrDefault().Unit ?? "", thing.End);
        int lo = i,
            hi = i;
        while (lo > 0 && ListGap.IsMatch(text[all[lo - 1].Range.End..all[lo].Range.Start]))
            lo--;
        while (hi + 1 < all.Count && ListGap.IsMatch(text[all[hi].Range.End..all[hi + 1].Range.Start]))
            hi++;
        if (lo == hi)
            return (all[i].Unit, all[i].Range.End);
        var units = all.Skip(lo).Take(hi - lo + 1).Select(c => c.Unit).ToList();
        return (string.Join(", ", units[..^1]) + " and " + units[^1], all[hi].Range.End);
    }

    /// <summary>
    /// The unit a list of strategic forces is reported in: ICBMs, SLBMs (or missiles, submarines) and heavy bombers
    /// are New START's and START's delivery vehicles; ICBM launchers, SLBM launchers and heavy bombers its
    /// launchers. Any other list, or a single thing, stays as written (its words are kept in the counted text).
    /// </summary>
    internal static string ListUnit(string unit)
    {
        if (
            !unit.Contains("bombers", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("bombers", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("heavy bombers", StringComparison.OrdinalIgnoreCase)
        )
            return unit;
        // "ICBMs and their associated launchers, SLBMs and their associated launchers, and heavy bombers" (START I)
        // counts the missiles with their launchers: delivery vehicles.
        if (StrategicForces.IsMatch(unit))
            return "delivery vehicles";
        return unit.Contains("launchers", StringComparison.OrdinalIgnoreCase) ? "launchers" : unit;
    }

    private static readonly Regex StrategicForces = Interpret(
        B + "(?:ICBMs|SLBMs|missiles|submarines)" + E,
        RegexOptions.IgnoreCase
    );

    // After "for" only qualifiers may come before the thing counted ("to 1,675 for each side, and delivery vehicles"
    // is not a limit on delivery vehicles).
    // "ICBMs and their associated launchers": the launchers of the missiles just named.
    private const string Associated = "(?:(?:their|its) )?associated";

    private static readonly Regex OnFor = Interpret(
        @"^,?(?: )?(?:on [\s\S]*|for (?:(?:the|" + Any(Modifiers) + ") )*)$",
        RegexOptions.IgnoreCase
    );

    // "the 300-kilogram limit", "its 3.67-percent enrichment cap": the figure and its unit written as one word.
    private static readonly Regex HyphenAfter = Interpret(
        @"\G-(?<unit>"
            + Any(HyphenUnits.Select(u => u.Text))
            + ")(?:"
            + NounGapWord
            + "){0,2} (?<cue>"
            + Any(LimitCuesAfter.Where(p => p.Kind == "noun"))
            + ")"
            + E,
        RegexOptions.IgnoreCase
    );

    private static Candidate? Hyphenated(string text, TextRange sentence, NumberMatch n)
    {
        if (n.Range.End >= text.Length || text[n.Range.End] != '-')
            return null;
        var m = HyphenAfter.Match(text, n.Range.End);
        if (!m.Success || m.Index + m.Length > sentence.End)
            return null;
        var u = HyphenUnits.First(x =>
            x.Text.Equals(TextStructure.Normalize(m.Groups["unit"].Value), StringComparison.OrdinalIgnoreCase)
        );
        return new Candidate(
            n,
            null,
            n.Range.Start,
            m.Index + m.Length,
            u.Unit,
            u.Measure,
            [],
            "limit-after",
            m.Groups["cue"].Value,
            n.Range.Start,
            new TextRange(n.Range.Start, n.Range.Start)
        );
    }

    private static readonly Regex BareCueAfter = Interpret(
        @"\G (?<cue>allowed|permitted|cap|limit|ceiling)" + E,
        RegexOptions.IgnoreCase
    );
}
