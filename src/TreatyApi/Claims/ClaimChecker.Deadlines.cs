using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>Deadline aspects: a date something is due by, and a period given to meet a limit.</summary>
public static partial class ClaimChecker
{
    // A length of time given to meet an obligation ("seven years to meet its limits", "within 18 months").
    [GeneratedRegex(
        @"\b(?:within|to\s+(?:meet|reach|complete|implement|carry\s+out|eliminate|destroy|reduce|cut|"
            + @"comply)|had\s+to\s+be\s+(?:completed|met|reached|eliminated|carried\s+out)|after\s+(?:its\s+|the\s+)?"
            + @"entry\s+into\s+force)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TimeToMeet();

    // How long a limit holds ("the cap lasts 15 years").
    [GeneratedRegex(
        @"\b(?:lasts?|lasted|lasting|remains?\s+in\s+(?:effect|place|force)\s+for|applies\s+for)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TimeItLasts();

    [GeneratedRegex(
        @"(?<!\bin\s+(?:force|effect)\s)\bfor\s+"
            + @"(?:(?:exactly|about|nearly|almost|some|over|more\s+than|a\s+further)\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ForPeriod();

    /// <summary>
    /// "New START gave the parties seven years to meet its limits": a period, compared with the periods the treaty
    /// text gives to meet its limits (or, for "lasts", how long they hold). Only a period of one of those two kinds is
    /// read, and it contradicts only when every limit it may be about gives one same other period.
    /// </summary>
    private static ClaimAspect? CheckDuration(Context c, ClaimDuration duration)
    {
        // "limited Iran to 5,060 centrifuges for fifteen years": a period after "for" on a figure is how long that
        // limit holds, compared with the catalog's duration (a treaty "in force for" years is not a limit's).
        var lasts =
            TimeItLasts().IsMatch(c.Text)
            || (c.P.Quantities.Count > 0 && ForPeriod().IsMatch(c.Text[..duration.Span.Start]));
        if (
            c.Treaty is not { } t
            || (!lasts && !TimeToMeet().IsMatch(c.Text))
            || c.P.DateWords.Any(w => w.Kind != ClaimDateKind.EnteredIntoForce)
        )
            return null;
        var limits = c
            .Reads.TreatyTextLimits(c.Db, t.Slug)
            .Where(l => (lasts ? l.Duration?.Offset : l.RelativeDeadline?.Offset) is not null)
            .ToList();
        var units = c.P.Quantities.Select(q => q.Unit).ToHashSet(StringComparer.Ordinal);
        if (units.Count > 0)
            limits = limits.Where(l => units.Contains(l.Unit)).ToList();
        else if (Closest(c, limits) is { Count: > 0 } closest)
            limits = closest;
        string Period(Limit l) => (lasts ? l.Duration!.Offset : l.RelativeDeadline!.Offset);
        var what = lasts ? "lasts" : "is given to meet it";
        if (limits.Count == 0)
            return new(
                AspectKind.Deadline,
                ClaimVerdict.Unverifiable,
                duration.Span.Quote,
                $"The treaty text of {t.Name} gives no period of this kind in the catalog.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        var same = limits.Where(l => Period(l) == duration.Period).ToList();
        if (same.Count > 0)
            return new(
                AspectKind.Deadline,
                ClaimVerdict.Supported,
                duration.Span.Quote,
                $"{t.Name} gives {ShowPeriod(duration.Period)} for {same[0].Counted} ({what}), according to "
                    + $"{Where(same[0].Source)}.",
                null,
                t.Slug,
                null,
                same.Select(Evidence).ToList(),
                same.Count
            );
        var periods = limits.Select(Period).Distinct().ToList();
        var ev = limits.Select(Evidence).Take(ClaimAspect.MaxEvidence).ToList();
        if (periods.Count > 1)
            return new(
                AspectKind.Deadline,
                ClaimVerdict.Unverifiable,
                duration.Span.Quote,
                $"{t.Name} gives {string.Join(" or ", periods.Select(ShowPeriod))} for different limits; which one the "
                    + "claim means is not told.",
                null,
                t.Slug,
                null,
                ev,
                limits.Count
            );
        return new(
            AspectKind.Deadline,
            ClaimVerdict.Contradicted,
            duration.Span.Quote,
            $"{t.Name} gives {ShowPeriod(periods[0])}, not {ShowPeriod(duration.Period)}, for {limits[0].Counted}, "
                + $"according to {Where(limits[0].Source)}.",
            periods[0],
            t.Slug,
            null,
            ev,
            limits.Count
        );
    }

    /// <summary>"P7Y" → "7 years", "P18M" → "18 months".</summary>
    private static string ShowPeriod(string iso) =>
        Regex.Match(iso, @"^P(?<n>\d+)(?<u>[YMD])$") is { Success: true } m
            ? $"{m.Groups["n"].Value} {m.Groups["u"].Value switch { "Y" => "year", "M" => "month", _ => "day" }}"
                + (m.Groups["n"].Value == "1" ? "" : "s")
            : iso;

    private sealed record Due(string Id, string Date, string Kind, Func<ClaimEvidence> Evidence);

    private static ClaimAspect CheckDeadline(Context c, ClaimDate d)
    {
        c.Used.Add(d);
        var p = c.P;
        if (d.Preposition is "until" or "till" or "through" && p.Quantities.Count > 0 && !GivenUntil(c.Text))
            return new(
                AspectKind.Deadline,
                ClaimVerdict.Unverifiable,
                d.Span.Quote,
                $"How long a limit applies (\"{d.Span.Quote}\") is not compared with deadlines; no duration is "
                    + $"checked.",
                null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        var dues = new List<Due>();
        var unit = p.Quantities.FirstOrDefault()?.Unit;
        if (c.Treaty is { } t)
        {
            foreach (var l in c.Reads.TreatyTextLimits(c.Db, t.Slug).Where(l => l.Deadline is not null))
                if (unit is null || l.Unit == unit)
                    dues.Add(new(l.Id, l.Deadline!.Date, "treaty-text", () => Evidence(l)));
            // "…1,550 warheads by 2018": the deadlines that go with that limit; without a figure, those about the
            // same thing.
            var related = unit is not null
                ? c.Reads.DeadlinesOn(c.Db, t.Slug, unit)
                : c.Reads.DeadlineDates(c.Db, t.Slug).Where(x => Shares(p.PlainWords, x.Action)).ToList();
            dues.AddRange(
                related.Select(x => new Due(x.Id, x.Date, "deadline", () =>
                    Evidence(c.Reads.DeadlineById(c.Db, x.Id)!)
                ))
            );
            if (unit is not null || Reductions(p.PlainWords))
                foreach (var row in c.Dates.Where(r => r.Kind == "central-limits-due"))
                    dues.Add(new($"{t.Slug}/dates/{row.Kind}", row.Date, "treaty-date", () => Evidence(t, row)));
        }
        else
        {
            // No treaty named and none assumed: only deadlines that belong to no treaty and say the same thing.
            var loose = c.Reads.LooseDeadlines(c.Db);
            dues.AddRange(
                loose
                    .Where(x => Shares(p.PlainWords, x.Action, 2))
                    .Select(x => new Due(x.Id, x.Date, "deadline", () => Evidence(c.Reads.DeadlineById(c.Db, x.Id)!)))
            );
        }
        var what = c.Treaty is null ? "" : $" of {c.Treaty.Name}";
        if (dues.Count == 0)
            return new(
                AspectKind.Deadline,
                ClaimVerdict.Unverifiable,
                d.Span.Quote,
                c.Treaty is null
                    ? $"The claim names no treaty, and no deadline in the sources says the same thing by {Show(d)}."
                    : $"No deadline{what} about {(unit ?? "this")} is found in the sources.",
                null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        var same = dues.Where(x => Same(d, x.Date)).ToList();
        if (same.Count > 0)
            return new(
                AspectKind.Deadline,
                ClaimVerdict.Supported,
                d.Span.Quote,
                $"The deadline{what} is {Show(same[0].Date)}, as {Where(same[0].Evidence().Source)} gives it.",
                null,
                c.Treaty?.Slug,
                null,
                same.Take(ClaimAspect.MaxEvidence).Select(x => x.Evidence()).ToList(),
                same.Count
            );
        // "late 2018" of a deadline in mid-2018: near, not surely it.
        if (d.Around is { } around && dues.Any(x => InDays(around, x.Date)))
            return new(
                AspectKind.Deadline,
                ClaimVerdict.Unverifiable,
                d.Span.Quote,
                $"The deadline{what} is {Show(dues[0].Date)}: near \"{d.Span.Quote}\" but not surely it.",
                null,
                c.Treaty?.Slug,
                null,
                dues.Take(ClaimAspect.MaxEvidence).Select(x => x.Evidence()).ToList(),
                dues.Count
            );
        // "2018" and "2018-02-05" are one deadline said at two precisions: the more precise is shown.
        var dates = dues.Select(x => x.Date).Distinct().ToList();
        dates = dates
            .Where(x => !dates.Any(y => y.Length > x.Length && y.StartsWith(x, StringComparison.Ordinal)))
            .ToList();
        var expected = string.Join(" or ", dates);
        var ev = dues.Take(ClaimAspect.MaxEvidence).Select(x => x.Evidence()).ToList();
        return new(
            AspectKind.Deadline,
            ClaimVerdict.Contradicted,
            d.Span.Quote,
            $"The deadline{what} is {string.Join(" or ", dates.Select(Show))}, not {Show(d)}, "
                + $"according to {Where(ev[0].Source)}.",
            expected,
            c.Treaty?.Slug,
            null,
            ev,
            dues.Count
        );
    }

    private static bool DueWords(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            text,
            @"\b(?:due|deadline|required|requires|require|must|had\s+to|has\s+to|have\s+to|were\s+to|was\s+to|"
                + @"needed\s+to)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase
        ) || GivenUntil(text);

    /// <summary>"gave the parties until 1995 to eliminate", "had until December 2001 to meet": time given to do
    /// something, whose end is a deadline (not how long a limit lasts).</summary>
    private static bool GivenUntil(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            text,
            @"\b(?:gave|give|gives|given|had|has|have)\s+(?:\w+\s+){0,3}?until\s+[^.;]*?\bto\s+\w+",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase
        );

    private static bool Completion(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            text,
            @"\b(?:completed|complete|finished|achieved|met|reached|done|carried\s+out|eliminated|destroyed)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase
        );

    private static bool Reductions(IReadOnlyList<string> words) =>
        words.Any(w =>
            w.StartsWith("reduc", StringComparison.Ordinal)
            || w.StartsWith("limit", StringComparison.Ordinal)
            || w is "cut" or "cuts" or "central" or "warheads" or "launchers" or "arsenals" or "ceilings"
        );

    /// <summary>
    /// Whether a fact's words share at least <paramref name="least"/> content words with the claim (by stem).
    /// </summary>
    private static bool Shares(IReadOnlyList<string> claim, string text, int least = 1)
    {
        static string Stem(string w) => w.Length > 5 ? w[..5] : w;
        var theirs = ClaimParser.Words(text).Where(w => w.Length > 3).Select(Stem).ToHashSet();
        return claim.Where(w => w.Length > 3 && !char.IsDigit(w[0])).Select(Stem).Distinct().Count(theirs.Contains)
            >= least;
    }
}
