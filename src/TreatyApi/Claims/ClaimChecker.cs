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
    private sealed record TreatyInfo(string Slug, string Name, string? Kind);
    private sealed record DateRow(string Kind, string Date, string? Place, long Checked, string CitationKind, string Title,
        string Url);
    private sealed record ActionRow(string Id, string State, string StateName, string Kind, string Date, string? Effective,
        string? Note, long Checked, string CitationKind, string Title, string Url);

    /// <summary>The state of the checking of one claim: what is parsed, the treaty, and the dates aspects used.</summary>
    private sealed class Context(SqliteConnection db, string text, ParsedClaim parsed, TreatyInfo? treaty, DateOnly today)
    {
        /// <summary>The claim as sent: the parsed spans are offsets into it.</summary>
        public string Text { get; } = text;
        public SqliteConnection Db { get; } = db;
        public ParsedClaim P { get; } = parsed;
        public TreatyInfo? Treaty { get; } = treaty;
        public DateOnly Today { get; } = today;
        public HashSet<ClaimDate> Used { get; } = [];
        /// <summary>The date a party count is given for ("had 32 states parties at the start of 2022").</summary>
        public ClaimDate? CountDate { get; set; }
        private readonly Dictionary<string, List<DateRow>> _dates = new(StringComparer.Ordinal);
        public List<DateRow> Dates => Treaty is null ? [] : DatesOf(Treaty.Slug);
        public List<DateRow> DatesOf(string slug) => _dates.TryGetValue(slug, out var d) ? d : _dates[slug] = Db.Query<DateRow>("""
            SELECT d.kind, d.date, d.place, d.checked, c.kind AS CitationKind, c.title, c.url
            FROM treaty_dates d JOIN citations c ON c.key = d.citation WHERE d.treaty = @slug ORDER BY d.ordinal
            """, new { slug }).ToList();
        public TreatyInfo? Info(string slug) => Db.QueryFirstOrDefault<TreatyInfo>(
            "SELECT slug, name, kind FROM treaties WHERE slug = @slug", new { slug });
    }

    public static ClaimCheck Check(SqliteConnection db, string claim, ParsedClaim parsed, DateOnly today)
    {
        var aspects = new List<ClaimAspect>();
        var known = parsed.Treaties.FirstOrDefault(t => t.Known);
        TreatyInfo? treaty = known is null ? null : db.QueryFirstOrDefault<TreatyInfo>(
            "SELECT slug, name, kind FROM treaties WHERE slug = @slug", new { slug = known.Slug });
        var ctx = new Context(db, claim, parsed, treaty, today);

        if (parsed.Refusal is { } why) aspects.Add(Input(claim, why));
        else if (known is null && parsed.Treaties.FirstOrDefault() is { } unknown)
            aspects.Add(Input(unknown.Span.Quote, $"The catalog does not know the {unknown.Name}: there are no facts about " +
                "it to check the claim against."));
        else
        {
            // A treaty the catalog does not know, named beside one it knows: what is said of it is not checked.
            foreach (var other in parsed.Treaties.Where(t => !t.Known))
                aspects.Add(Input(other.Span.Quote, $"The catalog does not know the {other.Name}: what the claim says of it " +
                    "is not checked."));
            Read(ctx, aspects);
        }

        if (parsed.Refusal is null && PartyCount(ctx) is { } count) aspects.Add(count);
        // Nothing else read, or only a speaker with no words of saying ("Obama and Putin agreed to …"), or someone
        // uncatalogued said it: what the reports themselves say is compared.
        // A year with no treaty ("will be fielded around Europe through 2020") is read in the reports too.
        if (parsed.Refusal is null && parsed.Quotation is null && parsed.Quantities.Count == 0 &&
            aspects.All(a => a.Verdict == ClaimVerdict.Unverifiable && (a.Kind == AspectKind.Paraphrase && !parsed.Says ||
                a.Kind == AspectKind.Attribution && parsed.Speaker is null ||
                a.Kind == AspectKind.Deadline && a.Treaty is null && ctx.Treaty is null)) &&
            (parsed.Dates.Count == 0 || aspects.Any(a => a.Kind == AspectKind.Deadline)) &&
            Reports.Check(ctx.Db, claim, parsed) is { } r)
        {
            aspects.Clear();
            aspects.Add(r with { Treaty = ctx.Treaty?.Slug });
        }
        if (parsed.Refusal is null && aspects.Count > 0)
        {
            if (ReportedBy(ctx, aspects) is { } reported) aspects.Add(reported);
            if (aspects.All(a => a.Verdict == ClaimVerdict.Supported) && Unchecked(ctx, aspects) is { } rest) aspects.Add(rest);
        }
        if (aspects.Count == 0)
            aspects.Add(Input(claim, "The claim states no figure, date, status, membership, meeting or statement that the " +
                "sources could confirm or contradict."));
        var verdict = aspects.Any(a => a.Verdict == ClaimVerdict.Contradicted) ? ClaimVerdict.Contradicted
            : aspects.All(a => a.Verdict == ClaimVerdict.Supported) ? ClaimVerdict.Supported : ClaimVerdict.Unverifiable;
        var deciding = verdict == ClaimVerdict.Supported ? aspects : aspects.Where(a => a.Verdict == verdict);
        return new ClaimCheck(claim, verdict, string.Join(" ", deciding.Select(a => a.Explanation).Distinct()), Model(parsed),
            aspects);
    }

    private static void Read(Context c, List<ClaimAspect> aspects)
    {
        var p = c.P;
        bool saying = p.Speaker is not null && (p.Says || p.Quotation is not null);
        if (p.Quotation is not null) aspects.Add(CheckQuotation(c));

        foreach (var q in p.Quantities) aspects.Add(CheckLimit(c, q));
        foreach (var duration in p.Durations)
            if (CheckDuration(c, duration) is { } a) aspects.Add(a);
        var count = PartyCountWords().Match(c.Text);

        // Each date goes with the words that name its kind, the nearest before it (else after it).
        // "178 states had ratified the CTBT": the words of a party count name no dated act.
        var dateWords = p.DateWords.Where(w => !count.Success || w.Span.End <= count.Index ||
            w.Span.Start >= count.Index + count.Length).ToList();
        foreach (var d in p.Dates)
        {
            var word = dateWords.Where(w => w.Span.End <= d.Span.Start).LastOrDefault()
                ?? dateWords.FirstOrDefault(w => w.Span.Start >= d.Span.End);
            // "The U.S. withdrawal … took effect on …": the act named before "took effect" is what took effect.
            if (word?.Kind == ClaimDateKind.EnteredIntoForce && p.DateWords.LastOrDefault(w => w.Span.End <= word.Span.Start &&
                    w.Kind is ClaimDateKind.Withdrew or ClaimDateKind.Suspended or ClaimDateKind.Ratified or
                        ClaimDateKind.RatificationWithdrawn or ClaimDateKind.Acceded or ClaimDateKind.Extended) is { } act)
                word = act;
            if (word is not null && !(p.Status is not null && word.Kind is ClaimDateKind.Expires or ClaimDateKind.Terminated
                    && p.Status.Span.Start <= word.Span.Start && word.Span.End <= p.Status.Span.End))
            {
                c.Used.Add(d);
                aspects.Add(CheckTreatyDate(c, word, d));
            }
        }
        foreach (var word in dateWords.Where(w => p.Dates.Count == 0 && p.Status is null))
            if ((StateActionWithoutDate(c, word) ?? PlaceWithoutDate(c, word) ?? NeverWithoutDate(c, word)) is { } a)
                aspects.Add(a);
        if (p.Status is not null) aspects.Add(CheckStatus(c));
        if (p.Membership is not null) aspects.Add(CheckMembership(c));
        if (p.TreatyKind is not null && !p.Negated) aspects.Add(CheckTreatyKind(c));

        var free = p.Dates.Where(d => !c.Used.Contains(d)).ToList();
        if (p.Meets && !saying && p.Actors.Count(a => a.Kind == "person") >= 1)
        {
            if (free.FirstOrDefault() is { } on && Titles(c, on) is { } title) aspects.Add(title);
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
        foreach (var d in free.Where(d => d != statementDate))
        {
            if (NamedDate(c, d) is { } named)
            {
                aspects.Add(named);
                continue;
            }
            // "by 2018" is a deadline when something was due ("required", "must", "limits … by"); "completed by" is not.
            if (DueWords(c.Text) || (p.LimitWords && p.Quantities.Count > 0 && !Completion(c.Text)) ||
                (d.Preposition is "until" or "till" or "through" && c.Treaty is null))
                aspects.Add(CheckDeadline(c, d));
            else
                aspects.Add(new(AspectKind.Deadline, ClaimVerdict.Unverifiable, d.Span.Quote,
                    $"The claim gives {Show(d)} without saying what was due or happened then, so it is compared with nothing.",
                    null, c.Treaty?.Slug, null, [], 0));
        }

        if (saying && p.Quotation is null)
        {
            if (p.Quantities.Count > 0 || (p.Dates.Count > 0 && statementDate is null)) aspects.Add(CheckAttribution(c));
            else aspects.Add(CheckParaphrase(c, statementDate));
        }
        else if (p.Speaker is not null && aspects.Count == 0 && !p.Meets) aspects.Add(CheckParaphrase(c, null));
        // "The United States announced its withdrawal": the announcement is the act, checked as such.
        else if (p.Says && p.Speaker is null && p.Quotation is null && p.ReportedBy is null &&
                 !(AnnouncedAct().IsMatch(c.Text) && aspects.Any(a => a.Kind == AspectKind.TreatyDate)))
            aspects.Add(new(AspectKind.Attribution, ClaimVerdict.Unverifiable, c.Text,
                "The claim says someone said this, but names no speaker the catalog knows, so whose words they are is not " +
                "checked.", null, c.Treaty?.Slug, null, [], 0));
    }

    [GeneratedRegex(@"\b(?:announced|announces|declared|declares|notified)\s+(?:its|their)\s+(?:withdrawal|suspension|" +
        @"ratification|accession|intention\s+to\s+withdraw)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedAct();

    /// <summary>
    /// "Implementation Day of the JCPOA was January 16, 2016": a date the catalog keeps under a name the claim uses
    /// (its kind, words apart: "implementation-day"), compared like a treaty date of that kind.
    /// </summary>
    private static ClaimAspect? NamedDate(Context c, ClaimDate d)
    {
        if (c.Treaty is not { } t) return null;
        var rows = c.Dates.Where(r => r.Kind.Contains('-') &&
            c.Text.Contains(r.Kind.Replace('-', ' '), StringComparison.OrdinalIgnoreCase)).ToList();
        if (rows.Count == 0) return null;
        c.Used.Add(d);
        var ev = rows.Select(r => Evidence(t, r)).ToList();
        var same = rows.Any(r => Same(d, r.Date));
        var label = rows[0].Kind.Replace('-', ' ');
        return new(AspectKind.TreatyDate, same ? ClaimVerdict.Supported : ClaimVerdict.Contradicted, d.Span.Quote,
            $"The {label} of {t.Name} is {Show(rows[0].Date)}, according to {Where(ev[0].Source)}.",
            same ? null : rows[0].Date, t.Slug, null, ev, ev.Count);
    }

    /// <summary>"According to the Qatar News Agency, …": the evidence must be credited to that outlet.</summary>
    private static ClaimAspect? ReportedBy(Context c, List<ClaimAspect> aspects)
    {
        if (c.P.ReportedBy is not { } by || c.P.Actors.Any(a => a.Kind == "person" && by.Contains(a.Span.Quote, StringComparison.Ordinal)))
            return null;
        bool Credits(Source s) => (s.AttributedTo is { } a && (a.Name.Contains(by, StringComparison.OrdinalIgnoreCase) ||
            by.Contains(a.Name, StringComparison.OrdinalIgnoreCase) || by.Contains(a.Label, StringComparison.OrdinalIgnoreCase)))
            || (s.Publisher is { } pub && (pub.Contains(by, StringComparison.OrdinalIgnoreCase) || by.Contains(pub, StringComparison.OrdinalIgnoreCase)));
        // A report's own sentence may name its source ("…, RIA Novosti reported").
        var credited = aspects.SelectMany(a => a.Evidence).Where(e => Credits(e.Source) ||
            (e.Kind == "report" && e.Summary.Contains(by, StringComparison.OrdinalIgnoreCase))).ToList();
        if (credited.Count > 0)
            return new(AspectKind.Attribution, ClaimVerdict.Supported, by, $"The evidence is credited to {by}: {Where(credited[0].Source)}.",
                null, c.Treaty?.Slug, null, credited.Take(ClaimAspect.MaxEvidence).ToList(), credited.Count);
        return new(AspectKind.Attribution, ClaimVerdict.Unverifiable, by,
            $"None of the evidence is credited to {by}, so it cannot be told that {by} reported it.", null, c.Treaty?.Slug, null, [], 0);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})*|\d+|\b(?:(?:one|two|three|four|five|six|" +
        @"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|" +
        @"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]*(?:and\s+)?)+)\s+(?:states?\s+parties|parties|" +
        @"member\s+states|(?:states|countries)\s+(?:had|have)\s+(?:ratified|joined))\b")]
    private static partial System.Text.RegularExpressions.Regex PartyCountWords();

    /// <summary>"The CTBT has 178 states parties": the catalog's party count of the treaty, as of its date.</summary>
    private static ClaimAspect? PartyCount(Context c)
    {
        if (PartyCountWords().Match(c.Text) is not { Success: true } m || c.Treaty is not { } t) return null;
        var n = m.Groups["n"].Value.Trim();
        if ((char.IsDigit(n[0]) ? decimal.Parse(n.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
                : Quantities.ParseWords(n)) is not { } parsed) return null;
        var claimed = (int)parsed;
        var row = c.Db.QueryFirstOrDefault<(long Count, string AsOf, long Checked, string CitationKind, string Title, string Url)?>("""
            SELECT p.count, p.as_of, p.checked, c.kind, c.title, c.url FROM treaty_party_counts p
            JOIN citations c ON c.key = p.citation WHERE p.treaty = @slug
            """, new { slug = t.Slug });
        if (row is not { } r)
            return new(AspectKind.Membership, ClaimVerdict.Unverifiable, m.Value, $"The catalog has no party count of {t.Name}.",
                null, t.Slug, null, [], 0);
        var ev = new ClaimEvidence("party-count", $"{t.Slug}/party-count", $"{r.Count} parties as of {r.AsOf}",
            Source.Catalog(r.CitationKind, r.Title, r.Url, null, null, r.Checked != 0));
        // A count changes: a claim of another day than the count's is neither supported nor contradicted by it.
        var day = c.CountDate;
        if (day is not null && !Same(day, r.AsOf))
            return new(AspectKind.Membership, ClaimVerdict.Unverifiable, m.Value,
                $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, according to {Where(ev.Source)}; the claim is about " +
                $"{Show(day)}.", null, t.Slug, null, [ev], 1);
        if (r.Count == claimed)
            return new(AspectKind.Membership, ClaimVerdict.Supported, m.Value,
                $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, according to {Where(ev.Source)}.", null, t.Slug, null, [ev], 1);
        var verdict = ClaimVerdict.Contradicted;
        return new(AspectKind.Membership, verdict, m.Value,
            $"{t.Name} had {r.Count} parties on {Show(r.AsOf)}, not {claimed}, according to {Where(ev.Source)}.",
            verdict == ClaimVerdict.Contradicted ? r.Count.ToString(CultureInfo.InvariantCulture) : null, t.Slug, null, [ev], 1);
    }

    // Words a claim of a limit, date, status, membership or meeting may use beside what the aspects read.
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "this", "it", "its",
        "is", "was", "were", "be", "been", "are", "as", "has", "had", "have", "will", "would", "also", "s", "under", "each",
        "side", "sides", "both", "party", "parties", "their", "them", "they", "which", "who", "may", "can", "could", "must",
        "shall", "should", "not", "no", "than", "more", "most", "up", "least", "keep", "keeps", "kept", "allow", "allows",
        "allowed", "permit", "permits", "permitted", "limit", "limits", "limited", "limiting", "cap", "caps", "capped",
        "ceiling", "ceilings", "field", "fielded", "deploy", "deployed", "deploys", "strategic", "nuclear", "reduce",
        "reduced", "reduces", "reduction", "reductions", "cut", "cuts", "arsenal", "arsenals", "require", "requires",
        "required", "requiring", "due", "deadline", "treaty", "accord", "agreement", "signed", "sign", "signing", "took",
        "take", "takes", "effect", "force", "came", "come", "comes", "entered", "enters", "entry", "into", "went", "became",
        "effective", "expire", "expires", "expired", "lapse", "lapsed", "ran", "run", "runs", "out", "extended", "extension",
        "renewed", "terminated", "ended", "withdrew", "withdrawal", "withdrawn", "pulled", "suspended", "suspension",
        "ratified", "ratification", "acceded", "still", "now", "currently", "remain", "remains", "remained", "met", "meet",
        "meeting", "summit", "held", "talks", "leaders", "leader", "president", "two", "reportedly", "allegedly",
        "reported", "according", "said", "says", "officially", "formally", "originally", "initially", "was", "opened",
        "open", "signature", "member", "signatory", "one", "another", "other", "new", "total", "central", "met",
        "officially", "participation", "place", "country", "countries", "state", "states", "there", "then", "after",
        "before", "until", "through", "end", "year", "longer", "anymore", "being", "had", "to", "do", "does", "did",
        "launchers", "warheads", "missiles", "vehicles", "delivery", "bombers", "interceptors", "russian", "american",
        "u", "us", "presidents", "sides'", "per", "non", "when", "between", "gave", "give", "gives", "within", "meet",
        "reach", "lasts", "last", "lasted", "start", "beginning", "enter", "enters", "range", "ranges", "needed", "needs",
        "need", "ratifications", "percent", "kilometers", "kilograms", "banned", "bans", "ban", "covered", "covers",
        "defined", "defines", "those", "completed", "complete", "formal", "notice", "announced", "declared", "notified",
        "eliminate", "eliminated", "eliminating", "elimination",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex AnyWord();

    /// <summary>
    /// Words of a claim that no aspect read ("…and includes on-site inspections", "for the second time"): a claim whose
    /// aspects are all supported is supported only if nothing else is said. Paraphrases and quotations read all their words.
    /// </summary>
    private static ClaimAspect? Unchecked(Context c, List<ClaimAspect> aspects)
    {
        if (aspects.Any(a => a.Kind is AspectKind.Paraphrase or AspectKind.Quotation)) return null;
        var p = c.P;
        var read = new List<(int Start, int End)>();
        read.AddRange(p.Treaties.Select(t => (t.Span.Start, t.Span.End)));
        // A title ("Russian Prime Minister") is a claim about an office, which no aspect checks: its words stay unread.
        // Only the words of an actor's name are read: "Prime Minister" before "Vladimir Putin" is not.
        var names = p.Actors.Where(a => a.Resolution == "name").SelectMany(a => AnyWord().Matches(a.Name).Select(w => w.Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        read.AddRange(p.Actors.Where(a => a.Resolution == "name").SelectMany(a => AnyWord().Matches(a.Span.Quote)
            .Where(w => names.Contains(w.Value) || a.Kind != "person").Select(w => (a.Span.Start + w.Index, a.Span.Start + w.Index + w.Length))));
        read.AddRange(p.Dates.Select(d => (d.Span.Start, d.Span.End)));
        read.AddRange(p.Quantities.Select(q => (q.Span.Start, q.Span.End)));
        read.AddRange(p.Durations.Select(x => (x.Span.Start, x.Span.End)));
        // A supported meeting was matched on its weekday too.
        if (p.Weekday is { } weekday && aspects.Any(a => a.Kind == AspectKind.Event) &&
            c.Text.IndexOf(weekday, StringComparison.Ordinal) is var wd and >= 0) read.Add((wd, wd + weekday.Length));
        read.AddRange(p.DateWords.Select(w => (w.Span.Start, w.Span.End)));
        if (p.Status is { } s) read.Add((s.Span.Start, s.Span.End));
        if (p.Membership is { } m) read.Add((m.Span.Start, m.Span.End));
        if (p.TreatyKind is { } tk) read.Add((tk.Span.Start, tk.Span.End));
        // A title checked against the person's roles ("President Vladimir Putin") is read.
        foreach (var title in aspects.Where(a => a.Kind == AspectKind.Event && a.Verdict == ClaimVerdict.Supported))
            if (c.Text.IndexOf(title.Text, StringComparison.Ordinal) is var ti and >= 0) read.Add((ti, ti + title.Text.Length));
        if (p.Place is { } place && c.Text.IndexOf(place, StringComparison.Ordinal) is var at and >= 0) read.Add((at, at + place.Length));
        if (PartyCountWords().Match(c.Text) is { Success: true } pc) read.Add((pc.Index, pc.Index + pc.Length));
        // A word the supporting facts themselves use ("mobile ICBMs" of a limit on "warheads attributed to deployed
        // ICBMs on mobile launchers") is checked by them.
        var evidenceWords = aspects.SelectMany(a => a.Evidence).SelectMany(e => AnyWord().Matches(e.Summary))
            .Select(w => Stem(w.Value)).ToHashSet(StringComparer.Ordinal);
        var rest = AnyWord().Matches(c.Text).Where(w => !read.Any(r => r.Start <= w.Index && w.Index < r.End))
            .Select(w => w.Value).Where(w => !Filler.Contains(w) && !(w.Length <= 2 && !char.IsDigit(w[0])))
            .Where(w => !evidenceWords.Contains(Stem(w))).ToList();
        if (rest.Count == 0) return null;
        return new(AspectKind.Input, ClaimVerdict.Unverifiable, string.Join(" ", rest),
            $"The claim also says more than was checked (\"{string.Join(" ", rest)}\"): that part is not in the facts compared.",
            null, c.Treaty?.Slug, null, [], 0);
    }

    private static ClaimAspect Input(string text, string why) =>
        new(AspectKind.Input, ClaimVerdict.Unverifiable, text, why, null, null, null, [], 0);

    private static ParsedClaimModel Model(ParsedClaim p) => new(
        p.Treaty?.Slug,
        p.Quantity is { } q ? new ParsedQuantity((double)q.Value, q.Unit, q.Span.Quote) : null,
        p.Date is { } d ? new ParsedDate(Iso(d), d.Precision.ToString().ToLowerInvariant(), d.Span.Quote) : null,
        p.Speaker is { } s ? new Speaker(s.Slug, s.Name, s.Span.Quote, "name") : null,
        p.Quotation?.Quote);

    // ---------------------------------------------------------------- limits

    /// <summary>Modifiers that name another thing than a treaty's usual count: never matched with a limit on "deployed".</summary>
    private static readonly string[] OtherCounts = ["non-deployed", "nondeployed", "tactical", "non-strategic", "nonstrategic"];

    private static ClaimAspect CheckLimit(Context c, ClaimQuantity q)
    {
        var claimed = (double)q.Value;
        double? low = q.Min is { } m ? (double)m : null;
        var unit = q.Unit;
        var shown = (low is { } lo ? Number(lo) + "-" : "") + Number(claimed);
        if (c.Treaty is not { } t)
            return new(AspectKind.Limit, ClaimVerdict.Unverifiable, q.Span.Quote,
                $"The claim names no treaty, so the figure {shown} {unit} is compared with no treaty's limits.",
                null, null, null, [], 0);
        // "ranges of 500 to 5,500 km", "those with a range of": a span of a measure is what a treaty defines.
        var defines = low is not null && q.Measure != "count" && RangeWords().IsMatch(c.Text);
        if (!c.P.LimitWords && !defines)
            return new(AspectKind.Limit, ClaimVerdict.Unverifiable, q.Span.Quote,
                $"The claim gives {shown} {unit} but not as a limit (no word such as limits, caps or allows), so it " +
                "is compared with no limit.", null, t.Slug, null, [], 0);
        var other = q.Modifiers.FirstOrDefault(m => OtherCounts.Contains(m));
        var all = FactQueries.TreatyTextLimits(c.Db, t.Slug);
        var text = all.Where(l => l.Unit == unit && l.Measure == q.Measure)
            .Where(l => other is null || l.Counted.Contains(other, StringComparison.OrdinalIgnoreCase)).ToList();
        // A measure ("3.67 percent", "150 kilometers") is compared only with limits on the same thing: the claim must
        // share a word with what the limit measures ("enrichment", "radius"), and the closest wording decides.
        if (q.Measure != "count") text = Closest(c, text);
        var reported = other is null && q.Measure == "count" ? FactQueries.LimitValuesOfUnit(c.Db, unit, t.Slug) : [];
        bool Fits(Limit l) => low is { } lw ? l.Min == lw && l.Value == claimed : l.Value == claimed || l.Min == claimed;
        if (text.Count == 0 && reported.Count == 0)
        {
            // "700 ICBMs, SLBMs and heavy bombers", "100 interceptor missiles": a thing the text counts under another
            // name. The limits whose counted words hold every word of the claim's can support it, never contradict it.
            var named = q.Measure == "count" ? all.Where(l => l.Measure == "count" && Names(l.Counted, unit)).ToList() : [];
            var fit = named.Where(Fits).ToList();
            if (fit.Count > 0)
                return new(AspectKind.Limit, ClaimVerdict.Supported, q.Span.Quote,
                    $"{t.Name} limits {fit[0].Counted} to {shown}, as {Where(fit[0].Source)} gives it.", null, t.Slug,
                    null, fit.Select(Evidence).ToList(), fit.Count);
            return new(AspectKind.Limit, ClaimVerdict.Unverifiable, q.Span.Quote,
                $"No limit on {(other is null ? "" : other + " ")}{unit} of {t.Name} is found in the sources.", null, t.Slug,
                null, named.Select(Evidence).ToList(), named.Count);
        }

        var textSame = text.Where(Fits).ToList();
        var reportedSame = low is null ? reported.Where(r => r.Value == claimed).Select(r => r.Id).ToList() : [];
        var evidence = textSame.Select(Evidence).Concat(reportedSame.Take(ClaimAspect.MaxEvidence)
            .Select(id => Evidence(FactQueries.LimitById(c.Db, id)!))).Take(ClaimAspect.MaxEvidence).ToList();
        if (textSame.Count + reportedSame.Count > 0)
        {
            var where = Where((textSame.FirstOrDefault()?.Source) ?? evidence[0].Source);
            return new(AspectKind.Limit, ClaimVerdict.Supported, q.Span.Quote,
                $"{t.Name} limits {unit} to {shown}, as {where} gives it.", null, t.Slug, null, evidence,
                textSame.Count + reportedSame.Count);
        }
        // A range is compared with the treaty's own text only.
        if (low is not null && text.Count == 0)
            return new(AspectKind.Limit, ClaimVerdict.Unverifiable, q.Span.Quote,
                $"The treaty text of {t.Name} gives no range of {unit}, so {shown} is compared with nothing.", null, t.Slug,
                null, [], 0);
        if (NarrowerThanTheLimits(c, q, text) is { } narrower)
            return new(AspectKind.Limit, ClaimVerdict.Unverifiable, q.Span.Quote,
                $"{t.Name} limits {unit} to {string.Join(" or ", text.Select(l => Number(l.Value)).Distinct())}, " +
                $"but {narrower}, so {shown} may count something else.", null, t.Slug, null,
                text.Select(Evidence).Take(ClaimAspect.MaxEvidence).ToList(), text.Count);
        // The treaty's own text decides when it limits this unit; reported figures only when it does not.
        var values = text.Count > 0 ? text.Select(l => l.Min is { } mn ? $"{Number(mn)}-{Number(l.Value)}" : Number(l.Value))
            : reported.Select(r => Number(r.Value));
        var figures = string.Join(" or ", values.Distinct());
        var expected = $"{figures} {unit}";
        var against = text.Count > 0 ? text.Select(Evidence).ToList()
            : reported.Take(ClaimAspect.MaxEvidence).Select(r => Evidence(FactQueries.LimitById(c.Db, r.Id)!)).ToList();
        return new(AspectKind.Limit, ClaimVerdict.Contradicted, q.Span.Quote,
            $"{t.Name} limits {unit} to {figures}, not {shown}, according to {Where(against[0].Source)}.",
            expected, t.Slug, null, against, text.Count > 0 ? text.Count : reported.Count);
    }

    [GeneratedRegex(@"\b(?:ranges?|defined|defines|covered|covers|between)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeWords();

    /// <summary>The limits whose description shares the most words with the claim (at least one).</summary>
    private static List<Limit> Closest(Context c, List<Limit> limits)
    {
        var scored = limits.Select(l => (Limit: l, Shared: SharedStems(c.P.PlainWords, l.Counted))).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(x => x.Shared);
        return best == 0 ? [] : scored.Where(x => x.Shared == best).Select(x => x.Limit).ToList();
    }

    /// <summary>How many distinct content words (by stem) a claim shares with a fact's words.</summary>
    private static int SharedStems(IReadOnlyList<string> claim, string text)
    {
        var theirs = ClaimParser.Words(text).Where(w => w.Length > 3).Select(Stem).ToHashSet();
        return claim.Where(w => w.Length > 3 && !char.IsDigit(w[0])).Select(Stem).Distinct().Count(theirs.Contains);
    }

    private static string Stem(string w)
    {
        var lower = w.ToLowerInvariant();
        return lower.Length > 5 ? lower[..5] : lower.TrimEnd('s');
    }

    [GeneratedRegex(@"\s(?:in|on|at|of|containing|attributed|for|to|held|making|with|from|by|plus|which|that)\s")]
    private static partial Regex CountedHead();

    /// <summary>Whether a limit's counted words hold every word of a claimed unit ("heavy bombers", "ABM launchers").</summary>
    private static bool Names(string counted, string unit)
    {
        // What the limit counts is the head of its description, before "in", "on", "attributed to"…: a limit on
        // "launchers in the area containing ICBM silo launchers" counts launchers, not ICBMs.
        var head = CountedHead().Split(counted)[0];
        var theirs = AnyWord().Matches(head).Select(w => Stem(w.Value)).ToHashSet();
        var mine = AnyWord().Matches(unit).Select(w => w.Value).Where(w => !Filler.Contains(w) || w.Length > 4).ToList();
        return mine.Count > 0 && mine.All(w => theirs.Contains(Stem(w)));
    }

    /// <summary>
    /// A different figure contradicts a treaty-text limit only when the claim counts the same thing for the same
    /// parties. Says why not (for the explanation), or null when it does: a limit on one model ("IR-1 centrifuges")
    /// is not compared with a claim that does not name that model (a treaty can limit the installed and the
    /// enriching machines apart), and a claim naming someone the limit does not bind ("limited Germany to …" against
    /// a group ceiling) may be about a national sub-limit the catalog does not hold.
    /// </summary>
    private static string? NarrowerThanTheLimits(Context c, ClaimQuantity q, List<Limit> text)
    {
        foreach (var l in text)
            foreach (Match model in ModelCode().Matches(l.Counted))
                if (!c.Text.Contains(model.Value, StringComparison.OrdinalIgnoreCase))
                    return $"that limit counts {model.Value} {l.Unit} and the claim does not say so";
        var binds = text.SelectMany(l => l.Binds).ToHashSet(StringComparer.Ordinal);
        var explained = c.P.Actors.Where(a => a.Kind != "state" || binds.Contains(a.Slug)).Select(a => a.Span)
            .Concat(c.P.Treaties.Select(m => m.Span)).Append(q.Span).ToList();
        foreach (Match word in CapitalisedWord().Matches(c.Text))
        {
            // A word the limit's own description uses ("at Natanz") is the limit's.
            if (text.Any(l => Regex.IsMatch(l.Counted, $@"\b{Regex.Escape(word.Value)}\b"))) continue;
            var sentenceStart = c.Text[..word.Index].TrimEnd() is var before && (before.Length == 0 || before[^1] == '.');
            if (sentenceStart || explained.Any(s => word.Index >= s.Start && word.Index < s.End)) continue;
            return $"the claim names {word.Value}, which that limit does not name";
        }
        return null;
    }

    // A model designation: letters, a hyphen and a digit ("IR-1", "SS-20").
    [GeneratedRegex(@"\b[A-Z]{1,4}-\d+[A-Z]?\b")]
    private static partial Regex ModelCode();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex CapitalisedWord();

    // ---------------------------------------------------------------- deadlines

    // A length of time given to meet an obligation ("seven years to meet its limits", "within 18 months").
    [GeneratedRegex(@"\b(?:within|to\s+(?:meet|reach|complete|implement|carry\s+out|eliminate|destroy|reduce|cut|" +
        @"comply)|had\s+to\s+be\s+(?:completed|met|reached|eliminated|carried\s+out)|after\s+(?:its\s+|the\s+)?" +
        @"entry\s+into\s+force)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeToMeet();

    // How long a limit holds ("the cap lasts 15 years").
    [GeneratedRegex(@"\b(?:lasts?|lasted|lasting|remains?\s+in\s+(?:effect|place|force)\s+for|applies\s+for)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex TimeItLasts();

    /// <summary>
    /// "New START gave the parties seven years to meet its limits": a period, compared with the periods the treaty
    /// text gives to meet its limits (or, for "lasts", how long they hold). Only a period of one of those two kinds is
    /// read, and it contradicts only when every limit it may be about gives one same other period.
    /// </summary>
    private static ClaimAspect? CheckDuration(Context c, ClaimDuration duration)
    {
        var lasts = TimeItLasts().IsMatch(c.Text);
        if (c.Treaty is not { } t || (!lasts && !TimeToMeet().IsMatch(c.Text)) ||
            c.P.DateWords.Any(w => w.Kind != ClaimDateKind.EnteredIntoForce)) return null;
        var limits = FactQueries.TreatyTextLimits(c.Db, t.Slug)
            .Where(l => (lasts ? l.Duration?.Offset : l.RelativeDeadline?.Offset) is not null).ToList();
        var units = c.P.Quantities.Select(q => q.Unit).ToHashSet(StringComparer.Ordinal);
        if (units.Count > 0) limits = limits.Where(l => units.Contains(l.Unit)).ToList();
        else if (Closest(c, limits) is { Count: > 0 } closest) limits = closest;
        string Period(Limit l) => (lasts ? l.Duration!.Offset : l.RelativeDeadline!.Offset);
        var what = lasts ? "lasts" : "is given to meet it";
        if (limits.Count == 0)
            return new(AspectKind.Deadline, ClaimVerdict.Unverifiable, duration.Span.Quote,
                $"The treaty text of {t.Name} gives no period of this kind in the catalog.", null, t.Slug, null, [], 0);
        var same = limits.Where(l => Period(l) == duration.Period).ToList();
        if (same.Count > 0)
            return new(AspectKind.Deadline, ClaimVerdict.Supported, duration.Span.Quote,
                $"{t.Name} gives {ShowPeriod(duration.Period)} for {same[0].Counted} ({what}), according to " +
                $"{Where(same[0].Source)}.", null, t.Slug, null, same.Select(Evidence).ToList(), same.Count);
        var periods = limits.Select(Period).Distinct().ToList();
        var ev = limits.Select(Evidence).Take(ClaimAspect.MaxEvidence).ToList();
        if (periods.Count > 1)
            return new(AspectKind.Deadline, ClaimVerdict.Unverifiable, duration.Span.Quote,
                $"{t.Name} gives {string.Join(" or ", periods.Select(ShowPeriod))} for different limits; which one the " +
                "claim means is not told.", null, t.Slug, null, ev, limits.Count);
        return new(AspectKind.Deadline, ClaimVerdict.Contradicted, duration.Span.Quote,
            $"{t.Name} gives {ShowPeriod(periods[0])}, not {ShowPeriod(duration.Period)}, for {limits[0].Counted}, " +
            $"according to {Where(limits[0].Source)}.", periods[0], t.Slug, null, ev, limits.Count);
    }

    /// <summary>"P7Y" → "7 years", "P18M" → "18 months".</summary>
    private static string ShowPeriod(string iso) =>
        Regex.Match(iso, @"^P(?<n>\d+)(?<u>[YMD])$") is { Success: true } m
            ? $"{m.Groups["n"].Value} {m.Groups["u"].Value switch { "Y" => "year", "M" => "month", _ => "day" }}" +
              (m.Groups["n"].Value == "1" ? "" : "s")
            : iso;

    private sealed record Due(string Id, string Date, string Kind, Func<ClaimEvidence> Evidence);

    private static ClaimAspect CheckDeadline(Context c, ClaimDate d)
    {
        c.Used.Add(d);
        var p = c.P;
        if (d.Preposition is "until" or "till" or "through" && p.Quantities.Count > 0)
            return new(AspectKind.Deadline, ClaimVerdict.Unverifiable, d.Span.Quote,
                $"How long a limit applies (\"{d.Span.Quote}\") is not compared with deadlines; no duration is checked.",
                null, c.Treaty?.Slug, null, [], 0);
        var dues = new List<Due>();
        var unit = p.Quantities.FirstOrDefault()?.Unit;
        if (c.Treaty is { } t)
        {
            foreach (var l in FactQueries.TreatyTextLimits(c.Db, t.Slug).Where(l => l.Deadline is not null))
                if (unit is null || l.Unit == unit)
                    dues.Add(new(l.Id, l.Deadline!.Date, "treaty-text", () => Evidence(l)));
            var deadlines = FactQueries.DeadlineDates(c.Db, t.Slug);
            // "…1,550 warheads by 2018": the deadlines that go with that limit; without a figure, those about the same thing.
            var related = unit is not null
                ? deadlines.Where(x => x.Action.Contains(unit, StringComparison.OrdinalIgnoreCase)).ToList()
                : deadlines.Where(x => Shares(p.PlainWords, x.Action)).ToList();
            dues.AddRange(related.Select(x => new Due(x.Id, x.Date, "deadline",
                () => Evidence(FactQueries.DeadlineById(c.Db, x.Id)!))));
            if (unit is not null || Reductions(p.PlainWords))
                foreach (var row in c.Dates.Where(r => r.Kind == "central-limits-due"))
                    dues.Add(new($"{t.Slug}/dates/{row.Kind}", row.Date, "treaty-date", () => Evidence(t, row)));
        }
        else
        {
            // No treaty named and none assumed: only deadlines that belong to no treaty and say the same thing.
            var loose = c.Db.Query<(string Id, string Date, string Action)>(
                "SELECT id, date, action FROM deadlines WHERE treaty IS NULL ORDER BY date, id").ToList();
            dues.AddRange(loose.Where(x => Shares(p.PlainWords, x.Action, 2)).Select(x => new Due(x.Id, x.Date, "deadline",
                () => Evidence(FactQueries.DeadlineById(c.Db, x.Id)!))));
        }
        var what = c.Treaty is null ? "" : $" of {c.Treaty.Name}";
        if (dues.Count == 0)
            return new(AspectKind.Deadline, ClaimVerdict.Unverifiable, d.Span.Quote,
                c.Treaty is null
                    ? $"The claim names no treaty, and no deadline in the sources says the same thing by {Show(d)}."
                    : $"No deadline{what} about {(unit ?? "this")} is found in the sources.", null, c.Treaty?.Slug, null, [], 0);
        var same = dues.Where(x => Same(d, x.Date)).ToList();
        if (same.Count > 0)
            return new(AspectKind.Deadline, ClaimVerdict.Supported, d.Span.Quote,
                $"The deadline{what} is {Show(same[0].Date)}, as {Where(same[0].Evidence().Source)} gives it.", null,
                c.Treaty?.Slug, null, same.Take(ClaimAspect.MaxEvidence).Select(x => x.Evidence()).ToList(), same.Count);
        // "2018" and "2018-02-05" are one deadline said at two precisions: the more precise is shown.
        var dates = dues.Select(x => x.Date).Distinct().ToList();
        dates = dates.Where(x => !dates.Any(y => y.Length > x.Length && y.StartsWith(x, StringComparison.Ordinal))).ToList();
        var expected = string.Join(" or ", dates);
        var ev = dues.Take(ClaimAspect.MaxEvidence).Select(x => x.Evidence()).ToList();
        return new(AspectKind.Deadline, ClaimVerdict.Contradicted, d.Span.Quote,
            $"The deadline{what} is {string.Join(" or ", dates.Select(Show))}, not {Show(d)}, " +
            $"according to {Where(ev[0].Source)}.", expected, c.Treaty?.Slug, null, ev, dues.Count);
    }

    private static bool DueWords(string text) => System.Text.RegularExpressions.Regex.IsMatch(text,
        @"\b(?:due|deadline|required|requires|require|must|had\s+to|has\s+to|have\s+to|were\s+to|was\s+to|needed\s+to)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool Completion(string text) => System.Text.RegularExpressions.Regex.IsMatch(text,
        @"\b(?:completed|complete|finished|achieved|met|reached|done|carried\s+out|eliminated|destroyed)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool Reductions(IReadOnlyList<string> words) => words.Any(w =>
        w.StartsWith("reduc", StringComparison.Ordinal) || w.StartsWith("limit", StringComparison.Ordinal) ||
        w is "cut" or "cuts" or "central" or "warheads" or "launchers" or "arsenals" or "ceilings");

    /// <summary>Whether a fact's words share at least <paramref name="least"/> content words with the claim (by stem).</summary>
    private static bool Shares(IReadOnlyList<string> claim, string text, int least = 1)
    {
        static string Stem(string w) => w.Length > 5 ? w[..5] : w;
        var theirs = ClaimParser.Words(text).Where(w => w.Length > 3).Select(Stem).ToHashSet();
        return claim.Where(w => w.Length > 3 && !char.IsDigit(w[0])).Select(Stem).Distinct().Count(theirs.Contains) >= least;
    }

    // ---------------------------------------------------------------- treaty dates and state acts

    private static readonly Dictionary<ClaimDateKind, string> Verbs = new()
    {
        [ClaimDateKind.Signed] = "was signed", [ClaimDateKind.OpenedForSignature] = "was opened for signature",
        [ClaimDateKind.EnteredIntoForce] = "entered into force", [ClaimDateKind.Expires] = "expires or expired",
        [ClaimDateKind.Extended] = "was extended", [ClaimDateKind.Terminated] = "ended",
        [ClaimDateKind.Withdrew] = "was withdrawn from", [ClaimDateKind.Suspended] = "was suspended",
        [ClaimDateKind.Ratified] = "was ratified", [ClaimDateKind.Acceded] = "was acceded to",
    };

    private static TreatyDateKind Kind(ClaimDateKind k) => (TreatyDateKind)(int)k;

    /// <summary>The catalog's date kinds that answer a claimed kind, and those that may only support it.</summary>
    private static (string[] Same, string[] SupportOnly) CatalogKinds(ClaimDateKind k, ClaimDate d, string text) => k switch
    {
        // An agreement that is not signed is "concluded" (the JCPOA): either word names the day it was made.
        ClaimDateKind.Signed => (["signed", "concluded"], ["opened-for-signature"]),
        ClaimDateKind.OpenedForSignature => (["opened-for-signature"], ["signed"]),
        ClaimDateKind.EnteredIntoForce => (["entered-into-force"], []),
        ClaimDateKind.Expires => (["expires"], ["terminated"]),
        // "extended until 2026" is the new end, not the day of the extension.
        ClaimDateKind.Extended when d.Preposition is "until" or "till" or "through" ||
            text[..d.Span.Start].TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase) => (["expires"], []),
        ClaimDateKind.Extended => (["extended"], []),
        ClaimDateKind.Terminated => (["terminated"], ["expires"]),
        ClaimDateKind.Suspended => (["suspended"], []),
        _ => ([], []),
    };

    private static ClaimAspect CheckTreatyDate(Context c, ClaimDateWord word, ClaimDate d)
    {
        var p = c.P;
        var text = $"{word.Span.Quote} … {d.Span.Quote}";
        // The treaty this date is about: the one named last before it ("X was signed in 1967 and New START in 2010").
        var clause = ClauseStart(c.Text, Math.Min(word.Span.Start, d.Span.Start));
        var named = p.Treaties.FirstOrDefault(m => m.Span.Start >= clause && m.Span.End <= d.Span.Start)
            ?? p.Treaties.LastOrDefault(m => m.Span.End <= d.Span.Start) ?? p.Treaties.FirstOrDefault();
        if (named is { Known: false })
            return new(AspectKind.TreatyDate, ClaimVerdict.Unverifiable, text,
                $"The catalog does not know the {named.Name}, so its dates are not checked.", null, null, Kind(word.Kind), [], 0);
        if ((named is null ? null : c.Info(named.Slug)) is not { } t)
            return new(AspectKind.TreatyDate, ClaimVerdict.Unverifiable, text,
                $"The claim names no treaty, so the date it gives ({Show(d)}) is compared with no treaty's dates.", null, null,
                Kind(word.Kind), [], 0);
        // The state that acted: one named before the words, not as a place ("signed in Moscow").
        var states = p.Actors.Where(a => a.Kind == "state" && (a.Span.End <= word.Span.Start || ByAfter(c.Text, word, a)))
            .ToList();
        var isParty = states.Count > 0 && c.Db.ExecuteScalar<long>(
            "SELECT count(*) FROM treaty_parties WHERE treaty = @t AND actor IN @s", new { t = t.Slug, s = states.Select(s => s.Slug).ToList() })
            == states.Select(s => s.Slug).Distinct().Count();
        var stateActs = word.Kind is ClaimDateKind.Withdrew or ClaimDateKind.Ratified or ClaimDateKind.Acceded
            or ClaimDateKind.RatificationWithdrawn
            || (states.Count > 0 && !isParty) || (word.Kind == ClaimDateKind.Suspended && states.Count > 0);
        if (stateActs) return CheckStateAct(c, t, word, d, states, text);

        var (same, supportOnly) = CatalogKinds(word.Kind, d, c.Text);
        var all = c.DatesOf(t.Slug);
        var rows = all.Where(r => same.Contains(r.Kind)).ToList();
        var extra = all.Where(r => supportOnly.Contains(r.Kind)).ToList();
        // The catalog keeps a treaty's last end date: an "original" or "initial" one is not compared with it.
        if (word.Kind is ClaimDateKind.Expires or ClaimDateKind.Terminated && Originally(c.Text))
        {
            extra.AddRange(rows);
            rows.Clear();
        }
        var match = rows.Concat(extra).Where(r => Same(d, r.Date)).ToList();
        var place = word.Kind is ClaimDateKind.Signed or ClaimDateKind.OpenedForSignature ? p.Place : null;
        if (match.Count > 0)
        {
            var ev = match.Select(r => Evidence(t, r)).ToList();
            var r0 = match[0];
            if (place is not null && r0.Place is not null && !Places(place, r0.Place))
                return new(AspectKind.TreatyDate, ClaimVerdict.Contradicted, text,
                    $"{t.Name} was {Label(r0.Kind)} in {r0.Place} on {Show(r0.Date)}, not in {place}, according to " +
                    $"{Where(ev[0].Source)}.", r0.Place, t.Slug, Kind(word.Kind), ev, ev.Count);
            if (place is not null && r0.Place is null)
                return new(AspectKind.TreatyDate, ClaimVerdict.Unverifiable, text,
                    $"{t.Name} was {Label(r0.Kind)} on {Show(r0.Date)}, but the sources do not say where.", null, t.Slug,
                    Kind(word.Kind), ev, ev.Count);
            return new(AspectKind.TreatyDate, ClaimVerdict.Supported, text,
                $"{t.Name} {Label(r0.Kind)} on {Show(r0.Date)}{(r0.Place is null ? "" : " in " + r0.Place)}, according to " +
                $"{Where(ev[0].Source)}.", null, t.Slug, Kind(word.Kind), ev, ev.Count);
        }
        if (rows.Count > 0)
        {
            var ev = rows.Select(r => Evidence(t, r)).ToList();
            var expected = string.Join(" or ", rows.Select(r => r.Date).Distinct());
            return new(AspectKind.TreatyDate, ClaimVerdict.Contradicted, text,
                $"{t.Name} {string.Join(" and ", rows.Select(r => $"{Label(r.Kind)} on {Show(r.Date)}"))}, not " +
                $"{Show(d)}, according to {Where(ev[0].Source)}.", expected, t.Slug, Kind(word.Kind), ev, ev.Count);
        }
        if (word.Kind == ClaimDateKind.EnteredIntoForce && NeverInForce(c, t) is { } never)
            return new(AspectKind.TreatyDate, ClaimVerdict.Contradicted, text,
                $"{t.Name} never entered into force: \"{never.Note}\", according to {Where(Evidence(never).Source)}.",
                "never", t.Slug, Kind(word.Kind), [Evidence(never)], 1);
        return new(AspectKind.TreatyDate, ClaimVerdict.Unverifiable, text,
            $"The catalog gives no date on which {t.Name} {Verbs[word.Kind]}; its dates of other kinds are not compared.",
            null, t.Slug, Kind(word.Kind), [], 0);
    }

    /// <summary>
    /// The catalog's word that a treaty never entered into force: no such date, and a note on a state's act that says
    /// so ("instruments were never exchanged and the treaty never entered into force").
    /// </summary>
    private static ActionRow? NeverInForce(Context c, TreatyInfo t) =>
        c.DatesOf(t.Slug).Any(r => r.Kind == "entered-into-force") ? null
            : Actions(c.Db, t.Slug, []).FirstOrDefault(a => a.Note is { } n && NeverEntered().IsMatch(n));

    [GeneratedRegex(@"\bnever\s+(?:entered|came)\s+into\s+force\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeverEntered();

    /// <summary>"START II never entered into force": said of a treaty the catalog notes never did.</summary>
    private static ClaimAspect? NeverWithoutDate(Context c, ClaimDateWord word)
    {
        if (c.Treaty is not { } t || word.Kind != ClaimDateKind.EnteredIntoForce) return null;
        var never = Regex.IsMatch(c.Text[..word.Span.Start], @"\b(?:never|not|n't)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase);
        if (NeverInForce(c, t) is not { } row)
            return null;
        return new(AspectKind.TreatyDate, never ? ClaimVerdict.Supported : ClaimVerdict.Contradicted, word.Span.Quote,
            $"{t.Name} never entered into force: \"{row.Note}\", according to {Where(Evidence(row).Source)}.",
            never ? null : "never", t.Slug, Kind(word.Kind), [Evidence(row)], 1);
    }

    /// <summary>Where the clause holding a position starts: after the last ";", "," or " and " before it.</summary>
    private static int ClauseStart(string text, int at)
    {
        var before = text[..at];
        var cut = new[] { before.LastIndexOf(';'), before.LastIndexOf(','), before.LastIndexOf(" and ", StringComparison.Ordinal),
            before.LastIndexOf(" but ", StringComparison.Ordinal), before.LastIndexOf(" when ", StringComparison.Ordinal),
            before.LastIndexOf(" after ", StringComparison.Ordinal), before.LastIndexOf(" as ", StringComparison.Ordinal) }.Max();
        return cut < 0 ? 0 : cut + 1;
    }

    /// <summary>"was suspended by Russia": the state named by "by" straight after the words.</summary>
    private static bool ByAfter(string text, ClaimDateWord word, ClaimActor a) => a.Span.Start > word.Span.End &&
        System.Text.RegularExpressions.Regex.IsMatch(text[word.Span.End..a.Span.Start], @"^\s+by\s+(?:the\s+)?$");

    private static bool Originally(string text) => System.Text.RegularExpressions.Regex.IsMatch(text,
        @"\b(?:original(?:ly)?|initial(?:ly)?|first|at\s+first|was\s+(?:due|set|scheduled)\s+to|were\s+to|was\s+to)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool Places(string claimed, string catalog) =>
        claimed.Contains(catalog, StringComparison.OrdinalIgnoreCase) || catalog.Contains(claimed, StringComparison.OrdinalIgnoreCase);

    private static string Label(string kind) => kind switch
    {
        "signed" => "was signed", "concluded" => "was concluded", "opened-for-signature" => "was opened for signature",
        "entered-into-force" => "entered into force", "central-limits-due" => "had its central limits due",
        "extended" => "was extended", "expires" => "expires", "terminated" => "was terminated",
        "suspended" => "was suspended", _ => kind,
    };

    private static List<ActionRow> Actions(SqliteConnection db, string treaty, IReadOnlyList<string> states) =>
        db.Query<ActionRow>("""
            SELECT x.id, x.state, a.name AS StateName, x.kind, x.date, x.effective, x.note, x.checked, c.kind AS CitationKind,
                   c.title, c.url
            FROM state_actions x JOIN actors a ON a.slug = x.state JOIN citations c ON c.key = x.citation
            WHERE x.treaty = @treaty ORDER BY x.state, x.date, x.ordinal
            """, new { treaty }).Where(r => states.Count == 0 || states.Contains(r.State)).ToList();

    private static string Did(string kind) => kind switch
    {
        "withdrew" => "withdrew from", "acceded" => "acceded to", "suspended" => "suspended its part in",
        "ratification-withdrawn" => "withdrew its ratification of", _ => kind,
    };

    private static string ActionKind(ClaimDateKind k) => k switch
    {
        ClaimDateKind.Withdrew => "withdrew", ClaimDateKind.Ratified => "ratified", ClaimDateKind.Acceded => "acceded",
        ClaimDateKind.Suspended => "suspended", ClaimDateKind.Signed => "signed",
        ClaimDateKind.RatificationWithdrawn => "ratification-withdrawn", _ => "",
    };

    private static ClaimAspect CheckStateAct(Context c, TreatyInfo t, ClaimDateWord word, ClaimDate d,
        List<ClaimActor> states, string text)
    {
        var kind = ActionKind(word.Kind);
        var slugs = states.Select(s => s.Slug).Distinct().ToList();
        var acts = Actions(c.Db, t.Slug, slugs).Where(a => SameAct(kind, a.Kind)).ToList();
        var who = states.Count == 0 ? "a state" : string.Join(" and ", states.Select(s => s.Name).Distinct());
        var match = acts.Where(a => Same(d, a.Date) || (a.Effective is { } e && Same(d, e))).ToList();
        if (match.Count > 0)
        {
            var ev = match.Select(Evidence).ToList();
            return new(AspectKind.TreatyDate, ClaimVerdict.Supported, text,
                $"{match[0].StateName} {Did(kind)} {t.Name} on {Show(match[0].Date)}" +
                $"{(match[0].Effective is { } e ? $" (effective {Show(e)})" : "")}, according to {Where(ev[0].Source)}.",
                null, t.Slug, Kind(word.Kind), ev, ev.Count);
        }
        // A note on an act means its date can be told more than one way (a law's date, the deposit's): no contradiction.
        // Only acts seen in their source's text (checked) contradict.
        // Beyond that: the ways an act is dated (the law, the deposit, the day it took effect) fall within one year or
        // two; a claimed year that is none of them is wrong whichever way the act is told.
        // A note that names an undated step before ("the domestic act came earlier") or after ("notice followed") widens
        // that by a year on its side.
        var years = acts.SelectMany(a => KnownDates(a).Select(x => int.Parse(x[..4], CultureInfo.InvariantCulture))
            .SelectMany(y => new[] { y, Earlier().IsMatch(a.Note ?? "") ? y - 1 : y, Later().IsMatch(a.Note ?? "") ? y + 1 : y }))
            .ToHashSet();
        var yearOff = !years.Contains(d.Date.Year);
        if (acts.Count > 0 && states.Count > 0 && (yearOff || acts.All(a => a.Note is null && a.Checked != 0)))
        {
            var ev = acts.Select(Evidence).ToList();
            var expected = string.Join(" or ", acts.Select(a => a.Date).Distinct());
            return new(AspectKind.TreatyDate, ClaimVerdict.Contradicted, text,
                $"{who} {Did(kind)} {t.Name} on {string.Join(" and ", acts.Select(a => Show(a.Date)).Distinct())}, not " +
                $"{Show(d)}, according to {Where(ev[0].Source)}.", expected, t.Slug, Kind(word.Kind), ev, ev.Count);
        }
        return new(AspectKind.TreatyDate, ClaimVerdict.Unverifiable, text,
            acts.Count > 0 ? $"{who} {Did(kind)} {t.Name} on {string.Join(" and ", acts.Select(a => Show(a.Date)))} " +
                $"({string.Join("; ", acts.Select(a => a.Note ?? (a.Checked == 0 ? "a date not checked against its source" : null))
                    .Where(n => n is not null))}), which does not settle {Show(d)}."
            : $"The catalog records no act of {who} of this kind ({kind}) about {t.Name}; other dates are not compared.",
            null, t.Slug, Kind(word.Kind), acts.Select(Evidence).ToList(), acts.Count);
    }

    /// <summary>"joined" is said of a ratification as of an accession: the two answer each other.</summary>
    private static bool SameAct(string claimed, string recorded) => claimed == recorded ||
        (claimed is "acceded" or "ratified" && recorded is "acceded" or "ratified");

    /// <summary>Every date a state's act is told by: its date, the day it took effect, and dates its note gives.</summary>
    private static IEnumerable<string> KnownDates(ActionRow a) =>
        new[] { a.Date, a.Effective }.OfType<string>().Concat(IsoDate().Matches(a.Note ?? "").Select(m => m.Value));

    [GeneratedRegex(@"\b(?:19|20)\d\d-\d\d-\d\d\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:earlier|before|prior|preceded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Earlier();

    [GeneratedRegex(@"\b(?:later|after|followed|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Later();

    /// <summary>"New START was signed in Moscow": the place of a signing, with no date, against the catalog's.</summary>
    private static ClaimAspect? PlaceWithoutDate(Context c, ClaimDateWord word)
    {
        if (c.Treaty is not { } t || c.P.Place is not { } place ||
            word.Kind is not (ClaimDateKind.Signed or ClaimDateKind.OpenedForSignature)) return null;
        // Who signed ("Medvedev signed New START in Prague") is not in the catalog: such a claim is not checked here.
        if (c.P.Actors.Any(a => a.Kind == "person")) return null;
        // A state named as the signer may have signed elsewhere than the treaty was signed: not compared.
        var states = c.P.Actors.Where(a => a.Kind == "state" && a.Span.End <= word.Span.Start).Select(a => a.Slug).ToList();
        if (states.Count > 0 && c.Db.ExecuteScalar<long>("SELECT count(*) FROM treaty_parties WHERE treaty = @t AND actor IN @s",
                new { t = t.Slug, s = states }) != states.Distinct().Count()) return null;
        var (same, supportOnly) = CatalogKinds(word.Kind, new ClaimDate(c.Today, DatePrecision.Day, null, word.Span), c.Text);
        var rows = c.Dates.Where(r => r.Place is not null && (same.Contains(r.Kind) || supportOnly.Contains(r.Kind))).ToList();
        var text = $"{word.Span.Quote} … {place}";
        var match = rows.Where(r => Places(place, r.Place!)).ToList();
        if (match.Count > 0)
            return new(AspectKind.TreatyDate, ClaimVerdict.Supported, text,
                $"{t.Name} {Label(match[0].Kind)} in {match[0].Place} on {Show(match[0].Date)}, according to " +
                $"{Where(Evidence(t, match[0]).Source)}.", null, t.Slug, Kind(word.Kind),
                match.Select(r => Evidence(t, r)).ToList(), match.Count);
        var against = rows.Where(r => same.Contains(r.Kind)).ToList();
        if (against.Count == 0)
            return new(AspectKind.TreatyDate, ClaimVerdict.Unverifiable, text,
                $"The catalog does not say where {t.Name} {Verbs[word.Kind]}.", null, t.Slug, Kind(word.Kind), [], 0);
        var ev = against.Select(r => Evidence(t, r)).ToList();
        return new(AspectKind.TreatyDate, ClaimVerdict.Contradicted, text,
            $"{t.Name} {Label(against[0].Kind)} in {against[0].Place}, not in {place}, according to {Where(ev[0].Source)}.",
            against[0].Place, t.Slug, Kind(word.Kind), ev, ev.Count);
    }

    /// <summary>"Russia suspended its participation in New START": a state's act, undated.</summary>
    private static ClaimAspect? StateActionWithoutDate(Context c, ClaimDateWord word)
    {
        if (c.Treaty is not { } t || ActionKind(word.Kind) is not { Length: > 0 } kind || word.Kind == ClaimDateKind.Signed) return null;
        var states = c.P.Actors.Where(a => a.Kind == "state" && a.Span.End <= word.Span.Start).Select(a => a.Slug).Distinct()
            .ToList();
        if (states.Count == 0) return null;
        var all = Actions(c.Db, t.Slug, states);
        var acts = all.Where(a => SameAct(kind, a.Kind)).ToList();
        var name = string.Join(" and ", c.P.Actors.Where(a => states.Contains(a.Slug)).Select(a => a.Name).Distinct());
        // An act undone later ("ratification-withdrawn", "resumed") leaves the present perfect unsure.
        string[] undoing = kind switch
        {
            "ratified" or "acceded" or "signed" => ["ratification-withdrawn", "withdrew"],
            "suspended" => ["resumed"],
            _ => [],
        };
        var undone = acts.Count > 0 && all.Any(a => string.CompareOrdinal(a.Date, acts[^1].Date) > 0 && undoing.Contains(a.Kind));
        if (acts.Count == 0 || undone || c.P.Negated || states.Count != acts.Select(a => a.State).Distinct().Count())
            return new(AspectKind.TreatyDate, ClaimVerdict.Unverifiable, word.Span.Quote,
                undone ? $"{name} {Did(kind)} {t.Name} on {Show(acts[^1].Date)}, but later acts are recorded: see the evidence."
                    : $"The catalog records no such act ({kind}) of {name} about {t.Name} that settles this.",
                null, t.Slug, Kind(word.Kind), all.Select(Evidence).ToList(), all.Count);
        var ev = acts.Select(Evidence).ToList();
        return new(AspectKind.TreatyDate, ClaimVerdict.Supported, word.Span.Quote,
            $"{name} {Did(kind)} {t.Name} on {Show(acts[0].Date)}, according to {Where(ev[0].Source)}.", null, t.Slug,
            Kind(word.Kind), ev, ev.Count);
    }

    // ---------------------------------------------------------------- status and membership

    private static ClaimAspect CheckStatus(Context c)
    {
        var s = c.P.Status!;
        if (c.Treaty is not { } t)
            return new(AspectKind.Status, ClaimVerdict.Unverifiable, s.Span.Quote,
                "The claim names no treaty whose status could be checked.", null, null, null, [], 0);
        var d = c.P.Dates.FirstOrDefault(x => !c.Used.Contains(x));
        if (d is not null) c.Used.Add(d);
        // A year or month is a period: the status must be the same at its start and its end to be read at all.
        var (from, to) = d is null ? (c.Today, c.Today) : Period(d);
        var entries = c.Dates.Select(r => new TreatyDateEntry(r.Kind, r.Date, r.Place, new TreatyApi.Treaties.Citation(r.Title, r.Url), r.Checked != 0)).ToList();
        var (atStart, basis) = TreatyStatus.Derive(true, entries, from);
        var (atEnd, _) = TreatyStatus.Derive(true, entries, to);
        var ev = c.Dates.Where(r => r.Kind is "entered-into-force" or "expires" or "terminated").Select(r => Evidence(t, r)).ToList();
        var on = d is null ? $"today ({Iso(c.Today)})" : Show(d);
        if (atStart != atEnd || atStart == "not-in-force" && !c.Dates.Any(r => r.Kind == "entered-into-force"))
            return new(AspectKind.Status, ClaimVerdict.Unverifiable, s.Span.Quote,
                $"The catalog's dates of {t.Name} do not settle whether it was in force {on}.", null, t.Slug, null, ev, ev.Count);
        var inForce = atStart == "in-force";
        var verdict = inForce == s.InForce ? ClaimVerdict.Supported : ClaimVerdict.Contradicted;
        var where = ev.Count > 0 ? $", according to {Where(ev[0].Source)}" : "";
        return new(AspectKind.Status, verdict, s.Span.Quote,
            $"{t.Name} is {atStart.Replace('-', ' ')} {on}: {basis}{where}.", verdict == ClaimVerdict.Contradicted ? atStart : null,
            t.Slug, null, ev, ev.Count);
    }

    private static (DateOnly From, DateOnly To) Period(ClaimDate d) => d.Precision switch
    {
        DatePrecision.Year => (new DateOnly(d.Date.Year, 1, 1), new DateOnly(d.Date.Year, 12, 31)),
        DatePrecision.Month => (d.Date, d.Date.AddMonths(1).AddDays(-1)),
        _ => (d.Date, d.Date),
    };

    private static ClaimAspect CheckMembership(Context c)
    {
        var m = c.P.Membership!;
        if (c.Treaty is not { } t)
            return new(AspectKind.Membership, ClaimVerdict.Unverifiable, m.Span.Quote,
                "The claim names no treaty whose parties could be checked.", null, null, null, [], 0);
        if (m.Status == "depositary") return CheckDepositary(c, t, m);
        var list = PartyQueries.Parties(c.Db, t.Slug, c.Today);
        var item = list?.Items.FirstOrDefault(i => i.State == m.State);
        bool? holds;
        string why;
        List<ClaimEvidence> ev = item?.Actions.Select(a => new ClaimEvidence("state-action", a.Id, $"{item.Name} {a.Kind} {a.Date}",
            a.Source)).ToList() ?? [];
        if (item is null)
        {
            if (t.Kind != "bilateral")
                return new(AspectKind.Membership, ClaimVerdict.Unverifiable, m.Span.Quote,
                    $"The catalog lists no act of {m.StateName} about {t.Name}, so its membership cannot be told.", null, t.Slug,
                    null, [], 0);
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
                // The catalog lists some acts of some states: only an act that ended membership shows it is not a party.
                ("party", "ended") => false,
                ("party", "signatory") when item.Actions.Any(a => a.Kind == "ratification-withdrawn") => false,
                ("party", _) when t.Kind == "bilateral" => false,
                ("signatory", "signatory" or "party" or "ratified") => true,
                ("signatory", "not-signed") when t.Kind == "bilateral" => false,
                _ => null,
            };
            why = $"{item.Name}'s status in {t.Name} today ({Iso(c.Today)}) is {item.Status.Replace('-', ' ')}" +
                (item.Since is null ? "" : $" since {Show(item.Since)}");
        }
        if (holds is null)
            return new(AspectKind.Membership, ClaimVerdict.Unverifiable, m.Span.Quote, why + ", which does not settle the claim.",
                null, t.Slug, null, ev, ev.Count);
        var verdict = holds.Value != m.Negated ? ClaimVerdict.Supported : ClaimVerdict.Contradicted;
        return new(AspectKind.Membership, verdict, m.Span.Quote, why + ", according to the catalog.",
            verdict == ClaimVerdict.Contradicted ? item?.Status ?? "not a party" : null, t.Slug, null, ev, ev.Count);
    }

    [GeneratedRegex(@"\b(?:disput\w*|contest\w*|not\s+recogni[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disputed();

    /// <summary>"New START is a bilateral treaty between the United States and Russia": its kind, and its parties.</summary>
    private static ClaimAspect CheckTreatyKind(Context c)
    {
        var k = c.P.TreatyKind!;
        if (c.Treaty is not { Kind: { } kind } t)
            return new(AspectKind.Membership, ClaimVerdict.Unverifiable, k.Span.Quote,
                "The claim names no treaty whose kind the catalog gives.", null, c.Treaty?.Slug, null, [], 0);
        var parties = c.Db.Query<(string Slug, string Name)>("""
            SELECT a.slug, a.name FROM treaty_parties p JOIN actors a ON a.slug = p.actor WHERE p.treaty = @slug
            """, new { slug = t.Slug }).ToList();
        var states = c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug).Distinct().ToList();
        var between = parties.Count == 0 ? "" : $" between {string.Join(" and ", parties.Select(x => x.Name))}";
        if (kind != k.Kind || (kind == "bilateral" && states.Count > 0 && parties.Count > 0 &&
                states.Any(s => parties.All(x => x.Slug != s))))
            return new(AspectKind.Membership, ClaimVerdict.Contradicted, k.Span.Quote,
                $"{t.Name} is a {kind} treaty{between}, according to the catalog.", kind, t.Slug, null, [], 0);
        return new(AspectKind.Membership, ClaimVerdict.Supported, k.Span.Quote,
            $"{t.Name} is a {kind} treaty{between}, according to the catalog.", null, t.Slug, null, [], 0);
    }

    /// <summary>"The United States is a depositary of the NPT": the catalog lists a treaty's depositaries whole.</summary>
    private static ClaimAspect CheckDepositary(Context c, TreatyInfo t, MembershipAssertion m)
    {
        var depositaries = c.Db.Query<(string Slug, string Name)>("""
            SELECT a.slug, a.name FROM treaty_depositaries d JOIN actors a ON a.slug = d.actor
            WHERE d.treaty = @slug ORDER BY d.ordinal
            """, new { slug = t.Slug }).ToList();
        if (depositaries.Count == 0)
            return new(AspectKind.Membership, ClaimVerdict.Unverifiable, m.Span.Quote,
                $"The catalog lists no depositary of {t.Name}.", null, t.Slug, null, [], 0);
        var listed = depositaries.Any(d => d.Slug == m.State);
        var verdict = listed != m.Negated ? ClaimVerdict.Supported : ClaimVerdict.Contradicted;
        var names = string.Join(", ", depositaries.Select(d => d.Name));
        return new(AspectKind.Membership, verdict, m.Span.Quote,
            $"The depositaries of {t.Name} are {names}, according to the catalog.",
            verdict == ClaimVerdict.Contradicted ? names : null, t.Slug, null, [], 0);
    }

    // ---------------------------------------------------------------- what people said

    private static ClaimAspect CheckQuotation(Context c)
    {
        var p = c.P;
        var quote = p.Quotation!;
        // The words as quoted: a closing period inside the marks is punctuation, "[our]" an editor's insertion, and "..."
        // leaves words out, so each part must be there, in order.
        var parts = QuotedParts(quote.Quote);
        var said = Candidates(c.Db, SearchText.QueryWords(quote.Quote))
            .Where(s => InOrder(QuoteFold(s.Text), parts)).ToList();
        var bySpeaker = p.Speaker is null ? said : said.Where(s => s.Speakers.Any(x => x.Slug == p.Speaker.Slug)).ToList();
        if (bySpeaker.Count > 0)
        {
            var s0 = bySpeaker[0];
            return new(AspectKind.Quotation, ClaimVerdict.Supported, quote.Quote,
                $"{string.Join(" and ", s0.Speakers.Select(x => x.Name))} said these words, verbatim, according to " +
                $"{Where(s0.Source)}.", null, c.Treaty?.Slug, null,
                bySpeaker.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(), bySpeaker.Count);
        }
        if (said.Count > 0 && p.Speaker is not null)
        {
            var who = string.Join(", ", said.SelectMany(s => s.Speakers.Select(x => x.Name)).Distinct());
            return new(AspectKind.Quotation, ClaimVerdict.Contradicted, quote.Quote,
                $"These words were said by {who}, not {p.Speaker.Name}, according to {Where(said[0].Source)}.", who,
                c.Treaty?.Slug, null, said.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(), said.Count);
        }
        if (p.Speaker is not null && OppositeWords(c, quote.Quote, p.Speaker.Slug) is { } opposite)
            return new(AspectKind.Quotation, ClaimVerdict.Contradicted, quote.Quote,
                $"{p.Speaker.Name} said the opposite: \"{opposite.Sentence}\", according to {Where(opposite.S.Source)}.",
                opposite.Sentence, c.Treaty?.Slug, null, [Evidence(opposite.S)], 1);
        return new(AspectKind.Quotation, ClaimVerdict.Unverifiable, quote.Quote,
            "The sources quote no one saying these words verbatim.", null, c.Treaty?.Slug, null, [], 0);
    }

    /// <summary>
    /// Quoted words that a statement of the speaker holds word for word but with the opposite polarity ("The dialogue
    /// was confrontational" against "The dialogue was not confrontational"): every other word the same, in order.
    /// </summary>
    private static (Statement S, string Sentence)? OppositeWords(Context c, string quote, string speaker)
    {
        static List<string> All(string t) => AnyWord().Matches(ClaimParser.Fold(t)).Select(w => w.Value.ToLowerInvariant())
            .ToList();
        var mine = All(quote);
        var plain = mine.Where(w => !ClaimParser.IsNegator(w)).ToList();
        if (plain.Count < 2) return null;
        foreach (var (id, body) in FactQueries.TextsOfSpeaker(c.Db, speaker))
        {
            if (!body.Contains(plain[^1], StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var sentence in Sentences(body))
            {
                var theirs = All(sentence);
                if (theirs.Where(w => !ClaimParser.IsNegator(w)).SequenceEqual(plain) &&
                    theirs.Count(ClaimParser.IsNegator) % 2 != mine.Count(ClaimParser.IsNegator) % 2)
                    return (FactQueries.StatementById(c.Db, id)!, sentence.Trim());
            }
        }
        return null;
    }

    /// <summary>
    /// A paraphrase ("Peskov called the talks very positive"): a sentence of the speaker's statements that the claim
    /// repeats, in order: the whole of a short statement (two words or more), or three words or more that are most of
    /// the claim. The same words with the opposite polarity (not, never, no, non-…) contradict it.
    /// </summary>
    private static ClaimAspect CheckParaphrase(Context c, ClaimDate? date)
    {
        var p = c.P;
        var speaker = p.Speaker!;
        var statements = FactQueries.TextsOfSpeaker(c.Db, speaker.Slug);
        var claimPlain = p.PlainWords.Where(w => !Pronouns.Contains(w)).ToList();
        var text = p.Says ? string.Join(" ", p.ContentWords) : speaker.Name;
        var same = new List<string>();
        var opposite = new List<(string Id, string Sentence)>();
        // On a large corpus a speaker has thousands of statements, many the same words reported again: each distinct text
        // is read once, and only if it holds two of the claim's words (a match needs a run of two).
        var need = Math.Min(2, claimPlain.Count);
        // A statement of one or two words ("very positive") holds one of the claim's words at most.
        const int Short = 40;
        var read = new Dictionary<string, List<(string Sentence, bool Same)>>(StringComparer.Ordinal);
        foreach (var (id, body) in statements)
        {
            if (!read.TryGetValue(body, out var hits))
            {
                hits = claimPlain.Distinct().Count(w => body.Contains(Stem(w), StringComparison.OrdinalIgnoreCase)) <
                    (body.Length < Short ? 1 : need)
                    ? [] : Matches(body, claimPlain, p.Negated);
                read[body] = hits;
            }
            foreach (var (sentence, isSame) in hits)
                if (isSame) same.Add(id);
                else opposite.Add((id, sentence));
        }
        same = same.Distinct().ToList();
        if (opposite.Count > 0 && same.Count == 0)
        {
            var s0 = FactQueries.StatementById(c.Db, opposite[0].Id)!;
            return new(AspectKind.Paraphrase, ClaimVerdict.Contradicted, text,
                $"{speaker.Name} said the opposite: \"{opposite[0].Sentence}\", according to {Where(s0.Source)}.",
                opposite[0].Sentence, c.Treaty?.Slug, null,
                opposite.Select(o => o.Id).Distinct().Take(ClaimAspect.MaxEvidence)
                    .Select(id => Evidence(FactQueries.StatementById(c.Db, id)!)).ToList(), opposite.Select(o => o.Id).Distinct().Count());
        }
        if (same.Count > 0 && opposite.Count == 0)
        {
            var found = same.Take(ClaimAspect.MaxEvidence).Select(id => FactQueries.StatementById(c.Db, id)!).ToList();
            if (date is not null && !found.Any(s => s.Date is { } sd && Same(date, sd.Date)))
                return new(AspectKind.Paraphrase, ClaimVerdict.Unverifiable, text,
                    $"{speaker.Name} said this, but the sources date it {string.Join(" or ", found.Select(s => s.Date?.Date ?? "nowhere").Distinct())}, " +
                    $"not {Show(date)}.", null, c.Treaty?.Slug, null, found.Select(Evidence).ToList(), same.Count);
            return new(AspectKind.Paraphrase, ClaimVerdict.Supported, text,
                $"{speaker.Name} is quoted saying this: \"{found[0].Text}\", according to {Where(found[0].Source)}.", null,
                c.Treaty?.Slug, null, found.Select(Evidence).ToList(), same.Count);
        }
        return new(AspectKind.Paraphrase, ClaimVerdict.Unverifiable, text, statements.Count == 0
            ? $"The sources quote nothing of {speaker.Name}."
            : same.Count > 0 ? $"{speaker.Name} is quoted both ways on this."
            : $"None of {speaker.Name}'s {statements.Count} quoted statements says this.", null, c.Treaty?.Slug, null, [], 0);
    }

    /// <summary>
    /// The sentences of a statement that the claim repeats, each with whether its polarity is the claim's. Words are
    /// compared by stem ("discuss", "discussed"), without intensifiers ("very open" is "open"), in a run: the whole of a
    /// short sentence, or a run of two or more with every word of the claim in the sentence, or three or more that are
    /// most of the claim. A short statement of a few sentences ("The dialogue was not confrontational. It was
    /// constructive and very open") is also read whole: the sentence holding the claim's last word decides polarity.
    /// </summary>
    private static List<(string Sentence, bool Same)> Matches(string body, List<string> claimPlain, bool negated)
    {
        var mine = claimPlain.Where(w => !Intensifiers.Contains(w)).Select(Stem).ToList();
        var hits = new List<(string, bool)>();
        var read = new List<(string Sentence, List<string> Plain, bool Negated)>();
        foreach (var sentence in Sentences(body))
        {
            var words = ClaimParser.Words(sentence).Where(w => !Pronouns.Contains(w) && !Intensifiers.Contains(w)).ToList();
            var plain = words.Where(w => !ClaimParser.IsNegator(w)).Select(Stem).ToList();
            var sentenceNegated = words.Any(ClaimParser.IsNegator);
            read.Add((sentence, plain, sentenceNegated));
            var run = LongestRun(mine, plain);
            var covered = mine.Count(plain.Contains);
            if ((run >= 2 && (run == plain.Count || covered == mine.Count || (run >= 3 && covered >= 0.8 * mine.Count))) ||
                (plain.Count is > 0 and <= 2 && run == plain.Count && mine.Count <= plain.Count + 1))
                hits.Add((sentence, sentenceNegated == negated));
        }
        if (hits.Count == 0 && mine.Count is > 1 and <= 3 && read.Count > 1 && read.Sum(r => r.Plain.Count) <= 12 &&
            mine.All(w => read.Any(r => r.Plain.Contains(w))))
        {
            var last = read.Last(r => r.Plain.Contains(mine[^1]));
            hits.Add((last.Sentence, last.Negated == negated));
        }
        return hits;
    }

    /// <summary>Words that only strengthen what follows ("very positive" says "positive").</summary>
    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "very", "really", "quite", "extremely", "highly", "most", "so", "truly", "fully", "entirely",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "we", "our", "us", "i", "you", "there", "these", "those", "what", "which", "who", "been",
        // "the two leaders", "both sides": the speakers themselves, as a claim names them.
        "two", "leaders", "both", "sides",
    };

    private static IEnumerable<string> Sentences(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?])\s+").Where(s => s.Length > 0);

    /// <summary>"X said &lt;figure&gt;": a statement of X must give the figure (or the year); the figure being right
    /// elsewhere supports the limit aspect only.</summary>
    private static ClaimAspect CheckAttribution(Context c)
    {
        var p = c.P;
        var speaker = p.Speaker!;
        var statements = FactQueries.TextsOfSpeaker(c.Db, speaker.Slug);
        var q = p.Quantities.FirstOrDefault();
        var d = p.Dates.FirstOrDefault();
        var what = q is not null ? $"{Number((double)q.Value)} {q.Unit}" : Show(d!);
        // A figure is looked for only in statements that hold its digits (either way of writing them), each text once.
        var digits = q is null ? [] : new[] { ((double)q.Value).ToString("#,0.##", CultureInfo.InvariantCulture),
            ((double)q.Value).ToString("0.##", CultureInfo.InvariantCulture) };
        var said = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Says(string text)
        {
            if (said.TryGetValue(text, out var known)) return known;
            return said[text] = q is not null
                ? digits.Any(x => text.Contains(x, StringComparison.Ordinal)) && Quantities
                    .Find(text, new TreatyApi.Extraction.Range(0, text.Length)).Any(m => m.Number.Value == q.Value && m.Unit == q.Unit)
                : text.Contains(d!.Date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        var ids = statements.Where(s => Says(s.Text)).Select(s => s.Id).ToList();
        if (ids.Count > 0)
        {
            var ev = ids.Take(ClaimAspect.MaxEvidence).Select(id => Evidence(FactQueries.StatementById(c.Db, id)!)).ToList();
            return new(AspectKind.Attribution, ClaimVerdict.Supported, $"{speaker.Span.Quote} … {what}",
                $"{speaker.Name} is quoted giving {what}, according to {Where(ev[0].Source)}.", null, c.Treaty?.Slug, null, ev,
                ids.Count);
        }
        return new(AspectKind.Attribution, ClaimVerdict.Unverifiable, $"{speaker.Span.Quote} … {what}",
            statements.Count == 0 ? $"The sources quote nothing of {speaker.Name}, so it cannot be told that they said {what}."
                : $"None of {speaker.Name}'s {statements.Count} quoted statements gives {what}; that the figure is right " +
                  "elsewhere does not show that they said it.", null, c.Treaty?.Slug, null, [], 0);
    }

    private static string QuoteFold(string s) => Fold(s.Replace("[", "", StringComparison.Ordinal)
        .Replace("]", "", StringComparison.Ordinal));

    private static List<string> QuotedParts(string quote) => QuoteFold(quote).Replace("\u2026", "...", StringComparison.Ordinal)
        .Split("...", StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Trim().TrimEnd('.', ',', ';', ':', '!', '?').Trim()).Where(p => p.Length > 0).ToList();

    private static bool InOrder(string text, List<string> parts)
    {
        if (parts.Count == 0) return false;
        var at = 0;
        foreach (var part in parts)
        {
            var i = text.IndexOf(part, at, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return false;
            at = i + part.Length;
        }
        return true;
    }

    private static List<Statement> Candidates(SqliteConnection db, List<string> words)
    {
        if (words.Count == 0) return [];
        var match = SearchQueries.MatchExpression(words.Take(32));
        return db.Query<string>("""
            SELECT r.ref_id FROM search JOIN search_refs r ON r.rowid = search.rowid
            WHERE search MATCH @match AND r.kind = 'statement' ORDER BY r.ref_id LIMIT 200
            """, new { match }).Select(id => FactQueries.StatementById(db, id)!).ToList();
    }

    // ---------------------------------------------------------------- events

    private sealed record EventRow(string Id, string Kind, string Date, string? Place, string DocumentId, long Start, long End,
        string Quote, string DocTitle, string? DocPublisher, string? DocPublished, string? DocUrl);

    private static ClaimAspect CheckEvent(Context c, ClaimDate? d)
    {
        var p = c.P;
        if (d is not null) c.Used.Add(d);
        var people = p.Actors.Where(a => a.Kind == "person").Select(a => a.Slug).Distinct().ToList();
        var names = string.Join(" and ", p.Actors.Where(a => a.Kind == "person").Select(a => a.Name).Distinct());
        var text = string.Join(" … ", new[] { names, d?.Span.Quote, p.Place }.Where(x => x is not null));
        var events = c.Db.Query<EventRow>("""
            SELECT e.id, e.kind, e.date, e.place, e.document_id AS DocumentId, e.start, e."end", e.quote,
                   d.title AS DocTitle, d.publisher AS DocPublisher, d.published AS DocPublished, d.url AS DocUrl
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE e.id IN (SELECT event_id FROM event_participants WHERE actor IN @people
                           GROUP BY event_id HAVING count(DISTINCT actor) = @n)
            ORDER BY e.date, e.id LIMIT 1000
            """, new { people, n = people.Count }).ToList();
        var withAll = events;
        var dated = d is null ? withAll : withAll.Where(e => Same(d, e.Date)).ToList();
        // A place the event's own record lacks is looked for in the document that reports the meeting.
        var placed = p.Place is null ? dated : dated.Where(e => e.Place is { } pl ? Places(p.Place, pl)
            : c.Db.ExecuteScalar<long>("SELECT instr(text, @place) > 0 FROM documents WHERE id = @doc",
                new { place = p.Place, doc = e.DocumentId }) > 0).ToList();
        if (p.Weekday is { } weekday)
            placed = placed.Where(e => e.Date.Length == 10 && DateOnly.ParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                .DayOfWeek.ToString() == weekday).ToList();
        ClaimEvidence Ev(EventRow e) => new("event", e.Id, $"{e.Kind} {e.Date}{(e.Place is null ? "" : " in " + e.Place)}",
            Source.Document(e.DocumentId, e.DocTitle, e.DocPublisher, e.DocPublished, e.DocUrl, (int)e.Start, (int)e.End, e.Quote,
                null));
        if (placed.Count > 0)
        {
            var ev = placed.Take(ClaimAspect.MaxEvidence).Select(Ev).ToList();
            return new(AspectKind.Event, ClaimVerdict.Supported, text,
                $"{names} met on {Show(placed[0].Date)}{(p.Place is null ? "" : " in " + p.Place)}, according to " +
                $"{Where(ev[0].Source)}.", null, c.Treaty?.Slug, null, ev, placed.Count);
        }
        // Meetings repeat: a meeting on another day does not by itself contradict this one. But the one meeting these
        // people held in that place, told with another day less than a year away (or another weekday), is that
        // meeting misdated; and a meeting on the claimed day (or month) in another place is that meeting misplaced.
        // Here the place must be told as the meeting's: the event's own, or a sentence of its report that names the
        // place with a meeting ("a summit in Los Cabos"). A meeting to come ("will meet") is not a recorded one.
        bool AtPlace(EventRow e) => p.Place is not null && (e.Place is { } pl ? Places(p.Place, pl)
            : SentenceBreak().Split(c.Db.ExecuteScalar<string>("SELECT text FROM documents WHERE id = @doc",
                new { doc = e.DocumentId }) ?? "").Any(x => x.Contains(p.Place, StringComparison.Ordinal) &&
                MeetingWord().IsMatch(x)));
        var there = FutureMeeting().IsMatch(c.Text) ? [] : withAll.Where(AtPlace).ToList();
        var dayKnown = there.Where(e => e.Date.Length == 10).ToList();
        string? wrong = null;
        List<EventRow> against = [];
        if (d is not null && there.Count == 1 && dated.Count == 0 && Near(d, there[0].Date))
            (wrong, against) = ($"in {p.Place} on {Show(there[0].Date)}, not {Show(d)}", there);
        else if (d is null && p.Weekday is { } wd && dayKnown.Count > 0 && dayKnown.Count == there.Count)
            (wrong, against) = ($"in {p.Place} on {string.Join(" and ", dayKnown.Select(e => WeekdayOf(e.Date) + ", " +
                Show(e.Date)))}, not on a {wd}", dayKnown);
        else if (d is not null && d.Precision != DatePrecision.Year && p.Place is not null && dated.Count > 0 &&
                 !FutureMeeting().IsMatch(c.Text) && dated.Select(e => e.Place ?? ReportedPlace(c, e)).ToList() is var places &&
                 places.All(x => x is not null && !Places(p.Place, x)) && !dated.Any(AtPlace))
            (wrong, against) = ($"on {Show(dated[0].Date)} in {places[0]}, not in {p.Place}", dated);
        if (wrong is not null)
        {
            var ev = against.Take(ClaimAspect.MaxEvidence).Select(Ev).ToList();
            return new(AspectKind.Event, ClaimVerdict.Contradicted, text,
                $"{names} met {wrong}, according to {Where(ev[0].Source)}.", against[0].Date, c.Treaty?.Slug, null, ev,
                against.Count);
        }
        return new(AspectKind.Event, ClaimVerdict.Unverifiable, text, withAll.Count == 0
            ? $"The sources record no meeting of {names}."
            : $"The sources record {withAll.Count} meeting(s) of {names}, none {(d is null ? "" : "on " + Show(d) + " ")}" +
              $"{(p.Place is null ? "" : "in " + p.Place)} that they place there.".Replace("  ", " "), null, c.Treaty?.Slug,
            null, withAll.Take(ClaimAspect.MaxEvidence).Select(Ev).ToList(), withAll.Count);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(?:met|meeting|meetings|summit|talks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"\b(?:will|would|shall|to|plan\s+to|plans\s+to|are\s+to|is\s+to)\s+(?:\w+\s+)?meet\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex FutureMeeting();

    // "a summit in Los Cabos, Mexico": the place a report gives a meeting.
    [GeneratedRegex(@"\b(?:summit|meeting|talks|met)\s+(?:\w+\s+){0,2}?in\s+(?<place>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*)")]
    private static partial Regex MeetingPlace();

    /// <summary>The one place the report of a meeting gives meetings, when it names exactly one; else null.</summary>
    private static string? ReportedPlace(Context c, EventRow e)
    {
        var text = c.Db.ExecuteScalar<string>("SELECT text FROM documents WHERE id = @doc", new { doc = e.DocumentId }) ?? "";
        var places = MeetingPlace().Matches(text).Select(m => m.Groups["place"].Value).Distinct().ToList();
        return places.Count == 1 ? places[0] : null;
    }

    // A title written before a name ("Russian Prime Minister Vladimir Putin"), as the catalog's roles name them.
    [GeneratedRegex(@"(?<title>President|Prime\s+Minister|Foreign\s+Minister|Secretary\s+of\s+State|spokes(?:man|woman|person))" +
        @"\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleBefore();

    /// <summary>
    /// "Russian Prime Minister Vladimir Putin met Obama in June 2012": the title a claim gives a person, against the
    /// catalog's roles of that person over the whole of the claimed period. Roles held then that are all other ones
    /// contradict it; a role of that title then supports it; no role known then leaves it unchecked.
    /// </summary>
    private static ClaimAspect? Titles(Context c, ClaimDate on)
    {
        foreach (var a in c.P.Actors.Where(a => a.Kind == "person"))
        {
            // The title may be part of the words the actor was found by ("Prime Minister Vladimir Putin").
            var nameAt = c.Text.IndexOf(a.Name.Split(' ')[0], a.Span.Start, StringComparison.Ordinal);
            var before = c.Text[..(nameAt >= a.Span.Start && nameAt < a.Span.End ? nameAt : a.Span.Start)];
            if (TitleBefore().Match(before) is not { Success: true } m) continue;
            var role = Regex.Replace(m.Groups["title"].Value.ToLowerInvariant(), @"\s+", "-");
            if (role is "spokesman" or "spokeswoman") role = "spokesperson";
            var (from, to) = Period(on);
            var roles = c.Db.Query<(string Role, string? From, string? To)>(
                "SELECT role, from_date, to_date FROM actor_roles WHERE actor = @actor", new { actor = a.Slug })
                .Where(r => (r.From is null || string.CompareOrdinal(r.From, Iso(to)) <= 0) &&
                    (r.To is null || string.CompareOrdinal(r.To, Iso(from)) >= 0)).ToList();
            if (roles.Count == 0) continue;
            var text = c.Text[m.Index..a.Span.End];
            var held = string.Join(" and ", roles.Select(r => r.Role.Replace('-', ' ')).Distinct());
            // A period across a change of office ("in 2012") settles the title only if every role then agrees.
            var verdict = roles.All(r => r.Role == role) ? ClaimVerdict.Supported
                : roles.Any(r => r.Role == role) ? ClaimVerdict.Unverifiable : ClaimVerdict.Contradicted;
            return new(AspectKind.Event, verdict, text,
                $"{a.Name} was {held} in {Show(on)}, according to the catalog.",
                verdict == ClaimVerdict.Contradicted ? held : null, c.Treaty?.Slug, null, [], 0);
        }
        return null;
    }

    /// <summary>Whether a recorded day is less than a year from the claimed period.</summary>
    private static bool Near(ClaimDate d, string iso)
    {
        var (from, to) = Period(d);
        var day = DateOnly.ParseExact(iso.Length == 10 ? iso : iso.Length == 7 ? iso + "-01" : iso + "-01-01", "yyyy-MM-dd",
            CultureInfo.InvariantCulture);
        return day > from.AddYears(-1) && day < to.AddYears(1);
    }

    private static string WeekdayOf(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek.ToString();

    // ---------------------------------------------------------------- shared

    /// <summary>Compare at the claim's precision: "in 2018" matches February 5, 2018; "in 2018" never matches 2019.</summary>
    private static bool Same(ClaimDate d, string iso)
    {
        var theirs = iso.Split('-').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        int[] mine = [d.Date.Year, d.Date.Month, d.Date.Day];
        int levels = d.Precision switch { DatePrecision.Year => 1, DatePrecision.Month => 2, _ => 3 };
        // A fact known only to the year cannot confirm a day.
        if (theirs.Length < levels) return false;
        return Enumerable.Range(0, levels).All(i => theirs[i] == mine[i]);
    }

    private static string Iso(ClaimDate d) => new FactDate(d.Date, d.Precision, "stated", null).Iso;
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(ClaimDate d) => d.Precision switch
    {
        DatePrecision.Year => d.Date.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month => d.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => d.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>An ISO date as a person reads it: "2011-02-05" → "February 5, 2011"; "2018" stays.</summary>
    private static string Show(string iso) => iso.Length switch
    {
        10 => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        7 => DateOnly.ParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => iso,
    };

    internal static string WhereOf(Source s) => Where(s);

    /// <summary>Where evidence comes from, as a person says it: "the treaty text, Article II, paragraph 1(b)", "a Global
    /// Security Newswire report, citing RIA Novosti", "U.S. Department of State, New START Treaty".</summary>
    private static string Where(Source s) => s.Kind switch
    {
        Source.TreatyTextKind => "the treaty text" + (s.Article is null ? "" : $", Article {s.Article}") +
            (s.Paragraph is null ? "" : $", paragraph {s.Paragraph}"),
        Source.ReferenceKind => s.Title,
        _ => $"a {(s.Publisher ?? "news")} report" + (s.Published is null ? "" : $" of {Show(s.Published)}") +
            (s.AttributedTo is { } a ? $", citing {a.Name}" : ""),
    };

    private static string Number(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Fold(string s) => TextStructure.Normalize(ClaimParser.Fold(s));

    private static int LongestRun(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int best = 0;
        var prev = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            var cur = new int[b.Count + 1];
            for (int j = 1; j <= b.Count; j++)
                if (a[i - 1] == b[j - 1]) best = Math.Max(best, cur[j] = prev[j - 1] + 1);
            prev = cur;
        }
        return best;
    }

    private static ClaimEvidence Evidence(Limit l) => new(l.Source.Kind == Source.TreatyTextKind ? "treaty-text-limit" : "limit",
        l.Id, $"{(l.Min is { } m ? Number(m) + "-" : "")}{Number(l.Value)} {l.Unit} ({l.Counted})" +
        $"{(l.Deadline is { } d ? ", by " + d.Date : "")}" +
        $"{(l.Duration is { } du ? $", for {du.Offset}{(du.From is null ? "" : " from " + du.From.Replace('-', ' '))}" : "")}",
        l.Source);
    private static ClaimEvidence Evidence(Deadline d) => new("deadline", d.Id, $"{d.Kind} {d.Date.Date}: {d.Action}", d.Source);
    private static ClaimEvidence Evidence(Statement s) => new("statement", s.Id,
        $"{string.Join(" and ", s.Speakers.Select(x => x.Name))}{(s.Date is { } d ? ", " + d.Date : "")}: \"{s.Text}\"", s.Source);
    private static ClaimEvidence Evidence(TreatyInfo t, DateRow r) => new("treaty-date", $"{t.Slug}/dates/{r.Kind}",
        $"{t.Name} {Label(r.Kind)} on {r.Date}{(r.Place is null ? "" : " in " + r.Place)}",
        Source.Catalog(r.CitationKind, r.Title, r.Url, null, null, r.Checked != 0));
    private static ClaimEvidence Evidence(ActionRow a) => new("state-action", a.Id,
        $"{a.StateName} {a.Kind} {a.Date}{(a.Effective is null ? "" : ", effective " + a.Effective)}" +
        $"{(a.Note is null ? "" : " (" + a.Note + ")")}",
        Source.Catalog(a.CitationKind, a.Title, a.Url, null, null, a.Checked != 0));
}
