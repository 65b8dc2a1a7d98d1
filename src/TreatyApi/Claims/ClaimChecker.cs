using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>
/// Checks a parsed claim aspect by aspect, comparing like with like: a figure with the limits on the same unit of the
/// treaty named, a date of a named kind with the catalog's dates of that kind (or a state's acts), a deadline with
/// deadlines, words with what the named speaker said. A fact of another kind is never grounds for a contradiction;
/// no treaty named means none is assumed. The claim is contradicted if any aspect is, supported only if all are.
/// </summary>
public static partial class ClaimChecker
{
    internal sealed record TreatyInfo(string Slug, string Name, string? Kind);

    internal sealed record DateRow(
        string Kind,
        string Date,
        string? Place,
        long Checked,
        string CitationKind,
        string Title,
        string Url
    );

    private sealed record ActionRow(
        string Id,
        string State,
        string StateName,
        string Kind,
        string Date,
        string? Effective,
        string? Note,
        long Checked,
        string CitationKind,
        string Title,
        string Url
    );

    /// <summary>
    /// The state of the checking of one claim: what is parsed, the treaty, and the dates aspects used.
    /// </summary>
    private sealed class Context(
        SqliteConnection db,
        ClaimReads reads,
        string text,
        ParsedClaim parsed,
        TreatyInfo? treaty,
        DateOnly today
    )
    {
        /// <summary>The claim as sent: the parsed spans are offsets into it.</summary>
        public string Text { get; } = text;
        public SqliteConnection Db { get; } = db;

        /// <summary>Lists read whole, kept for the snapshot's life (the answer's own rows are read from Db).</summary>
        public ClaimReads Reads { get; } = reads;
        public ParsedClaim P { get; } = parsed;
        public TreatyInfo? Treaty { get; } = treaty;
        public DateOnly Today { get; } = today;
        public HashSet<ClaimDate> Used { get; } = [];

        /// <summary>A date given "as of" was read as a status on that day; the status is not read for today.</summary>
        public bool AsOfRead { get; set; }

        /// <summary>"was in force for thirty years" was read as the time between two dates, not a status.</summary>
        public bool InForceFor { get; set; }

        /// <summary>"has been in force for 50 years": the length up to today, and the status today, are read.</summary>
        public bool InForceUntilToday { get; set; }

        /// <summary>
        /// A state's standing on a date was read ("as of 2010, X was a party to"): not read for today.
        /// </summary>
        public bool MembershipRead { get; set; }

        /// <summary>
        /// Spans of the claim an aspect read beyond the parsed parts (a length of time and its hedge).
        /// </summary>
        public List<(int Start, int End)> Read { get; } = [];

        /// <summary>The date a party count is given for ("had 32 states parties at the start of 2022").</summary>
        public ClaimDate? CountDate { get; set; }
        public IReadOnlyList<DateRow> Dates => Treaty is null ? [] : DatesOf(Treaty.Slug);

        public IReadOnlyList<DateRow> DatesOf(string slug) => Reads.TreatyDates(Db, slug);

        public TreatyInfo? Info(string slug) => Reads.Treaty(Db, slug);
    }

