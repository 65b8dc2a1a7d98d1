using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>Status and membership aspects: in force or not, parties, depositaries, party counts, kind.</summary>
public static partial class ClaimChecker
{
    [GeneratedRegex(
        @"\b(?:was|were|had\s+been)\s+(?:still\s+|no\s+longer\s+|not\s+|already\s+)?in\s+(?:force|effect)\b"
    )]
    private static partial Regex PastStatus();

    private static ClaimAspect CheckStatus(Context c)
    {
        var s = c.P.Status!;
        if (c.Treaty is not { } t)
            return new(
                AspectKind.Status,
                ClaimVerdict.Unverifiable,
                s.Span.Quote,
                "The claim names no treaty whose status could be checked.",
                null,
                null,
                null,
                [],
                0
            );
        var d = c.P.Dates.FirstOrDefault(x => !c.Used.Contains(x));
        // "was already in force when Russia ratified it in 2001": the status at the time of the act the "when" clause
        // dates (that date is also the act's own, compared by its aspect).
        if (d is null && WhenAfter().Match(c.Text, s.Span.End) is { Success: true } when)
            d = c.P.Dates.FirstOrDefault(x => x.Span.Start > when.Index);
        // "In 2019, the year the INF Treaty ended, New START was still in force": with two treaties named, whose
        // status is meant is not read.
        if (c.P.Treaties.Select(m => m.Slug).Distinct().Count() > 1)
            return new(
                AspectKind.Status,
                ClaimVerdict.Unverifiable,
                s.Span.Quote,
                "The claim names more than one treaty, so whose status it gives is not read.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        // "More than a decade after it was signed, the INF Treaty was still in force": a past status with no date of
        // its own is not today's.
        if (d is null && PastStatus().IsMatch(c.Text[..s.Span.End]))
            return new(
                AspectKind.Status,
                ClaimVerdict.Unverifiable,
                s.Span.Quote,
                $"The claim says what {t.Name}'s status was without a date of its own, so it is not compared with "
                    + "today's.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        if (d is not null)
            c.Used.Add(d);
        // A year or month is a period: the status must be the same at its start and its end to be read at all.
        var (from, to) = d is null ? (c.Today, c.Today) : Period(d);
        var entries = c
            .Dates.Select(r => new TreatyDateEntry(
                r.Kind,
                r.Date,
                r.Place,
                new TreatyApi.Treaties.SourceLink(r.Title, r.Url),
                r.Checked != 0
            ))
            .ToList();
        // "in force by 1995": the status at the period's end.
        if (d?.Preposition == "by")
            from = to;
        var (atStart, basis) = TreatyStatus.Derive(true, entries, from);
        var (atEnd, _) = TreatyStatus.Derive(true, entries, to);
        var ev = c
            .Dates.Where(r => r.Kind is "entered-into-force" or "expires" or "terminated")
            .Select(r => Evidence(t, r))
            .ToList();
        var on = d is null ? $"today ({Iso(c.Today)})" : Show(d);
        if (d?.Preposition is "until" or "till" or "before" or "after" or "from" or "since")
            return StatusAround(c, s, t, d, atStart, atEnd, ev);
        if (atStart != atEnd || atStart == "not-in-force" && !c.Dates.Any(r => r.Kind == "entered-into-force"))
            return new(
                AspectKind.Status,
                ClaimVerdict.Unverifiable,
                s.Span.Quote,
                $"The catalog's dates of {t.Name} do not settle whether it was in force {on}.",
                null,
                t.Slug,
                null,
                ev,
                ev.Count
            );
        var inForce = atStart == "in-force";
        var verdict = inForce == s.InForce ? ClaimVerdict.Supported : ClaimVerdict.Contradicted;
        if (inForce && LeftBy(c, t, to) is { } left)
            return new(
                AspectKind.Status,
                ClaimVerdict.Unverifiable,
                s.Span.Quote,
                $"{left}, and the sources record nothing of {t.Name} after that: whether it was still in force as "
                    + $"of {on} is not told.",
                null,
                t.Slug,
                null,
                ev,
                ev.Count
            );
        var where = ev.Count > 0 ? $", according to {Where(ev[0].Source)}" : "";
        return new(
            AspectKind.Status,
            verdict,
            s.Span.Quote,
            $"{t.Name} is {atStart.Replace('-', ' ')} {on}: {basis}{where}.",
            verdict == ClaimVerdict.Contradicted ? atStart : null,
            t.Slug,
            null,
            ev,
            ev.Count
        );
    }

    /// <summary>
    /// "The JCPOA was still in force as of January 2024": a treaty with no end recorded, which a state that may have
    /// ended it by leaving (a depositary, or any party of one that names no depositary) has left, is known in force
    /// after that withdrawal only where the sources speak of it later. The withdrawal, as a sentence, when it took
    /// effect on or before <paramref name="to"/> and nothing later is recorded; null otherwise.
    /// </summary>
    private static string? LeftBy(Context c, TreatyInfo t, DateOnly to)
    {
        var day = Iso(to);
        var left = c.Db.QueryFirstOrDefault<(string Name, string Effective)?>(
            """
            SELECT a.name, COALESCE(s.effective, s.date) AS eff FROM state_actions s
            JOIN actors a ON a.slug = s.state
            WHERE s.treaty = @slug AND s.kind = 'withdrew' AND COALESCE(s.effective, s.date) <= @day
              AND (s.state IN (SELECT actor FROM treaty_depositaries WHERE treaty = @slug)
                   OR NOT EXISTS (SELECT 1 FROM treaty_depositaries WHERE treaty = @slug))
            ORDER BY eff DESC LIMIT 1
            """,
            new { slug = t.Slug, day }
        );
        if (left is not { } l)
            return null;
        var later = c.Db.ExecuteScalar<long>(
            """
            SELECT COUNT(*) FROM (
                SELECT date AS d FROM treaty_dates WHERE treaty = @slug
                UNION ALL SELECT as_of FROM treaty_party_counts WHERE treaty = @slug
                UNION ALL SELECT date FROM state_actions WHERE treaty = @slug)
            WHERE d > @eff
            """,
            new { slug = t.Slug, eff = l.Effective }
        );
        return later > 0 ? null : $"{l.Name} withdrew from {t.Name} with effect from {Show(l.Effective)}";
    }

    /// <summary>
    /// "was in force until 2019": the date is when the status ended, not a day it held, so it is supported only when
    /// the treaty went out of force within that period, contradicted when it was already out of force (after being in
    /// force) when the period began. "In force before 2003", "after 2020", "from 1988": a status on some day on one
    /// side of the date, which is not told from that date alone.
    /// </summary>
    private static ClaimAspect StatusAround(
        Context c,
        StatusAssertion s,
        TreatyInfo t,
        ClaimDate d,
        string atStart,
        string atEnd,
        List<ClaimEvidence> ev
    )
    {
        var verdict = ClaimVerdict.Unverifiable;
        var why =
            $"The claim gives {t.Name}'s status {d.Preposition} {Show(d)}, not on that date, so the status is "
            + "not compared with the catalog's dates.";
        var wasInForce = c.Dates.Any(r => r.Kind == "entered-into-force");
        if (d.Preposition is "until" or "till" && s.InForce && wasInForce)
        {
            if (atStart == "in-force" && atEnd != "in-force")
                (verdict, why) = (ClaimVerdict.Supported, $"{t.Name} went out of force within {Show(d)}.");
            else if (atStart != "in-force" && atEnd != "in-force" && EndedBefore(c, Period(d).From) is { } end)
                (verdict, why) = (
                    ClaimVerdict.Contradicted,
                    $"{t.Name} was no longer in force by {Show(d)}: it ended on {Show(end)}."
                );
        }
        var where = ev.Count > 0 && verdict != ClaimVerdict.Unverifiable ? $" According to {Where(ev[0].Source)}." : "";
        return new(
            AspectKind.Status,
            verdict,
            s.Span.Quote,
            why + where,
            verdict == ClaimVerdict.Contradicted ? atStart : null,
            t.Slug,
            null,
            ev,
            ev.Count
        );
    }

    /// <summary>The day the treaty ended (terminated or expired), when it is before the day given.</summary>
    private static string? EndedBefore(Context c, DateOnly day) =>
        c
            .Dates.Where(r => r.Kind is "terminated" or "expires")
            .Select(r => r.Date)
            .Where(x => DateOnly.ParseExact(PadIso(x), "yyyy-MM-dd", CultureInfo.InvariantCulture) < day)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();

    private static (DateOnly From, DateOnly To) Period(ClaimDate d) =>
        d.Until is { } until
            ? (d.Date, until)
            : d.Precision switch
            {
                DatePrecision.Year => (new DateOnly(d.Date.Year, 1, 1), new DateOnly(d.Date.Year, 12, 31)),
                DatePrecision.Month => (d.Date, d.Date.AddMonths(1).AddDays(-1)),
                _ => (d.Date, d.Date),
            };

    private static ClaimAspect CheckMembership(Context c)
    {
        var m = c.P.Membership!;
        if (c.Treaty is not { } t)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                m.Span.Quote,
                "The claim names no treaty whose parties could be checked.",
                null,
                null,
                null,
                [],
                0
            );
        if (m.Status == "depositary")
            return CheckDepositary(c, t, m);
        var list = PartyQueries.Parties(c.Db, t.Slug, c.Today);
        var item = list?.Items.FirstOrDefault(i => i.State == m.State);
        bool? holds;
        string why;
        List<ClaimEvidence> ev = item?.Actions.Select(a => new ClaimEvidence(
                "state-action",
                a.Id,
                $"{item.Name} {a.Kind} {a.Date}",
                a.Source
            ))
            .ToList()
            ?? [];
        if (item is null)
        {
            if (t.Kind != "bilateral")
                return new(
                    AspectKind.Membership,
                    ClaimVerdict.Unverifiable,
                    m.Span.Quote,
                    $"The catalog lists no act of {m.StateName} about {t.Name}, so its membership cannot be told.",
                    null,
                    t.Slug,
                    null,
                    [],
                    0
                );
            var parties = list?.Items.Select(i => i.Name).ToList() ?? [];
            holds = false;
            why = $"{t.Name} is a bilateral treaty between {string.Join(" and ", parties)}";
        }
        else
        {
            holds = (m.Status, item.Status) switch
            {
                (_, "withdrawal-pending" or "suspended") => null,
                ("party", "party") => true,
                // A withdrawal that took effect ended membership, however its notice is dated, unless its effect is
                // disputed (a note says so).
                ("party", "withdrawn") when !item.Actions.Any(a => a.Note is { } n && Disputed().IsMatch(n)) => false,
                _ when item.Actions.Any(a => a.Note is not null) => null,
                // The catalog lists some acts of some states: only an act that ended membership shows it is not a
                // party.
                ("party", "ended") => false,
                ("party", "signatory") when item.Actions.Any(a => a.Kind == "ratification-withdrawn") => false,
                ("party", _) when t.Kind == "bilateral" => false,
                ("signatory", "signatory" or "party" or "ratified") => true,
                ("signatory", "not-signed") when t.Kind == "bilateral" => false,
                _ => null,
            };
            why =
                $"{item.Name}'s status in {t.Name} today ({Iso(c.Today)}) is {item.Status.Replace('-', ' ')}"
                + (item.Since is null ? "" : $" since {Show(item.Since)}");
        }
        if (holds is null)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                m.Span.Quote,
                why + ", which does not settle the claim.",
                null,
                t.Slug,
                null,
                ev,
                ev.Count
            );
        var verdict = holds.Value != m.Negated ? ClaimVerdict.Supported : ClaimVerdict.Contradicted;
        return new(
            AspectKind.Membership,
            verdict,
            m.Span.Quote,
            why + ", according to the catalog.",
            verdict == ClaimVerdict.Contradicted ? item?.Status ?? "not a party" : null,
            t.Slug,
            null,
            ev,
            ev.Count
        );
    }

