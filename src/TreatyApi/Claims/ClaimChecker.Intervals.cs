using System.Globalization;
using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.Claims;

/// <summary>
/// "entered into force just over a year after it was signed", "ratified it four days before it entered into force",
/// "was in force for almost thirty years": a length of time between two dated events the catalog keeps (a treaty's
/// own dates, a state's acts, a part's day), compared with the two dates, at the looseness its hedge allows.
/// </summary>
public static partial class ClaimChecker
{
    private const string IntervalNumber =
        @"\d{1,3}|a|an|half\s+a|(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        + @"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
        + @"eighty|ninety|hundred)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|hundred))?)";

    // The length and how sure it is: "just over a year after", "four days before", "almost thirty years", "two years
    // later"; "on the (very|same) day" is no time at all.
    [GeneratedRegex(
        @"(?:\b(?<hedge>exactly|precisely|just\s+over|just\s+under|a\s+little\s+(?:over|under|more\s+than|less\s+than)|"
            + @"slightly\s+(?:over|under|more\s+than|less\s+than)|more\s+than|over|less\s+than|under|fewer\s+than|"
            + @"almost|nearly|close\s+to|about|around|roughly|approximately|some|barely|just|within)\s+)?"
            + @"\b(?<n>"
            + IntervalNumber
            // "eight and a half months", "a year and a half": half a unit more.
            + @")(?<half>\s+and\s+a\s+half)?\s+(?<unit>days?|weeks?|months?|years?|decades?)\b"
            + @"(?<half2>\s+and\s+a\s+half\b)?"
            // "within a year of being signed": at most that long after the event after "of".
            + @"(?:\s+(?<rel>after|before|later|earlier|ahead\s+of|prior\s+to|of))?|"
            + @"\bon\s+(?:the\s+)?(?:very\s+|same\s+)*(?<day>day)\b(?:\s+(?:that|when|on\s+which))?",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex IntervalWords();

    // Words that may stand between "after" and the event it counts from: the treaty named again, a pronoun, the verb.
    [GeneratedRegex(
        @"^(?:\s*\b(?:it|its|the|this|that|treaty|convention|agreement|accord|pact|deal|had|has|have|was|were|is|"
            + @"been|being|first|formally|officially|finally)\b)*\s*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex PlainGap();

    // "became a party to the NPT": an accession or ratification said by its result.
    [GeneratedRegex(@"\bbec(?:ame|omes|ome)\s+(?:a\s+)?(?:state\s+)?(?:party|member)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BecameParty();

    [GeneratedRegex(@"\b(?:in\s+(?:force|effect)|took|takes|take)\s+(?:for\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InForceForWords();

    [GeneratedRegex(
        @"\b(?:lasted|lasts|endured|survived)\s+(?:(?:just|only|nearly|almost|about|some|more|over|under|less|than|"
            + @"roughly|around|barely)\s+)*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex LastedBefore();

    [GeneratedRegex(@"\G\s+(?:had\s+|have\s+|has\s+)?(?:passed|elapsed|went\s+by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Elapsed();

    [GeneratedRegex(
        @"\G\s+(?:had\s+|have\s+|has\s+)?(?:passed|elapsed|went\s+by|separated)\s+between\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ElapsedBetween();

    [GeneratedRegex(@"\b(?:has|have)\s+(?:now\s+)?(?:been|remained|stayed)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PresentPerfect();

    /// <summary>One dated event of the claim, resolved to the catalog.</summary>
    private sealed record DatedEvent(DateOnly Date, string What, ClaimEvidence Evidence, bool Sure);

    /// <summary>
    /// The length of time between two of the claim's dated events, read only when both are events the catalog dates
    /// and the words between the length and the event it counts from say nothing else ("two days before the tenth
    /// anniversary of" is not read). Null when the claim gives no such length.
    /// </summary>
    private static ClaimAspect? CheckInterval(Context c)
    {
        if (c.Treaty is not { } t || DueWords(c.Text))
            return null;
        var m = IntervalWords().Match(c.Text);
        // "within 18 months" is a time given to meet an obligation (a deadline aspect), unless it is counted "of"
        // another act ("entered into force within a year of being signed").
        var withinOf = m.Success && m.Groups["rel"].Value.Equals("of", StringComparison.OrdinalIgnoreCase);
        if (!m.Success || (!withinOf && TimeToMeet().IsMatch(c.Text)))
            return null;
        var words = c.P.DateWords.ToList();
        foreach (Match b in BecameParty().Matches(c.Text))
            words.Add(new ClaimDateWord(ClaimDateKind.Acceded, Span.Of(c.Text, b.Index, b.Index + b.Length)));
        words.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        int start = m.Index,
            end = m.Index + m.Length;
        var rel = m.Groups["day"].Success ? "day" : m.Groups["rel"].Value.ToLowerInvariant();
        if (rel == "of")
        {
            // "within a year of its signing" counts from it; "three years of talks" is no length between acts.
            if (!m.Groups["hedge"].Value.Equals("within", StringComparison.OrdinalIgnoreCase))
                return null;
            rel = "after";
        }
        var before = words.Where(w => w.Span.End <= start).ToList();
        var after = words.Where(w => w.Span.Start >= end).ToList();
        ClaimDateWord? main = null,
            anchor = null;
        bool treatyEnd = false,
            fromEntry = false;
        // "the INF Treaty lasted just over three decades after taking effect": how long the treaty lasted, from a
        // start to an end the claim leaves unsaid, not the time between two of its dated acts.
        if (LastedBefore().IsMatch(c.Text[..start]))
            return null;
        var lead = InForceForWords().Match(c.Text[..start]);
        // "was in force for almost thirty years (before it terminated)": from entry into force to the event named
        // after "before", "when" or "until", or to the treaty's end.
        if (lead.Success && !lead.Value.StartsWith("t", StringComparison.OrdinalIgnoreCase))
        {
            fromEntry = true;
            main = rel is "before"
                ? after.FirstOrDefault(w => PlainGap().IsMatch(Gap(c, end, w.Span.Start)))
                : after.FirstOrDefault(w =>
                    Regex.IsMatch(Gap(c, end, w.Span.Start), @"^\s*,?\s*(?:when|before|until|till)\b")
                );
            treatyEnd = main is null;
            if (rel is "after" or "later" or "earlier" or "day")
                return null;
        }
        else
            switch (rel)
            {
                case "after" or "before" or "ahead of" or "prior to" or "day":
                    anchor = after.FirstOrDefault();
                    // "ratified it two days before Russia did": the other state's act of the same kind.
                    if (
                        (anchor is null || !PlainGap().IsMatch(Gap(c, end, anchor.Span.Start)))
                        && rel != "day"
                        && OtherStateDid(c, end, before.LastOrDefault()) is { } did
                    )
                    {
                        anchor = did;
                        words.Add(did);
                        words.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                    }
                    if (anchor is null || !PlainGap().IsMatch(Gap(c, end, anchor.Span.Start)))
                        return null;
                    main = before.LastOrDefault() ?? after.Skip(1).FirstOrDefault();
                    break;
                case "later" or "earlier":
                    main = before.LastOrDefault();
                    anchor = before.Count > 1 ? before[^2] : null;
                    break;
                default:
                    // "three years passed between the signing and its entry into force": from the first act after
                    // "between" to the one after "and".
                    if (ElapsedBetween().Match(c.Text, end) is { Success: true } between)
                    {
                        var acts = after.Where(w => w.Span.Start >= between.Index + between.Length).ToList();
                        var and = acts.Count == 2 ? c.Text[acts[0].Span.End..acts[1].Span.Start] : "";
                        if (!Regex.IsMatch(and, @"\band\b", RegexOptions.IgnoreCase))
                            return null;
                        (anchor, main) = (acts[0], acts[1]);
                        break;
                    }
                    // "it took ten years for it to enter into force": from the other event to the one after "to".
                    if (!lead.Success)
                        return null;

                    {
                        // "took ten years for it, signed in 1992, to enter into force": the event after "to" ends it.
                        main = after.FirstOrDefault(w =>
                            Regex.IsMatch(c.Text[..w.Span.Start], @"\bto\s+$", RegexOptions.IgnoreCase)
                        );
                        anchor = before.LastOrDefault() ?? after.FirstOrDefault(w => w != main);
                    }
                    break;
            }
        var n = rel == "day" ? 0m : IntervalCount(m.Groups["n"].Value);
        var unit = rel == "day" ? "day" : m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        if (n is null)
            return null;
        if (m.Groups["half"].Success || m.Groups["half2"].Success)
            n += 0.5m;
        if (m.Groups["n"].Value.StartsWith("half", StringComparison.OrdinalIgnoreCase))
            (n, unit) = unit == "year" ? (6m, "month") : (n, unit);

        DatedEvent? from = fromEntry ? TreatyEvent(c, t, ClaimDateKind.EnteredIntoForce) : null;
        // "has been in force for over 50 years": up to today, and only said of a treaty still in force (its status
        // today is read as well: the length of a treaty that has ended does not make it in force).
        var present = fromEntry && PresentPerfect().IsMatch(c.Text[..lead.Index]);
        DatedEvent? to = treatyEnd ? TreatyEnd(c, t) : null;
        if (present && treatyEnd)
            to = to is null && from is not null ? new DatedEvent(c.Today, "today", from.Evidence, true) : null;
        if (!fromEntry)
        {
            // "Implementation Day came three months after …": a day the catalog names, before the length.
            var named = main is null && anchor is not null ? NamedBefore(c, t, start) : null;
            if ((main is null && named is null) || anchor is null || main == anchor)
                return null;
            from = EventOf(c, t, anchor, words);
            to = named ?? EventOf(c, t, main!, words);
        }
        else if (!treatyEnd)
            to = EventOf(c, t, main!, words);
        var text = c.Text[start..end];
        c.Read.Add((start, end));
        // "More than three years passed between the signing and its entry into force": the verb of the length.
        if (Elapsed().Match(c.Text, end) is { Success: true } elapsed)
            c.Read.Add((elapsed.Index, elapsed.Index + elapsed.Length));
        c.InForceFor |= fromEntry && !present;
        c.InForceUntilToday |= present;
        if (from is null || to is null)
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"The claim counts \"{text}\" between two events, but the catalog does not date "
                    + $"{(from is null ? "the first" : "the second")} of them for {t.Name}.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        // "ratified it four days before it entered into force": the event named first is the later one counted back.
        var back = !fromEntry && rel is "before" or "ahead of" or "prior to";
        var days = (to.Date.DayNumber - from.Date.DayNumber) * (back ? -1 : 1);
        if (back)
            (from, to) = (to, from);
        var actual = unit switch
        {
            "week" => days / 7m,
            "month" => days / 30.436875m,
            "year" => days / 365.2425m,
            "decade" => days / 3652.425m,
            _ => days,
        };
        var hedge = Regex.Replace(m.Groups["hedge"].Value.ToLowerInvariant(), @"\s+", " ");
        // "exactly eight and a half months" has no calendar count of whole units: read as a plain length.
        if (hedge is "exactly" or "precisely" && n % 1 != 0)
            hedge = "";
        var verdict = IntervalVerdict(hedge, n ?? 0m, actual, unit, from.Date, to.Date, days);
        // A date of an act that can be told more than one way (a note on it, a date not seen in its source) may
        // support the claim, never contradict it.
        if (verdict == ClaimVerdict.Contradicted && !(from.Sure && to.Sure))
            verdict = ClaimVerdict.Unverifiable;
        var span = days == 0 ? "the same day" : ShowDays(Math.Abs(days));
        var order = days >= 0 ? "after" : "before";
        var why =
            (to.What == "today" ? $"Today, {Show(Iso(to.Date))}, is" : $"{Cap(to.What)} on {Show(Iso(to.Date))},")
            + $" {span}{(days == 0 ? "" : " " + order)} "
            + (days == 0 ? "as " : "")
            + $"{from.What} on {Show(Iso(from.Date))}, according to {Where(to.Evidence.Source)}"
            + (to.Evidence.Source == from.Evidence.Source ? "" : $" and {Where(from.Evidence.Source)}")
            + verdict switch
            {
                ClaimVerdict.Supported => ".",
                ClaimVerdict.Contradicted => $": not \"{text}\".",
                _ => $"; whether that is \"{text}\" is not sure.",
            };
        return new(
            AspectKind.TreatyDate,
            verdict,
            text,
            why,
            verdict == ClaimVerdict.Contradicted ? $"P{Math.Abs(days)}D" : null,
            t.Slug,
            null,
            [to.Evidence, from.Evidence],
            2
        );
    }

    /// <summary>
    /// "in force for fifteen years, from December 1994 to December 2009": the date after "from" is the treaty's entry
    /// into force, the one after "to" its end, compared as those kinds of treaty date.
    /// </summary>
    private static void InForceFromTo(Context c, List<ClaimAspect> aspects)
    {
        if (
            c.Treaty is not { } t
            || Regex.Match(c.Text, @"\bin\s+(?:force|effect)\b", RegexOptions.IgnoreCase)
                is not { Success: true } inForce
        )
            return;
        var said = Span.Of(c.Text, inForce.Index, inForce.Index + inForce.Length);
        ClaimDate? first = null;
        foreach (var d in c.P.Dates.Where(d => d.Outer is null && d.Span.Start > inForce.Index))
        {
            // The date reader keeps "from" and "until" in the date's words; "to" is left before it.
            var lead = c.Text[..d.Span.Start];
            var isFrom =
                d.Preposition == "from" || Regex.IsMatch(lead, @"\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase);
            var isTo =
                d.Preposition is "until" or "till" or "through"
                || Regex.IsMatch(lead, @"\b(?:to|until|till|through)\s+(?:the\s+)?$", RegexOptions.IgnoreCase);
            ClaimDateKind kind;
            if (isFrom && first is null)
                (kind, first) = (ClaimDateKind.EnteredIntoForce, d);
            else if (
                isTo
                && first is not null
                && Regex.IsMatch(c.Text[first.Span.End..d.Span.Start], @"^\s*(?:to|until|till|through)?\s*$")
            )
                kind = c.DatesOf(t.Slug).Any(r => r.Kind == "terminated")
                    ? ClaimDateKind.Terminated
                    : ClaimDateKind.Expires;
            else
                continue;
            c.Used.Add(d);
            aspects.Add(CheckTreatyDate(c, new ClaimDateWord(kind, said), d));
        }
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Gap(Context c, int from, int to)
    {
        var gap = c.Text[from..to];
        // The treaty or a state named again in the gap ("after the NPT was signed") is the event's subject.
        foreach (var tm in c.P.Treaties.Where(x => x.Span.Start >= from && x.Span.End <= to))
            gap = gap.Replace(tm.Span.Quote, " ", StringComparison.Ordinal);
        foreach (var a in c.P.Actors.Where(x => x.Kind == "state" && x.Span.Start >= from && x.Span.End <= to))
            gap = gap.Replace(a.Span.Quote, " ", StringComparison.Ordinal);
        return gap;
    }

    private static string ShowDays(int days) =>
        days switch
        {
            1 => "1 day",
            < 60 => $"{days} days",
            < 730 => $"{days} days (about {Math.Round(days / 30.436875m, 1).ToString(CultureInfo.InvariantCulture)} "
                + "months)",
            _ => $"{days} days (about {Math.Round(days / 365.2425m, 1).ToString(CultureInfo.InvariantCulture)} years)",
        };

    private static decimal? IntervalCount(string n)
    {
        var w = Regex.Replace(n.ToLowerInvariant(), @"\s+", " ");
        if (w is "a" or "an")
            return 1m;
        if (w.StartsWith("half", StringComparison.Ordinal))
            return 0.5m;
        return char.IsDigit(w[0]) ? decimal.Parse(w, CultureInfo.InvariantCulture) : Quantities.ParseWords(w);
    }

    // Hedges of a length just past it, and just short of it: each read the same way wherever a length is weighed.
    private static readonly HashSet<string> JustOver =
    [
        "just over",
        "a little over",
        "a little more than",
        "slightly over",
        "slightly more than",
    ];

    private static readonly HashSet<string> JustUnder =
    [
        "just under",
        "a little under",
        "a little less than",
        "slightly under",
        "slightly less than",
        "almost",
        "nearly",
        "close to",
    ];

    /// <summary>
    /// The claimed length against the dates' length, in the claim's unit. Bare ("four years after") is the length
    /// rounded; "about" a sixth either way; "more than", "less than" one side; "just over", "almost" one side and
    /// near; "exactly" the calendar's count. Contradicted only when the length is clearly not what is said.
    /// </summary>
    private static ClaimVerdict IntervalVerdict(
        string hedge,
        decimal n,
        decimal actual,
        string unit,
        DateOnly from,
        DateOnly to,
        int days
    )
    {
        // How far off is surely wrong: a whole unit (three quarters of one for "a year"), and a quarter of the length;
        // on one side ("more than", "almost"), a tenth of it (half a unit at least).
        var far = n <= 1 ? 0.75m : Math.Max(1m, 0.25m * n);
        var side = Math.Max(unit == "day" ? 1m : 0.5m, 0.1m * n);
        var near = Math.Max(unit == "day" ? 0m : 1m, 0.15m * n);
        bool Between(decimal lo, decimal hi) => lo <= actual && actual <= hi;
        if (unit == "day" && n == 0)
            return days == 0 ? ClaimVerdict.Supported
                : Math.Abs(days) > 2 ? ClaimVerdict.Contradicted
                : ClaimVerdict.Unverifiable;
        var ok = hedge switch
        {
            "exactly" or "precisely" => Calendar(from, n, unit) == to,
            "more than" or "over" => actual > n,
            "less than" or "under" or "fewer than" => actual < n && actual > 0,
            "within" => actual <= n && actual >= 0,
            _ when JustOver.Contains(hedge) => actual > n && actual <= n + near,
            _ when JustUnder.Contains(hedge) => actual < n && actual >= n - near,
            // "barely two weeks", "just three months": near the length, on a side not told.
            "about" or "around" or "roughly" or "approximately" or "some" or "barely" or "just" => Between(
                n - near,
                n + near
            ),
            _ => unit == "day" ? actual == n : Between(n - 0.5m, n + 0.5m),
        };
        if (ok)
            return ClaimVerdict.Supported;
        var slack = unit switch
        {
            "year" or "decade" => 31,
            "month" => 7,
            "week" => 2,
            _ => 1,
        };
        var wrong = hedge switch
        {
            "exactly" or "precisely" => Math.Abs(to.DayNumber - Calendar(from, n, unit).DayNumber) > slack,
            "more than" or "over" => actual < n - side,
            _ when JustOver.Contains(hedge) => actual < n - side || actual > n + Math.Max(1m, 0.5m * n),
            "less than" or "under" or "fewer than" or "within" => actual > n + side || actual < 0,
            _ when JustUnder.Contains(hedge) => actual > n + side || actual < n - Math.Max(1m, 0.5m * n),
            _ => Math.Abs(actual - n) > far + (hedge.Length > 0 ? near : 0m),
        };
        return wrong ? ClaimVerdict.Contradicted : ClaimVerdict.Unverifiable;
    }

    private static DateOnly Calendar(DateOnly from, decimal n, string unit) =>
        unit switch
        {
            "day" => from.AddDays((int)n),
            "week" => from.AddDays((int)(7 * n)),
            "month" => from.AddMonths((int)n),
            "year" => from.AddYears((int)n),
            "decade" => from.AddYears((int)(10 * n)),
            _ => from,
        };

    /// <summary>The catalog's one date of a kind for the treaty itself; null when it has none or several.</summary>
    private static DatedEvent? TreatyEvent(Context c, TreatyInfo t, ClaimDateKind kind)
    {
        var none = new Span(0, 0, "");
        var (same, _) = CatalogKinds(kind, new ClaimDate(c.Today, DatePrecision.Day, null, none), "", new(kind, none));
        var rows = c.DatesOf(t.Slug).Where(r => same.Contains(r.Kind)).ToList();
        return rows.Select(r => r.Date).Distinct().Count() == 1 && rows[0].Date.Length == 10 ? Dated(t, rows[0]) : null;
    }

    private static DatedEvent Dated(TreatyInfo t, DateRow r) =>
        new(
            DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{t.Name} {Label(r.Kind)}",
            Evidence(t, r),
            // A treaty's own date is compared as the treaty-date aspect compares it (checked or not).
            true
        );

    /// <summary>When the treaty stopped being in force: its termination, else an expiry already past.</summary>
    private static DatedEvent? TreatyEnd(Context c, TreatyInfo t)
    {
        var rows = c.DatesOf(t.Slug);
        var end = rows.FirstOrDefault(r => r.Kind == "terminated")
            ?? rows.FirstOrDefault(r =>
                r.Kind == "expires" && string.CompareOrdinal(r.Date, Iso(c.Today)) <= 0 && r.Date.Length == 10
            );
        return end is null || end.Date.Length != 10 ? null : Dated(t, end);
    }

    /// <summary>
    /// The catalog's date of one dated word of the claim: a state's act when a state is its subject (named between
    /// the word before it and it), a part's day ("its central limits took effect"), a day the catalog names
    /// ("Implementation Day came"), else the treaty's own date of that kind.
    /// </summary>
    private static DatedEvent? EventOf(Context c, TreatyInfo t, ClaimDateWord word, List<ClaimDateWord> words)
    {
        var prior = words.LastOrDefault(w => w.Span.End <= word.Span.Start);
        var from = Math.Max(prior?.Span.End ?? 0, ClauseStart(c.Text, word.Span.Start));
        var subject = c.Text[from..word.Span.Start];
        // "SORT ended on the day New START entered into force": a treaty named as the event's subject is its own.
        if (c.P.Treaties.LastOrDefault(m => m.Span.Start >= from && m.Span.End <= word.Span.Start) is { } own)
        {
            if (!own.Known || c.Info(own.Slug) is not { } other)
                return null;
            t = other;
        }
        var states = c
            .P.Actors.Where(a =>
                a.Kind == "state"
                && a.Span.Start >= from
                && a.Span.End <= word.Span.Start
                && !AsPlace().IsMatch(c.Text[..a.Span.Start])
            )
            .Select(a => a.Slug)
            .Distinct()
            .ToList();
        // "the withdrawal became effective": the day a state's act took effect.
        if (
            word.Kind == ClaimDateKind.EnteredIntoForce
            && prior is { Kind: ClaimDateKind.Withdrew or ClaimDateKind.Suspended or ClaimDateKind.Acceded }
            && Regex.IsMatch(c.Text[prior.Span.End..word.Span.Start], @"^\s*$")
        )
        {
            var acts = StateActs(c, t, prior, c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug));
            return acts is [{ Effective: { Length: 10 } e } act]
                ? new(
                    DateOnly.ParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    $"{act.StateName}'s {ActionKind(prior.Kind)} took effect",
                    Evidence(act),
                    act.Checked != 0
                )
                : null;
        }
        // "… and the withdrawal became effective": a state's act with its state named earlier in the claim.
        if (
            states.Count == 0
            && word.Kind
                is not (
                    ClaimDateKind.Signed
                    or ClaimDateKind.OpenedForSignature
                    or ClaimDateKind.EnteredIntoForce
                    or ClaimDateKind.Expires
                    or ClaimDateKind.Extended
                    or ClaimDateKind.Terminated
                )
        )
            states = c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug).Distinct().ToList();
        if (states.Count > 0 || word.Kind is ClaimDateKind.Ratified or ClaimDateKind.Acceded)
        {
            var acts = StateActs(c, t, word, states);
            if (states.Count != 1 || acts.Select(a => a.Date).Distinct().Count() != 1 || acts[0].Date.Length != 10)
                return null;
            var a = acts[0];
            return new(
                DateOnly.ParseExact(a.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"{a.StateName} {Did(a.Kind)} {t.Name}",
                Evidence(a),
                a.Checked != 0 && a.Note is null
            );
        }
        if (
            Regex.Match(subject, @"(?:\bits|['\u2019]s)\s+(?<part>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$") is
            { Success: true } part
        )
        {
            var rows = c.DatesOf(t.Slug)
                .Where(r =>
                    Regex
                        .Replace(r.Kind, @"-(?:due|day|date)$", "")
                        .Replace('-', ' ')
                        .Equals(part.Groups["part"].Value.Trim(), StringComparison.OrdinalIgnoreCase)
                )
                .ToList();
            return rows.Count == 1 && rows[0].Date.Length == 10 && word.Kind == ClaimDateKind.EnteredIntoForce
                ? Dated(t, rows[0])
                : null;
        }
        // "Russia ratified it four years after signing it": a signing with no subject of its own is the one state's.
        if (
            TreatyEvent(c, t, word.Kind) is null
            && word.Kind == ClaimDateKind.Signed
            && c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug).Distinct().ToList() is [var only]
            && StateActs(c, t, word, [only]) is [var signed]
            && signed.Date.Length == 10
        )
            return new(
                DateOnly.ParseExact(signed.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"{signed.StateName} signed {t.Name}",
                Evidence(signed),
                signed.Checked != 0 && signed.Note is null
            );
        return TreatyEvent(c, t, word.Kind);
    }

    /// <summary>
    /// A day the catalog keeps under a name the claim gives before the length ("Implementation Day").
    /// </summary>
    private static DatedEvent? NamedBefore(Context c, TreatyInfo t, int before)
    {
        var rows = c.DatesOf(t.Slug)
            .Where(r =>
                r.Kind.EndsWith("-day", StringComparison.Ordinal)
                && c.Text[..before].Contains(r.Kind.Replace('-', ' '), StringComparison.OrdinalIgnoreCase)
            )
            .ToList();
        return rows.Count == 1 && rows[0].Date.Length == 10 ? Dated(t, rows[0]) : null;
    }

    // "… before Russia did", "after the United States had": a state and a verb that stands for the act named before.
    [GeneratedRegex(
        @"^\s+(?:the\s+)?(?<state>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})(?:['\u2019]s)?\s+"
            + @"(?<verb>did|had|was|were)\b"
    )]
    private static partial Regex OtherStateDidWords();

    /// <summary>
    /// "Iran ratified the CWC two days before Russia did": the other state's act, of the kind of the act named before
    /// the length, as a dated word at "did" (its subject, the state, just before it). Null when the words after the
    /// length are not a state and such a verb, or the act before is not a state's.
    /// </summary>
    private static ClaimDateWord? OtherStateDid(Context c, int end, ClaimDateWord? act)
    {
        if (
            act
                is not { Kind: ClaimDateKind.Ratified or ClaimDateKind.Acceded or ClaimDateKind.Signed }
                    and not { Kind: ClaimDateKind.Withdrew or ClaimDateKind.Suspended }
            || OtherStateDidWords().Match(c.Text[end..]) is not { Success: true } m
        )
            return null;
        var stateStart = end + m.Groups["state"].Index;
        if (!c.P.Actors.Any(a => a.Kind == "state" && a.Span.Start >= stateStart && a.Span.Start < end + m.Length))
            return null;
        var verb = m.Groups["verb"];
        c.Read.Add((end, end + m.Length));
        return new ClaimDateWord(act.Kind, Span.Of(c.Text, end + verb.Index, end + verb.Index + verb.Length));
    }

    private static List<ActionRow> StateActs(Context c, TreatyInfo t, ClaimDateWord word, IEnumerable<string> states)
    {
        var kind = ActionKind(word.Kind);
        return Actions(c.Db, t.Slug, states.Distinct().ToList()).Where(a => SameAct(kind, a.Kind)).ToList();
    }
}