    public static ClaimCheck Check(
        SqliteConnection db,
        ClaimReads reads,
        string claim,
        ParsedClaim parsed,
        DateOnly today
    )
    {
        var aspects = new List<ClaimAspect>();
        var known = parsed.Treaties.FirstOrDefault(t => t.Known);
        var treaty = known is null ? null : reads.Treaty(db, known.Slug);
        var ctx = new Context(db, reads, claim, parsed, treaty, today);

        if (parsed.Refusal is { } why)
            aspects.Add(Input(claim, why));
        else if (known is null && parsed.Treaties.FirstOrDefault() is { } unknown)
            aspects.Add(
                Input(
                    unknown.Span.Quote,
                    $"The catalog does not know the {unknown.Name}: there are no facts about "
                        + "it to check the claim against."
                )
            );
        else
        {
            // A treaty the catalog does not know, named beside one it knows: what is said of it is not checked.
            foreach (var other in parsed.Treaties.Where(t => !t.Known))
                aspects.Add(
                    Input(
                        other.Span.Quote,
                        $"The catalog does not know the {other.Name}: what the claim says of it " + "is not checked."
                    )
                );
            Read(ctx, aspects);
        }

        if (parsed.Refusal is null && PartyCount(ctx) is { } count)
            aspects.Add(count);
        // Nothing else read, or only a speaker with no words of saying ("Obama and Putin agreed to …"), or someone
        // uncatalogued said it: what the reports themselves say is compared.
        // A year with no treaty ("will be fielded around Europe through 2020") is read in the reports too.
        if (
            parsed.Refusal is null
            && parsed.Quotation is null
            && parsed.Quantities.Count == 0
            && aspects.All(a =>
                a.Verdict == ClaimVerdict.Unverifiable
                && (
                    a.Kind == AspectKind.Paraphrase && !parsed.Says
                    || a.Kind == AspectKind.Attribution && parsed.Speaker is null
                    || a.Kind == AspectKind.Deadline && a.Treaty is null && ctx.Treaty is null
                )
            )
            && (parsed.Dates.Count == 0 || aspects.Any(a => a.Kind == AspectKind.Deadline))
            && Reports.Check(ctx.Db, ctx.Reads, claim, parsed) is { } r
        )
        {
            aspects.Clear();
            aspects.Add(r with { Treaty = ctx.Treaty?.Slug });
        }
        // "Meeting in Los Cabos in June 2012, Obama and Putin agreed to …": the meeting is checked as an event, what
        // they agreed in the reports.
        if (
            parsed.Refusal is null
            && aspects.Count > 0
            && aspects.All(a => a.Verdict == ClaimVerdict.Supported)
            && aspects.Any(a => a.Kind == AspectKind.Event)
            && !parsed.Says
            && parsed.Quotation is null
            && parsed.Quantities.Count == 0
            && AtTheMeeting(ctx) is { } agreed
        )
            aspects.Add(agreed with { Treaty = ctx.Treaty?.Slug });
        if (parsed.Refusal is null && aspects.Count > 0)
        {
            if (ReportedBy(ctx, aspects) is { } reported)
                aspects.Add(reported);
            if (aspects.All(a => a.Verdict == ClaimVerdict.Supported) && Unchecked(ctx, aspects) is { } rest)
                aspects.Add(rest);
        }
        if (parsed.Refusal is null)
            Guard(ctx, aspects);
        if (aspects.Count == 0)
            aspects.Add(
                Input(
                    claim,
                    "The claim states no figure, date, status, membership, meeting or statement that the "
                        + "sources could confirm or contradict."
                )
            );
        var verdict =
            aspects.Any(a => a.Verdict == ClaimVerdict.Contradicted) ? ClaimVerdict.Contradicted
            : aspects.All(a => a.Verdict == ClaimVerdict.Supported) ? ClaimVerdict.Supported
            : ClaimVerdict.Unverifiable;
        var deciding = verdict == ClaimVerdict.Supported ? aspects : aspects.Where(a => a.Verdict == verdict);
        return new ClaimCheck(
            claim,
            verdict,
            string.Join(" ", deciding.Select(a => a.Explanation).Distinct()),
            Model(parsed),
            aspects
        );
    }