    [GeneratedRegex(@"\b(?:disput\w*|contest\w*|not\s+recogni[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disputed();

    /// <summary>
    /// "New START is a bilateral treaty between the United States and Russia": its kind, and its parties.
    /// </summary>
    private static ClaimAspect CheckTreatyKind(Context c)
    {
        var k = c.P.TreatyKind!;
        if (c.Treaty is not { Kind: { } kind } t)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                k.Span.Quote,
                "The claim names no treaty whose kind the catalog gives.",
                null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        var parties = c
            .Db.Query<(string Slug, string Name)>(
                """
                SELECT a.slug, a.name FROM treaty_parties p JOIN actors a ON a.slug = p.actor WHERE p.treaty = @slug
                """,
                new { slug = t.Slug }
            )
            .ToList();
        var states = c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug).Distinct().ToList();
        var between = parties.Count == 0 ? "" : $" between {string.Join(" and ", parties.Select(x => x.Name))}";
        if (
            kind != k.Kind
            || (
                kind == "bilateral"
                && states.Count > 0
                && parties.Count > 0
                && states.Any(s => parties.All(x => x.Slug != s))
            )
        )
            return new(
                AspectKind.Membership,
                ClaimVerdict.Contradicted,
                k.Span.Quote,
                $"{t.Name} is a {kind} treaty{between}, according to the catalog.",
                kind,
                t.Slug,
                null,
                [],
                0
            );
        return new(
            AspectKind.Membership,
            ClaimVerdict.Supported,
            k.Span.Quote,
            $"{t.Name} is a {kind} treaty{between}, according to the catalog.",
            null,
            t.Slug,
            null,
            [],
            0
        );
    }

    /// <summary>
    /// "The United States is a depositary of the NPT": the catalog lists a treaty's depositaries whole.
    /// </summary>
    private static ClaimAspect CheckDepositary(Context c, TreatyInfo t, MembershipAssertion m)
    {
        var depositaries = c
            .Db.Query<(string Slug, string Name)>(
                """
                SELECT a.slug, a.name FROM treaty_depositaries d JOIN actors a ON a.slug = d.actor
                WHERE d.treaty = @slug ORDER BY d.ordinal
                """,
                new { slug = t.Slug }
            )
            .ToList();
        if (depositaries.Count == 0)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                m.Span.Quote,
                $"The catalog lists no depositary of {t.Name}.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        var claimed = m.Others.Select(o => o.Slug).Prepend(m.State).ToList();
        // A list is each of its states a depositary; a negated list ("are not the depositaries") is not read.
        if (claimed.Count > 1 && m.Negated)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                m.Span.Quote,
                "A list of states denied to be depositaries is not compared.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        var listed = claimed.All(s => depositaries.Any(d => d.Slug == s));
        var verdict = listed != m.Negated ? ClaimVerdict.Supported : ClaimVerdict.Contradicted;
        var names = string.Join(", ", depositaries.Select(d => d.Name));
        return new(
            AspectKind.Membership,
            verdict,
            m.Span.Quote,
            $"The depositaries of {t.Name} are {names}, according to the catalog.",
            verdict == ClaimVerdict.Contradicted ? names : null,
            t.Slug,
            null,
            [],
            0
        );
    }

    /// <summary>
    /// "fewer than 180", "more than 190", "at least 50", "about 190", "nearly 180": the count compared as said. A
    /// bound is supported or contradicted; an approximation is supported when close and otherwise left unverifiable
    /// (how near "nearly" is, is not told).
    /// </summary>
    private static (ClaimVerdict Verdict, string Why)? CountCompared(string before, int claimed, long count)
    {
        var m = CountComparator().Match(before);
        if (!m.Success)
            return null;
        var w = System.Text.RegularExpressions.Regex.Replace(m.Groups["w"].Value.ToLowerInvariant(), @"\s+", " ");
        bool? holds = w switch
        {
            "fewer than" or "less than" or "under" or "below" => count < claimed,
            "more than" or "over" or "above" => count > claimed,
            "at least" => count >= claimed,
            "at most" or "no more than" or "up to" => count <= claimed,
            "nearly" or "almost" or "close to" => count < claimed && count >= claimed * 0.9m ? true : null,
            _ => Math.Abs(count - claimed) <= claimed * 0.05m ? true : null,
        };
        return holds switch
        {
            true => (ClaimVerdict.Supported, $"that is {w} {claimed}"),
            false => (ClaimVerdict.Contradicted, $"that is not {w} {claimed}"),
            null => (ClaimVerdict.Unverifiable, $"whether that is {w} {claimed} is not told"),
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?<w>fewer\s+than|less\s+than|under|below|more\s+than|over|above|at\s+least|at\s+most|"
            + @"no\s+more\s+than|up\s+to|nearly|almost|close\s+to|about|around|roughly|some|approximately)\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex CountComparator();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"(?<n>\d{1,3}(?:,\d{3})*|\d+|\b(?:(?:one|two|three|four|five|six|"
            + @"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            + @"twenty|"
            + @"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]*(?:and\s+)?)+)\s+(?:states?\s+parties|"
            + @"parties|"
            + @"member\s+states|(?:states|countries)\s+(?:had|have)\s+(?:ratified|joined)|"
            // "193 states were party to the CWC as of April 2024"
            + @"(?:states|countries|nations)\s+(?:were|are|had\s+been|have\s+been)\s+part(?:y|ies)\s+(?:to|of))\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex PartyCountWords();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:with|had|counted|numbered)\s+(?:(?:only|just|some|about|nearly|almost)\s+)?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex CountOfEvent();

    /// <summary>"The CTBT has 178 states parties": the catalog's party count of the treaty, as of its date.</summary>
    /// <summary>
    /// How many states a treaty's count may gain or lose in a year: more than any treaty here has seen.
    /// </summary>
    private const int StatesPerYear = 3;

    private static ClaimAspect? PartyCount(Context c)
    {
        if (PartyCountWords().Match(c.Text) is not { Success: true } m || c.Treaty is not { } t)
            return null;
        // "the NPT counted 191 parties": the verb of the count is read with it.
        if (
            Regex.Match(c.Text[..m.Index], @"\b(?:counted|counts|numbered|numbers)\s+$", RegexOptions.IgnoreCase) is
            { Success: true } verb
        )
            c.Read.Add((verb.Index, verb.Index + verb.Length));
        var n = m.Groups["n"].Value.Trim();
        if (
            (
                char.IsDigit(n[0])
                    ? decimal.Parse(n.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
                    : Quantities.ParseWords(n)
            )
            is not { } parsed
        )
            return null;
        var claimed = (int)parsed;
        var row = c.Db.QueryFirstOrDefault<(
            long Count,
            string AsOf,
            long Checked,
            string CitationKind,
            string Title,
            string Url
        )?>(
            """
            SELECT p.count, p.as_of, p.checked, c.kind, c.title, c.url FROM treaty_party_counts p
            JOIN citations c ON c.key = p.citation WHERE p.treaty = @slug
            """,
            new { slug = t.Slug }
        );
        if (row is not { } r)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                m.Value,
                $"The catalog has no party count of {t.Name}.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        var ev = new ClaimEvidence(
            "party-count",
            $"{t.Slug}/party-count",
            $"{r.Count} parties as of {r.AsOf}",
            Source.Catalog(r.CitationKind, r.Title, r.Url, null, null, r.Checked != 0)
        );
        // A count changes: a claim of another day than the count's is neither supported nor contradicted by it.
        var day = c.CountDate;
        // "entered into force in 2002 with 34 states parties": a count told with a past event is a count of that day.
        if (day is null && CountOfEvent().IsMatch(c.Text[..m.Index]) && !c.P.Dates.Any(d => Same(d, r.AsOf)))
            day = c.P.Dates.FirstOrDefault();
        // "Fewer than 40 states were parties when it took effect in November 1992": a past count in a claim that
        // gives a date is a count of that date, wherever the date stands.
        if (day is null && PastCount().IsMatch(c.Text) && !c.P.Dates.Any(d => Same(d, r.AsOf)))
            day = c.P.Dates.FirstOrDefault();
        if (day is not null && !Same(day, r.AsOf))
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                m.Value,
                $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, according to {Where(ev.Source)}; the claim is "
                    + $"about "
                    + $"{Show(day)}.",
                null,
                t.Slug,
                null,
                [ev],
                1
            );
        if (CountCompared(c.Text[..m.Index], claimed, r.Count) is { } said)
            return new(
                AspectKind.Membership,
                said.Verdict,
                m.Value,
                $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, according to {Where(ev.Source)}: {said.Why}.",
                said.Verdict == ClaimVerdict.Contradicted ? r.Count.ToString(CultureInfo.InvariantCulture) : null,
                t.Slug,
                null,
                [ev],
                1
            );
        if (r.Count == claimed)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Supported,
                m.Value,
                $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, according to {Where(ev.Source)}.",
                null,
                t.Slug,
                null,
                [ev],
                1
            );
        // "now has 187 states parties": with no day, the claim may speak of today, and a count changes as states join
        // or leave, a few a year at most. A figure within that drift of the count since its day is not called wrong.
        var years = DateOnly.TryParseExact(r.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, default, out var asOf)
            ? Math.Max(0, c.Today.DayNumber - asOf.DayNumber) / 365.25
            : 0;
        var drift = Math.Max(2, (int)Math.Ceiling(StatesPerYear * years));
        if (day is null && Math.Abs(claimed - r.Count) <= drift)
            return new(
                AspectKind.Membership,
                ClaimVerdict.Unverifiable,
                m.Value,
                $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, according to {Where(ev.Source)}; the claim gives "
                    + $"{claimed} for no day, within what states joining or leaving since could change, so it is not "
                    + "called wrong.",
                null,
                t.Slug,
                null,
                [ev],
                1
            );
        var verdict = ClaimVerdict.Contradicted;
        return new(
            AspectKind.Membership,
            verdict,
            m.Value,
            $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, not {claimed}, according to {Where(ev.Source)}.",
            verdict == ClaimVerdict.Contradicted ? r.Count.ToString(CultureInfo.InvariantCulture) : null,
            t.Slug,
            null,
            [ev],
            1
        );
    }

    [GeneratedRegex(@"\G\s*,?\s*when\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenAfter();

    [GeneratedRegex(@"\b(?:were|was|had|numbered|counted|stood\s+at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastCount();
}
