using System.Globalization;
using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.Claims;

/// <summary>
/// "As of March 2020, the treaty had not yet expired": a status on a date, never the date of the event itself.
/// </summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// A date the claim gives "as of" (or "by" with "not yet"): the event the claim says had not happened by then is
    /// compared with it (recorded later: supported; recorded before it: contradicted; within it: not told). "As of"
    /// without such a negation ("as of 2019, X was still …") is a status this reading does not check: unverifiable.
    /// Null when the date is not given that way.
    /// </summary>
    private static ClaimAspect? CheckAsOf(Context c, ClaimDate d)
    {
        var before = c.Text[..d.Span.Start];
        var asOf = AsOfBefore().IsMatch(before);
        var notYet = NotYetWords().Match(c.Text);
        if (!asOf && !(notYet.Success && ByBefore().IsMatch(before)))
            return null;
        if (!notYet.Success && Standing(c, d) is { } standing)
        {
            c.AsOfRead = true;
            return standing;
        }
        // "As of 2020, the INF Treaty was in force": the treaty's status on that date, read as a status.
        if (!notYet.Success && c.P.Status is not null && c.Treaty is not null)
            return null;
        c.AsOfRead = true;
        var text = d.Span.Quote;
        if (!notYet.Success || c.Treaty is not { } t)
            return AsOfAspect(
                c,
                text,
                ClaimVerdict.Unverifiable,
                $"The claim gives a status as of {Show(d)}, which is not compared with the date of any event.",
                []
            );
        // The event that had not happened: the words of its kind after "not yet" ("had not yet joined").
        // None there ("had not been revoked" where "revoked" names no kind read): what had not happened is not told.
        if (c.P.DateWords.FirstOrDefault(w => w.Span.Start >= notYet.Index) is not { } kindWord)
            return AsOfAspect(
                c,
                text,
                ClaimVerdict.Unverifiable,
                $"The claim gives a status as of {Show(d)}; which event had not happened then is not read.",
                []
            );
        var states = c.P.Actors.Where(a => a.Kind == "state").ToList();
        List<(string Date, ClaimEvidence Evidence)> events;
        if (
            kindWord.Kind
                is ClaimDateKind.Ratified
                    or ClaimDateKind.Acceded
                    or ClaimDateKind.Withdrew
                    or ClaimDateKind.RatificationWithdrawn
                    or ClaimDateKind.Suspended
            && states.Count > 0
        )
        {
            var kind = ActionKind(kindWord.Kind);
            events = Actions(c.Db, t.Slug, states.Select(s => s.Slug).Distinct().ToList())
                .Where(a => SameAct(kind, a.Kind))
                .Select(a => (a.Date, Evidence(a)))
                .ToList();
        }
        else
        {
            var (same, _) = CatalogKinds(kindWord.Kind, d, c.Text, kindWord);
            events = c.DatesOf(t.Slug).Where(r => same.Contains(r.Kind)).Select(r => (r.Date, Evidence(t, r))).ToList();
        }
        if (events.Count == 0)
            return AsOfAspect(
                c,
                text,
                ClaimVerdict.Unverifiable,
                $"The sources record no such event for {t.Name}, so what had not happened by {Show(d)} is not told.",
                []
            );
        var first = events.OrderBy(e => e.Date, StringComparer.Ordinal).First();
        var (start, end) = ClaimedSpan(d);
        var on = DateOnly.ParseExact(PadIso(first.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = $"the sources date it {Show(first.Date)}, according to {Where(first.Evidence.Source)}";
        return on > end
                ? AsOfAspect(c, text, ClaimVerdict.Supported, $"Not yet as of {Show(d)}: {found}.", [first.Evidence])
            : on < start
                ? AsOfAspect(
                    c,
                    text,
                    ClaimVerdict.Contradicted,
                    $"It had already happened by {Show(d)}: {found}.",
                    [first.Evidence]
                )
            : AsOfAspect(
                c,
                text,
                ClaimVerdict.Unverifiable,
                $"Whether it had happened as of {Show(d)} is not told: {found}.",
                [first.Evidence]
            );
    }

    // "was still participating in", "was a party to", "its ratification … was still in effect": a state's standing.
    [GeneratedRegex(
        @"\b(?:(?:was|were|is|are|remained|remains)\s+(?:still\s+)?(?<neg>no\s+longer\s+|not\s+)?"
            + @"(?:participating\s+in|a\s+(?:state\s+)?party\s+to|a\s+member\s+of)|"
            // "still belonged to the treaty", "no longer belonged to it": membership in the past tense.
            + @"(?:still\s+|(?<neg>no\s+longer\s+))belonged\s+to)\b|"
            + @"(?<ratified>\bratification\b[^.;]*?\b(?:was|were|is|remained|remains)\s+"
            + @"(?:still\s+)?in\s+(?:force|effect))\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex StandingWords();

    /// <summary>
    /// "As of 2019, the United States was still participating in the JCPOA", "As of 2010, North Korea was a party to
    /// the Outer Space Treaty": one state's standing on a date, from its acts. Joined before the date and not left by
    /// its end: supported; left (or its ratification withdrawn) before the date, or joined only a year or more after
    /// it: contradicted; else not told. Null when the claim says no such thing of one state.
    /// </summary>
    private static ClaimAspect? Standing(Context c, ClaimDate d)
    {
        var words = StandingWords().Match(c.Text);
        var states = c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug).Distinct().ToList();
        if (!words.Success || c.Treaty is not { } t || states.Count != 1)
            return null;
        // "no longer a party to": negated by its own words only (another "not" elsewhere is not read).
        var negated = words.Groups["neg"].Success;
        if (NegatorWords().Count(c.Text) != (negated ? 1 : 0))
            return null;
        var ratification = words.Groups["ratified"].Success;
        var acts = Actions(c.Db, t.Slug, states);
        var join = acts.Where(a => ratification ? a.Kind == "ratified" : a.Kind is "ratified" or "acceded").ToList();
        var leave = acts.Where(a => a.Kind is "withdrew" or "ratification-withdrawn").ToList();
        var (start, end) = ClaimedSpan(d);
        static DateOnly On(string iso) => DateOnly.ParseExact(PadIso(iso), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var leftBefore = leave.FirstOrDefault(l => On(l.Effective ?? l.Date) <= start);
        var leftWithin = leave.Any(l => On(l.Effective ?? l.Date) <= end);
        var joinedBefore = join.FirstOrDefault(j => On(j.Date) <= start);
        var text = c.Text[words.Index..(words.Index + words.Length)];
        c.Read.Add((words.Index, words.Index + words.Length));
        c.MembershipRead = true;
        var name = c.P.Actors.First(a => a.Kind == "state").Name;
        if (negated)
            return NotStanding(c, d, t, text, leftBefore, joinedBefore is not null && !leftWithin ? joinedBefore : null)
                ?? AsOfAspect(
                    c,
                    text,
                    ClaimVerdict.Unverifiable,
                    $"The acts the sources record of {name} about {t.Name} do not settle its standing in {Show(d)}.",
                    acts.Select(Evidence).ToList()
                );
        if (leftBefore is not null)
            return AsOfAspect(
                c,
                text,
                ClaimVerdict.Contradicted,
                $"{leftBefore.StateName} {Did(leftBefore.Kind)} {t.Name} on {Show(leftBefore.Date)}"
                    + $"{(leftBefore.Effective is { } e && e != leftBefore.Date ? $" (effective {Show(e)})" : "")}, "
                    + $"before {Show(d)}, according to {Where(Evidence(leftBefore).Source)}.",
                [Evidence(leftBefore)]
            );
        if (joinedBefore is not null && !leftWithin)
            return AsOfAspect(
                c,
                text,
                ClaimVerdict.Supported,
                $"{joinedBefore.StateName} {Did(joinedBefore.Kind)} {t.Name} on {Show(joinedBefore.Date)} and the "
                    + $"sources record no withdrawal by the end of {Show(d)}, according to "
                    + $"{Where(Evidence(joinedBefore).Source)}.",
                [Evidence(joinedBefore)]
            );
        if (join.Count > 0 && join.All(j => KnownDates(j).All(x => On(x) > end.AddYears(1))))
            return AsOfAspect(
                c,
                text,
                ClaimVerdict.Contradicted,
                $"{join[0].StateName} {Did(join[0].Kind)} {t.Name} only on {Show(join[0].Date)}, after {Show(d)}, "
                    + $"according to {Where(Evidence(join[0]).Source)}.",
                join.Select(Evidence).ToList()
            );
        return AsOfAspect(
            c,
            text,
            ClaimVerdict.Unverifiable,
            $"The acts the sources record of {name} about {t.Name} do not settle its standing in {Show(d)}.",
            acts.Select(Evidence).ToList()
        );
    }

    /// <summary>
    /// "As of 2024, Russia was no longer a party to the CFE Treaty": supported when the state's withdrawal took effect
    /// before the date; contradicted when it had joined before the date and not left by its end. Null when neither.
    /// </summary>
    private static ClaimAspect? NotStanding(
        Context c,
        ClaimDate d,
        TreatyInfo t,
        string text,
        ActionRow? leftBefore,
        ActionRow? stayed
    ) =>
        leftBefore is not null
            ? AsOfAspect(
                c,
                text,
                ClaimVerdict.Supported,
                $"{leftBefore.StateName} {Did(leftBefore.Kind)} {t.Name} on {Show(leftBefore.Date)}"
                    + $"{(leftBefore.Effective is { } e && e != leftBefore.Date ? $" (effective {Show(e)})" : "")}, "
                    + $"before {Show(d)}, according to {Where(Evidence(leftBefore).Source)}.",
                [Evidence(leftBefore)]
            )
        : stayed is not null
            ? AsOfAspect(
                c,
                text,
                ClaimVerdict.Contradicted,
                $"{stayed.StateName} {Did(stayed.Kind)} {t.Name} on {Show(stayed.Date)} and the sources record no "
                    + $"withdrawal by the end of {Show(d)}, according to {Where(Evidence(stayed).Source)}.",
                [Evidence(stayed)]
            )
        : null;

    [GeneratedRegex(
        @"\b(?:not|never|no|non|failed|refused|neither|nor|nothing|without|unable|refuses?|fails?|declined|declines|"
            + @"denied|denies|deny)\b|n['’]t\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex NegatorWords();

    /// <summary>
    /// "was in force for almost thirty years": how long the treaty was in force, not its status today or on a date;
    /// that length is not compared here, so the status is unverifiable rather than read for today.
    /// </summary>
    private static ClaimAspect? StatusForPeriod(Context c)
    {
        var s = c.P.Status!;
        if (!Regex.IsMatch(c.Text[s.Span.End..], @"^\s*for\b", RegexOptions.IgnoreCase))
            return null;
        return AsOfAspect(
            c,
            s.Span.Quote,
            ClaimVerdict.Unverifiable,
            "How long the treaty was in force is not compared with its dates here.",
            []
        );
    }

    private static ClaimAspect AsOfAspect(
        Context c,
        string text,
        ClaimVerdict verdict,
        string why,
        List<ClaimEvidence> evidence
    ) => new(AspectKind.Status, verdict, text, why, null, c.Treaty?.Slug, null, evidence, evidence.Count);

    /// <summary>The first and last day a claimed date covers ("2019": the whole year).</summary>
    private static (DateOnly Start, DateOnly End) ClaimedSpan(ClaimDate d) =>
        d.Until is { } until
            ? (d.Date, until)
            : d.Precision switch
            {
                DatePrecision.Year => (new DateOnly(d.Date.Year, 1, 1), new DateOnly(d.Date.Year, 12, 31)),
                DatePrecision.Month => (
                    new DateOnly(d.Date.Year, d.Date.Month, 1),
                    new DateOnly(d.Date.Year, d.Date.Month, 1).AddMonths(1).AddDays(-1)
                ),
                _ => (d.Date, d.Date),
            };

    private static string PadIso(string iso) =>
        iso.Length switch
        {
            4 => iso + "-01-01",
            7 => iso + "-01",
            _ => iso[..10],
        };

    [GeneratedRegex(
        @"\bas\s+of\s+(?:(?:the\s+)?(?:end|start|beginning|middle|close|spring|summer|autumn|fall|winter)\s+of\s+|"
            + @"(?:early|mid|late)[\s-]*)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AsOfBefore();

    [GeneratedRegex(@"\bby\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|(?:early|mid|late)[\s-]*)?$")]
    private static partial Regex ByBefore();

    [GeneratedRegex(
        @"\b(?:not\s+yet|(?:had|has|have)\s+(?:still\s+)?not|hadn['’]t|hasn['’]t|haven['’]t|"
            + @"(?:had|has|was|were)\s+"
            + @"yet\s+to|still\s+not)(?:\s+yet)?\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex NotYetWords();
}
