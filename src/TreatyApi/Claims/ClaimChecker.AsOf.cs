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
        d.Precision switch
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