    private static void Read(Context c, List<ClaimAspect> aspects)
    {
        var p = c.P;
        bool saying = p.Speaker is not null && (p.Says || p.Quotation is not null);
        if (p.Quotation is not null)
            aspects.Add(CheckQuotation(c));

        foreach (var q in p.Quantities)
            aspects.Add(Qualifying(c, q, CheckLimit(c, q)));
        foreach (var duration in p.Durations)
            if (CheckDuration(c, duration) is { } a)
                aspects.Add(a);
        if (CheckInterval(c) is { } interval)
            aspects.Add(interval);
        if (CheckSameTime(c) is { } sameTime)
            aspects.Add(sameTime);
        if (CheckOrder(c) is { } order)
            aspects.Add(order);
        InForceFromTo(c, aspects);
        var count = PartyCountWords().Match(c.Text);

        // Each date goes with the words that name its kind, the nearest before it (else after it).
        // "178 states had ratified the CTBT": the words of a party count name no dated act.
        var dateWords = p
            .DateWords.Where(w =>
                !count.Success || w.Span.End <= count.Index || w.Span.Start >= count.Index + count.Length
            )
            // "due within forty months of entry into force, that is by March 1996": the entry into force a period is
            // counted from is no date of the claim's.
            .Where(w => w.Kind != ClaimDateKind.EnteredIntoForce || !CountedFrom().IsMatch(c.Text[..w.Span.Start]))
            .ToList();
        var paired = new HashSet<ClaimDateWord>();
        foreach (var d in p.Dates.Where(d => !c.Used.Contains(d)))
        {
            // "in force since March 1970": the date's words hold "since", which the kind's words end with.
            var word = dateWords
                .Where(w => w.Span.End <= d.Span.Start || (w.Span.Start < d.Span.Start && w.Span.End <= d.Span.End))
                .LastOrDefault();
            // "signed in Helsinki in March 1992, had 32 parties at the start of 2022": a date a clause after another
            // date of the same words is not theirs.
            if (
                word is not null
                && p.Dates.Any(o =>
                    o != d
                    && o.Span.Start >= word.Span.End
                    && o.Span.End <= d.Span.Start
                    && ClauseBreak().IsMatch(c.Text[o.Span.End..d.Span.Start])
                )
            )
                word = null;
            // "by February 5, 2018, seven years after the treaty took effect": words after the date that are counted
            // from ("after", "before", "since") name another day.
            word ??= dateWords.FirstOrDefault(w =>
                w.Span.Start >= d.Span.End && !CountedBetween().IsMatch(c.Text[d.Span.End..w.Span.Start])
            );
            // "In the autumn of 1991, the CFE Treaty had been signed": a date before a past perfect is the time by
            // which the act was done, not its day, so it is compared as "by" is ("By 1995, START I had entered into
            // force").
            var by =
                word is not null
                && d.Preposition is not ("by" or "before" or "until")
                && word.Span.Start >= d.Span.End
                && HadBefore().IsMatch(c.Text[..word.Span.Start]);
            // "before its December 2012 deadline": a date that names a deadline is not the day of the act around it.
            if (DeadlineNounAfter().IsMatch(c.Text[d.Span.End..]))
                continue;
            // "The U.S. withdrawal … took effect on …": the act named before "took effect" is what took effect.
            if (
                word?.Kind == ClaimDateKind.EnteredIntoForce
                && p.DateWords.LastOrDefault(w =>
                    w.Span.End <= word.Span.Start
                    && w.Kind
                        is ClaimDateKind.Withdrew
                            or ClaimDateKind.Suspended
                            or ClaimDateKind.Ratified
                            or ClaimDateKind.RatificationWithdrawn
                            or ClaimDateKind.Acceded
                            or ClaimDateKind.Extended
                )
                    is { } act
            )
                word = act;
            // "As of 2010, North Korea was a party to …": a state's standing, with no dated words.
            var standing = AsOfBefore().IsMatch(c.Text[..d.Span.Start]) && StandingWords().IsMatch(c.Text);
            if ((word is not null || standing) && CheckAsOf(c, d) is { } asOf)
            {
                c.Used.Add(d);
                aspects.Add(asOf);
                continue;
            }
            // "Moscow still belonged to the treaty in March 2022": a state's standing in a period, as with "as of".
            if (
                word is null
                && d.Preposition is "in" or "by"
                && !NotYetWords().IsMatch(c.Text)
                && StandingWords().IsMatch(c.Text)
                && Standing(c, d) is { } inPeriod
            )
            {
                c.AsOfRead = true;
                c.Used.Add(d);
                aspects.Add(inPeriod);
                continue;
            }
            if (
                word is not null
                && !(
                    p.Status is not null
                    && word.Kind is ClaimDateKind.Expires or ClaimDateKind.Terminated
                    && p.Status.Span.Start <= word.Span.Start
                    && word.Span.End <= p.Status.Span.End
                )
            )
            {
                c.Used.Add(d);
                var asSaid = by ? d with { Preposition = "by" } : d;
                aspects.Add(Negation(c, word, asSaid.Preposition, CheckTreatyDate(c, word, asSaid)));
                paired.Add(word);
            }
        }
        // "The INF Treaty ceased to be in force when the U.S. withdrawal took effect in August 2019": the treaty's end
        // is dated by the act after "when", and checked against the treaty's own date of that kind.
        foreach (
            var word in dateWords.Where(w =>
                w.Kind is ClaimDateKind.Terminated or ClaimDateKind.Expires && !paired.Contains(w) && p.Status is null
            )
        )
            if (
                p.Dates.FirstOrDefault(d => d.Span.Start > word.Span.End) is { } then
                && WhenBetween().IsMatch(c.Text[word.Span.End..then.Span.Start])
            )
                aspects.Add(
                    Negation(
                        c,
                        word,
                        then.Preposition,
                        CheckTreatyDate(c, word, then, p.Treaties.LastOrDefault(m => m.Span.End <= word.Span.Start))
                    )
                );
        // A decade is read only as a treaty's date of the kind its words name ("was signed in the late 1980s").
        foreach (var d in p.Decades)
        {
            var word = dateWords.Where(w => w.Span.End <= d.Span.Start).LastOrDefault()
                ?? dateWords.FirstOrDefault(w => w.Span.Start >= d.Span.End);
            if (word is not null)
                aspects.Add(Negation(c, word, d.Preposition, CheckTreatyDate(c, word, d)));
        }
        foreach (var word in dateWords.Where(w => p.Dates.Count == 0 && p.Decades.Count == 0 && p.Status is null))
            if (
                (
                    StateActionWithoutDate(c, word)
                    // "was never signed in Moscow": a negated place, as a negated date.
                    ?? (PlaceWithoutDate(c, word) is { } placed ? Negation(c, word, null, placed) : null)
                    ?? NeverWithoutDate(c, word)
                    ?? EnteredWithoutDate(c, word)
                ) is
                { } a
            )
                aspects.Add(a);
        // "Iran has ratified the CTBT it signed in 1996": a state's act with no date of its own, beside a date that
        // belongs to another act, is checked as an undated act.
        // (An act said not to have happened by a date, "as of 1990 … had not yet joined", is the as-of reading's.)
        if (p.Dates.Count > 0 && !c.AsOfRead && !p.Negated)
            foreach (
                var word in dateWords.Where(w =>
                    !paired.Contains(w)
                    && w.Kind
                        is ClaimDateKind.Ratified
                            or ClaimDateKind.Acceded
                            or ClaimDateKind.Withdrew
                            or ClaimDateKind.RatificationWithdrawn
                            or ClaimDateKind.Suspended
                    && !aspects.Any(a => a.Text.Contains(c.Text[w.Span.Start..w.Span.End], StringComparison.Ordinal))
                )
            )
                if (StateActionWithoutDate(c, word) is { } undated)
                    aspects.Add(undated);
        // "signed in Vienna, entered into force on 1 January 2002": a signing's place with no date of its own.
        if (p.Dates.Count > 0 && !c.AsOfRead)
            foreach (
                var word in dateWords.Where(w =>
                    !paired.Contains(w) && w.Kind is ClaimDateKind.Signed or ClaimDateKind.OpenedForSignature
                )
            )
                if (PlaceWithoutDate(c, word) is { } placed)
                    aspects.Add(Negation(c, word, null, placed));
        // "ratified in 1996 and 2000, but it never entered into force": the undated words of a treaty the catalog
        // notes never did, beside dates that belong to other words.
        if (p.Dates.Count > 0 && p.Status is null)
            foreach (
                var word in dateWords.Where(w =>
                    w.Kind == ClaimDateKind.EnteredIntoForce
                    && !p.Dates.Any(d => ClauseStart(c.Text, d.Span.Start) == ClauseStart(c.Text, w.Span.Start))
                )
            )
                if (NeverWithoutDate(c, word) is { } never)
                    aspects.Add(never);
        if (p.Status is not null && !c.AsOfRead && !c.InForceFor)
            aspects.Add((c.InForceUntilToday ? null : StatusForPeriod(c)) ?? CheckStatus(c));
        if (TookOffice(c) is { } office)
            aspects.Add(office);
        if (HeldOfficeWhen(c) is { } held)
            aspects.Add(held);
        if (p.Membership is not null && !c.MembershipRead)
            aspects.Add(CheckMembership(c));
        if (p.TreatyKind is not null && !p.Negated)
            aspects.Add(CheckTreatyKind(c));

        var free = p.Dates.Where(d => !c.Used.Contains(d)).ToList();
        // A date counted from another ("two years later") is read only as a treaty's date of a named kind.
        foreach (var d in free.Where(d => d.Outer is not null))
            aspects.Add(
                new(
                    AspectKind.Deadline,
                    ClaimVerdict.Unverifiable,
                    d.Span.Quote,
                    $"The claim counts \"{d.Span.Quote}\" from another date without naming what happened then, so "
                        + "it is compared with nothing.",
                    null,
                    c.Treaty?.Slug,
                    null,
                    [],
                    0
                )
            );
        free.RemoveAll(d => d.Outer is not null);
        if (p.Meets && !saying && p.Actors.Count(a => a.Kind == "person") >= 1)
        {
            if (free.FirstOrDefault() is { } on && Titles(c, on) is { } title)
                aspects.Add(title);
            aspects.Add(CheckEvent(c, free.FirstOrDefault()));
            free.Clear();
        }
        if (count.Success && c.Treaty is not null && free.Count > 0)
        {
            c.CountDate = free[0];
            c.Used.Add(free[0]);
            free.RemoveAt(0);
        }
        var statementDate = saying && p.Quantities.Count == 0 && free.Count == 1 ? free[0] : null;
        // "pledged in June 2012 to honor it … requires 1,550 warheads by 2018": where a date says when something is
        // due ("by", "until"), the other dates of the claim are not when it is due.
        var dueDated = free.Any(d => DuePreposition(d) || DeadlineNounAfter().IsMatch(c.Text[d.Span.End..]));
        foreach (var d in free.Where(d => d != statementDate))
        {
            if (DeadlineNounAfter().IsMatch(c.Text[d.Span.End..]))
            {
                aspects.Add(CheckDeadline(c, d));
                continue;
            }
            if (NamedDate(c, d) is { } named)
            {
                aspects.Add(named);
                continue;
            }
            // "by 2018" is a deadline when something was due ("required", "must", "limits … by"); "completed by" is
            // not.
            if (
                (!dueDated || DuePreposition(d))
                && (
                    DueWords(c.Text)
                    || (p.LimitWords && p.Quantities.Count > 0 && !Completion(c.Text))
                    || (d.Preposition is "until" or "till" or "through" && c.Treaty is null)
                )
            )
                aspects.Add(CheckDeadline(c, d));
            else
                aspects.Add(
                    new(
                        AspectKind.Deadline,
                        ClaimVerdict.Unverifiable,
                        d.Span.Quote,
                        $"The claim gives {Show(d)} without saying what was due or happened then, so it is compared "
                            + $"with nothing.",
                        null,
                        c.Treaty?.Slug,
                        null,
                        [],
                        0
                    )
                );
        }

        if (saying && p.Quotation is null)
        {
            if (p.Quantities.Count > 0 || (p.Dates.Count > 0 && statementDate is null))
                aspects.Add(ByTitle(c, CheckAttribution(c)));
            else
                aspects.Add(ByTitle(c, CheckComment(c, statementDate) ?? CheckParaphrase(c, statementDate)));
        }
        else if (p.Speaker is not null && aspects.Count == 0 && !p.Meets)
            aspects.Add(ByTitle(c, CheckParaphrase(c, null)));
        // "The United States announced its withdrawal": the announcement is the act, checked as such.
        else if (
            p.Says
            && p.Speaker is null
            && p.Quotation is null
            && p.ReportedBy is null
            && !(AnnouncedAct().IsMatch(c.Text) && aspects.Any(a => a.Kind == AspectKind.TreatyDate))
        )
            aspects.Add(
                new(
                    AspectKind.Attribution,
                    ClaimVerdict.Unverifiable,
                    c.Text,
                    "The claim says someone said this, but names no speaker the catalog knows, so whose words they "
                        + "are is not "
                        + "checked.",
                    null,
                    c.Treaty?.Slug,
                    null,
                    [],
                    0
                )
            );
        // "Russian Foreign Minister Dmitry Peskov said …": the title given to the speaker is part of the claim, read
        // after what was said (the aspects above look at how many aspects there are).
        if (saying && !p.Meets && Titles(c, statementDate) is { } speakerTitle)
            aspects.Add(speakerTitle);
    }

    [GeneratedRegex(
        @"\b(?:days?|weeks?|months?|years?)\s+(?:of|after|from|following)\s+(?:its\s+|the\s+|their\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex CountedFrom();

    [GeneratedRegex(@"(?:\b(?:not|never|cannot)|n't)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedBefore();

    [GeneratedRegex(@"\bhad\s+(?:(?:already|been|long|just)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex HadBefore();

    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){0,2}?(?:until|till)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilAfter();

    /// <summary>
    /// "New START was not signed in 2011": a negated date word turns a matching date into a contradiction, and a date
    /// that differs into nothing sure ("never signed in 1990" also says it was never signed). "did not take effect
    /// until 1994" says when it did: read as the date itself.
    /// </summary>
    private static ClaimAspect Negation(Context c, ClaimDateWord word, string? preposition, ClaimAspect a)
    {
        var before = c.Text[ClauseStart(c.Text, word.Span.Start)..word.Span.Start];
        if (
            !NegatedBefore().IsMatch(before)
            || preposition is "until" or "till"
            // "did not take effect until more than three years later": the "until" comes before a counted time.
            || UntilAfter().IsMatch(c.Text[word.Span.End..])
            || a.Kind != AspectKind.TreatyDate
        )
            return a;
        return a.Verdict switch
        {
            ClaimVerdict.Supported => a with
            {
                Verdict = ClaimVerdict.Contradicted,
                Expected = a.Text,
                Explanation = a.Explanation + " The claim says it did not.",
            },
            ClaimVerdict.Contradicted => a with
            {
                Verdict = ClaimVerdict.Unverifiable,
                Expected = null,
                Explanation =
                    a.Explanation
                    + " The claim denies the date it gives, which tells nothing sure about the date the sources give.",
            },
            _ => a,
        };
    }

    [GeneratedRegex(
        @"\b(?:met|meet|meets|meeting|summit|held\s+talks|talked|talks\s+with|sat\s+down|took\s+place|"
            + @"(?:was|were)\s+held)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex MeetingWords();

    /// <summary>
    /// What the claim says beside a meeting already checked, read in the reports: the words of the meeting (its
    /// verb or noun, place and dates) are left out, the rest must be one sentence of a report naming the same people.
    /// </summary>
    private static ClaimAspect? AtTheMeeting(Context c)
    {
        var p = c.P;
        var blank = c.Text.ToCharArray();
        void Blank(int start, int end)
        {
            for (var i = start; i < end && i < blank.Length; i++)
                blank[i] = ' ';
        }
        foreach (Match m in MeetingWords().Matches(c.Text))
            Blank(m.Index, m.Index + m.Length);
        foreach (var d in p.Dates)
            Blank(d.Span.Start, d.Span.End);
        if (p.Place is { } place)
            foreach (
                Match m in Regex.Matches(c.Text, @"\b(?:in|at)\s+" + Regex.Escape(place) + @"(?:,\s*[A-Z][\w-]*)?")
            )
                Blank(m.Index, m.Index + m.Length);
        return Reports.Check(c.Db, c.Reads, new string(blank), p with { Place = null, Dates = [] });
    }

    /// <summary>"According to the Qatar News Agency, …": the evidence must be credited to that outlet.</summary>
    private static ClaimAspect? ReportedBy(Context c, List<ClaimAspect> aspects)
    {
        if (
            c.P.ReportedBy is not { } by
            || c.P.Actors.Any(a =>
                a.Kind == "person"
                && (
                    by.Contains(a.Span.Quote, StringComparison.Ordinal)
                    // "according to Putin's press secretary": the title names the speaker, not an outlet.
                    || a.Span.Quote.StartsWith(by, StringComparison.Ordinal)
                )
            )
        )
            return null;
        bool Credits(Source s) =>
            (
                s.AttributedTo is { } a
                && (
                    a.Name.Contains(by, StringComparison.OrdinalIgnoreCase)
                    || by.Contains(a.Name, StringComparison.OrdinalIgnoreCase)
                    || by.Contains(a.Label, StringComparison.OrdinalIgnoreCase)
                )
            )
            || (
                s.Publisher is { } pub
                && (
                    pub.Contains(by, StringComparison.OrdinalIgnoreCase)
                    || by.Contains(pub, StringComparison.OrdinalIgnoreCase)
                )
            );
        // A report's own sentence may name its source ("…, RIA Novosti reported").
        var credited = aspects
            .SelectMany(a => a.Evidence)
            .Where(e =>
                Credits(e.Source) || (e.Kind == "report" && e.Summary.Contains(by, StringComparison.OrdinalIgnoreCase))
            )
            .ToList();
        if (credited.Count > 0)
            return new(
                AspectKind.Attribution,
                ClaimVerdict.Supported,
                by,
                $"The evidence is credited to {by}: {Where(credited[0].Source)}.",
                null,
                c.Treaty?.Slug,
                null,
                credited.Take(ClaimAspect.MaxEvidence).ToList(),
                credited.Count
            );
        return new(
            AspectKind.Attribution,
            ClaimVerdict.Unverifiable,
            by,
            $"None of the evidence is credited to {by}, so it cannot be told that {by} reported it.",
            null,
            c.Treaty?.Slug,
            null,
            [],
            0
        );
    }

    private static ClaimAspect Input(string text, string why) =>
        new(AspectKind.Input, ClaimVerdict.Unverifiable, text, why, null, null, null, [], 0);

    private static ParsedClaimModel Model(ParsedClaim p) =>
        new(
            p.Treaty?.Slug,
            p.Quantity is { } q ? new ParsedQuantity((double)q.Value, q.Unit, q.Span.Quote) : null,
            p.Date is { } d ? new ParsedDate(Iso(d), d.Precision.ToString().ToLowerInvariant(), d.Span.Quote) : null,
            p.Speaker is { } s ? new SpeakerMention(s.Slug, s.Name, s.Span.Quote, "name") : null,
            p.Quotation?.Quote
        );

    private static bool DuePreposition(ClaimDate d) => d.Preposition is "by" or "until" or "till" or "through";

    // A comma, a semicolon, a contrast or a finite verb between two dates: the second begins another clause ("New
    // START signed in Prague in 2010 was due to run until 2026": 2026 is not the signing's).
    [GeneratedRegex(
        @"[,;]|\b(?:while|but|whereas|although)\b|\band\s+(?!ratified|signed)\w+ed\b|"
            + @"\b(?:was|were|is|are|has|have|had|will|would)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:after|before|since|following|prior\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedBetween();

    // "its December 2012 deadline", "the 2018 target date": the date is a deadline's, named by the noun after it.
    [GeneratedRegex(@"^\s+(?:deadline|target\s+date|due\s+date|cut-?off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineNounAfter();

    [GeneratedRegex(@"^[^.;]*\bwhen\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenBetween();
}
