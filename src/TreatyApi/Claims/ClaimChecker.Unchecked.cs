using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>What a claim says beyond what its aspects read: said, it keeps a claim from being supported.</summary>
public static partial class ClaimChecker
{
    // Words a claim of a limit, date, status, membership or meeting may use beside what the aspects read.
    private static readonly HashSet<string> Filler = new(
        ClaimParser.FunctionWords.Concat([
            "from",
            "under",
            "each",
            "side",
            "sides",
            "both",
            "party",
            "parties",
            "which",
            "who",
            "may",
            "can",
            "could",
            "must",
            "shall",
            "should",
            "not",
            "no",
            "than",
            "more",
            "most",
            "up",
            "least",
            // "fewer than 7,000", "less than 5 percent": a bound the limit aspect weighs (ClaimChecker.Limits).
            "fewer",
            "less",
            "lower",
            "keep",
            "keeps",
            "kept",
            "allow",
            "allows",
            "allowed",
            "permit",
            "permits",
            "permitted",
            "limit",
            "limits",
            "limited",
            "limiting",
            "cap",
            "caps",
            "capped",
            "ceiling",
            "ceilings",
            "field",
            "fielded",
            "deploy",
            "deployed",
            "deploys",
            "strategic",
            "nuclear",
            "reduce",
            "reduced",
            "reduces",
            "reduction",
            "reductions",
            "cut",
            "cuts",
            "arsenal",
            "arsenals",
            // "equipment reductions": the treaty-limited equipment a limit counts, as the CFE Treaty calls it.
            "equipment",
            "require",
            "requires",
            "required",
            "requiring",
            "due",
            "deadline",
            "treaty",
            "accord",
            "agreement",
            "signed",
            "sign",
            "signing",
            "took",
            "take",
            "takes",
            "effect",
            "force",
            "came",
            "come",
            "comes",
            "entered",
            "enters",
            "entry",
            "into",
            "went",
            "became",
            "effective",
            "expire",
            "expires",
            "expired",
            "lapse",
            "lapsed",
            "ran",
            "run",
            "runs",
            "out",
            "extended",
            "extension",
            "renewed",
            "terminated",
            "ended",
            "withdrew",
            "withdrawal",
            "withdrawn",
            "pulled",
            "suspended",
            "suspension",
            "ratified",
            "ratification",
            "acceded",
            "still",
            "now",
            "currently",
            "remain",
            "remains",
            "remained",
            "met",
            "meet",
            "meeting",
            "summit",
            "held",
            "talks",
            "leaders",
            "leader",
            "president",
            "two",
            "officially",
            "formally",
            "originally",
            "initially",
            "opened",
            "open",
            "signature",
            "member",
            "signatory",
            "one",
            "another",
            "other",
            "new",
            "total",
            "central",
            "met",
            "officially",
            "participation",
            "place",
            "country",
            "countries",
            "state",
            "states",
            "there",
            "then",
            "after",
            "before",
            "until",
            "through",
            "throughout",
            "end",
            "year",
            "longer",
            "anymore",
            "being",
            "do",
            "does",
            "did",
            "launchers",
            "warheads",
            "missiles",
            "vehicles",
            "delivery",
            "bombers",
            "interceptors",
            "russian",
            "american",
            "u",
            "us",
            "presidents",
            "sides'",
            "per",
            "non",
            "when",
            "between",
            "gave",
            "give",
            "gives",
            "within",
            "meet",
            "reach",
            "lasts",
            "last",
            "lasted",
            "start",
            "beginning",
            "enter",
            "enters",
            "range",
            "ranges",
            "needed",
            "needs",
            "need",
            "ratifications",
            "percent",
            "kilometers",
            "kilograms",
            "banned",
            "bans",
            "ban",
            "covered",
            "covers",
            "defined",
            "defines",
            "those",
            "completed",
            "complete",
            "formal",
            "notice",
            "notified",
            // Words that restate a bound ("an upper limit of", "among the states that have ratified"), and the "citing"
            // of a report credited to an outlet. ("only" and "all" are read only where they restate a bound: see
            // Bounding.)
            // The legislature whose approval is reported as a state's ratification ("the Russian Duma approved").
            "senate",
            "duma",
            "parliament",
            "legislature",
            "lawmakers",
            "upper",
            "maximum",
            "among",
            "citing",
            // A contrast joins two things said, each read by its own aspect ("ratified …, but it never entered into
            // force"); staying in force is read with the length it stayed.
            "but",
            // "set a deadline", "obliged each side to be at or below": how a limit or deadline is said.
            "set",
            "sets",
            // "instruments of ratification are deposited with …": the depositary's words.
            "instrument",
            "instruments",
            "deposited",
            "obliged",
            "obliges",
            "obligated",
            "below",
            "stayed",
            "stays",
            "stay",
            "eliminate",
            "eliminated",
            "eliminating",
            "elimination",
        ]),
        StringComparer.OrdinalIgnoreCase
    );

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:the\s+)?(?:Soviet\s+Union|Soviets|USSR|U\.S\.S\.R\.?)(?!\w)")]
    private static partial System.Text.RegularExpressions.Regex SovietUnion();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:cannot|can\s+not|can't|will\s+not|won't|does\s+not|doesn't)\s+(?=(?:enter|come|go)\s+into\s+"
            + @"force\s+(?:until|unless|before)\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex NotUntil();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\bonly(?=\s+(?:up\s+to|to|at|\d))|\ball(?=\s+\d)|"
            + @"\ball\b(?=[^.;]*\b(?:eliminat|destr|dismantl|ban|prohibit)\w*)|"
            + @"(?<=\b(?:eliminat\w*|ban\w*|destr\w*|prohibit\w*|dismantl\w*)(?:\s+of)?\s+)all\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex Bounding();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex AnyWord();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\bneither\s+(?:side|party|country|state)\b(?=[^.;]*\b(?:more\s+than|above|over|exceed)\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex NeitherSide();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\benriched\s+(?:up\s+)?to\s+(?:[0-9]|1[0-9])(?:\.\d+)?\s*(?:%|percent)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex LowEnrichment();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\blow(?=[-\s]enriched\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase
    )]
    private static partial System.Text.RegularExpressions.Regex LowEnriched();

    /// <summary>
    /// Words of a claim that no aspect read ("…and includes on-site inspections", "for the second time"): a claim
    /// whose aspects are all supported is supported only if nothing else is said. Paraphrases and quotations read all
    /// their words.
    /// </summary>
    private static ClaimAspect? Unchecked(Context c, List<ClaimAspect> aspects)
    {
        if (aspects.Any(a => a.Kind is AspectKind.Paraphrase or AspectKind.Quotation))
            return SaidOnWeekday(c, aspects) ?? SaidWhen(c) ?? SaidMore(c.Text, aspects);
        var p = c.P;
        var read = new List<(int Start, int End)>();
        read.AddRange(p.Treaties.Select(t => (t.Span.Start, t.Span.End)));
        // "the 1987 INF Treaty": the year before a treaty's name is how it is called (ClaimParser drops it as a date).
        foreach (var t in p.Treaties)
            if (YearBeforeName().Match(c.Text[..t.Span.Start]) is { Success: true } y)
                read.Add((y.Index, y.Index + y.Length));
        // A title ("Russian Prime Minister") is a claim about an office, which no aspect checks: its words stay unread.
        // Only the words of an actor's name are read: "Prime Minister" before "Vladimir Putin" is not.
        var names = p
            .Actors.Where(a => a.Resolution == "name")
            .SelectMany(a => AnyWord().Matches(a.Name).Select(w => w.Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // "Biden extended New START in 2021": a person named as the doer of a treaty's act is checked by no aspect of
        // dates, limits or status (the catalog records states' acts), so the name stays unread there.
        var personChecked = aspects.Any(a =>
            a.Kind is AspectKind.Event or AspectKind.Attribution or AspectKind.Quotation or AspectKind.Paraphrase
        );
        read.AddRange(
            p.Actors.Where(a => a.Resolution == "name" && (a.Kind != "person" || personChecked))
                .SelectMany(a =>
                    AnyWord()
                        .Matches(a.Span.Quote)
                        .Where(w => names.Contains(w.Value) || a.Kind != "person")
                        .Select(w => (a.Span.Start + w.Index, a.Span.Start + w.Index + w.Length))
                )
        );
        read.AddRange(p.Dates.Select(d => (d.Span.Start, d.Span.End)));
        read.AddRange(c.Read);
        read.AddRange(p.Decades.Select(d => (d.Span.Start, d.Span.End)));
        // "The Soviet Union and the United States signed the ABM Treaty": the USSR is the party the treaty's full
        // name gives (Russia continues it in the catalog), so naming it says nothing unchecked.
        if (
            c.Treaty is { } named
            && c.Db.ExecuteScalar<string?>("SELECT full_name FROM treaties WHERE slug = @s", new { s = named.Slug })
                is { } full
            && full.Contains("Soviet Socialist Republics", StringComparison.Ordinal)
        )
            read.AddRange(SovietUnion().Matches(c.Text).Select(m => (m.Index, m.Index + m.Length)));
        read.AddRange(p.Quantities.Select(q => (q.Span.Start, q.Span.End)));
        read.AddRange(p.Durations.Select(x => (x.Span.Start, x.Span.End)));
        // A supported meeting was matched on its weekday too.
        if (
            p.Weekday is { } weekday
            && aspects.Any(a => a.Kind == AspectKind.Event)
            && c.Text.IndexOf(weekday, StringComparison.Ordinal) is var wd and >= 0
        )
            read.Add((wd, wd + weekday.Length));
        // "The CFE Treaty ceased to be in force when Russia's withdrawal took effect": words of a treaty's end that no
        // aspect weighed (no date of that kind was compared, no status read) stay unread.
        read.AddRange(
            p.DateWords.Where(w =>
                    w.Kind is not (ClaimDateKind.Terminated or ClaimDateKind.Expires)
                    || p.Status is not null
                    || aspects.Any(a =>
                        a.DateKind is TreatyDateKind.Terminated or TreatyDateKind.Expires
                        || a.Kind is AspectKind.Status or AspectKind.Deadline
                        || (a.Kind == AspectKind.TreatyDate && a.DateKind is null)
                    )
                    || !aspects.Any(a => a.Kind == AspectKind.TreatyDate)
                )
                .Select(w => (w.Span.Start, w.Span.End))
        );
        if (p.Status is { } s)
            read.Add((s.Span.Start, s.Span.End));
        // "had not yet joined" as of a date: the negation was read as the status on that day.
        if (c.AsOfRead && NotYetWords().Match(c.Text) is { Success: true } notYet)
            read.Add((notYet.Index, notYet.Index + notYet.Length));
        if (p.Membership is { } m)
            read.Add((m.Span.Start, m.Span.End));
        if (p.TreatyKind is { } tk)
            read.Add((tk.Span.Start, tk.Span.End));
        // A title checked against the person's roles ("President Vladimir Putin") is read.
        foreach (var title in aspects.Where(a => a.Kind == AspectKind.Event && a.Verdict == ClaimVerdict.Supported))
            if (c.Text.IndexOf(title.Text, StringComparison.Ordinal) is var ti and >= 0)
                read.Add((ti, ti + title.Text.Length));
        // A title speaker ("Russia's presidential press secretary said") resolved to who said the words is read.
        if (
            p.TitleSpeaks
            && aspects.Any(a => a.Kind == AspectKind.Quotation && a.Verdict == ClaimVerdict.Supported)
            && SpeakerTitle().Match(c.Text) is { Success: true } st
        )
            read.Add((st.Index, st.Index + st.Length));
        // A place is read where an aspect compared it (a signing's, a meeting's); "limits warheads in Europe" is not.
        if (
            p.Place is { } place
            && c.Text.IndexOf(place, StringComparison.Ordinal) is var at and >= 0
            && (
                aspects.Any(a =>
                    a.Text.Contains(place, StringComparison.Ordinal)
                    || a.Explanation.Contains(place, StringComparison.Ordinal)
                )
                // "the treaty signed in Helsinki": a signing's place, which chose the treaty or its signing aspect.
                || SigningPlaceNamed(c.Text, place)
            )
        )
            read.Add((at, at + place.Length));
        if (PartyCountWords().Match(c.Text) is { Success: true } pc)
        {
            read.Add((pc.Index, pc.Index + pc.Length));
            // "fewer than 180 states": the comparator was compared with the count.
            if (CountComparator().Match(c.Text[..pc.Index]) is { Success: true } cmp)
                read.Add((cmp.Index, cmp.Index + cmp.Length));
        }
        // "only up to 3.67 percent", "all 44 states", "the elimination of all warheads": a bound restated. ("Only
        // the United States has ratified" says that no one else has, which no aspect checks.)
        if (aspects.Any(a => a.Kind is AspectKind.Limit or AspectKind.Deadline))
            read.AddRange(Bounding().Matches(c.Text).Select(m => (m.Index, m.Index + m.Length)));
        // "some 1,550 warheads" of a 1,550 limit: the figure's hedge was weighed with it.
        foreach (var q in p.Quantities)
            if (
                aspects.Any(a => a.Kind == AspectKind.Limit && a.Text == q.Span.Quote)
                && Approximately().Match(c.Text[..q.Span.Start]) is { Success: true } h
            )
                read.Add((h.Index, h.Index + h.Length));
        // "neither side may keep more than 800": each side's bound, said through its negation.
        if (aspects.Any(a => a.Kind == AspectKind.Limit))
            read.AddRange(NeitherSide().Matches(c.Text).Select(m => (m.Index, m.Index + m.Length)));
        // "low-enriched uranium" of a limit on uranium enriched up to a few percent (under 20: low-enriched).
        if (
            aspects.SelectMany(a => a.Evidence).Any(e => LowEnrichment().IsMatch(e.Summary))
            && LowEnriched().Match(c.Text) is { Success: true } leu
        )
            read.Add((leu.Index, leu.Index + leu.Length));
        // "cannot enter into force until 44 states ratify it": the negation is how a threshold is said.
        if (
            aspects.Any(a => a.Kind == AspectKind.Limit)
            && p.Quantities.Any(q => q.Unit == "ratifications")
            && NotUntil().Match(c.Text) is { Success: true } nu
        )
            read.Add((nu.Index, nu.Index + nu.Length));
        // A word the supporting facts themselves use ("mobile ICBMs" of a limit on "warheads attributed to deployed
        // ICBMs on mobile launchers") is checked by them.
        var evidenceWords = aspects
            .SelectMany(a => a.Evidence)
            .SelectMany(e => AnyWord().Matches(e.Summary))
            .Select(w => Stem(w.Value))
            .ToHashSet(StringComparer.Ordinal);
        // "France joined the NPT in 1992, a year before China did": one act dated against another's, not compared.
        if (
            BeforeOtherDid().Match(c.Text) is { Success: true } other
            // (unless an aspect read the other state's act: "two days before Russia did", ClaimChecker.Intervals)
            && !c.Read.Any(r => r.Start < other.Index + other.Length && other.Index + other.Length <= r.End)
        )
            return new(
                AspectKind.Input,
                ClaimVerdict.Unverifiable,
                other.Value,
                $"The claim dates one act against another (\"{other.Value}\"), which is not compared.",
                null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        // "revoked in November 2023, seventeen years after it had been deposited": a length of time between two acts
        // that no aspect compared (ClaimChecker.Intervals reads the ones it can) is not supported by either act.
        foreach (var d in p.Durations)
            if (
                CountedOnward().IsMatch(c.Text[d.Span.End..])
                && !aspects.Any(a => a.Text.Contains(d.Span.Quote, StringComparison.Ordinal))
            )
                return new(
                    AspectKind.Input,
                    ClaimVerdict.Unverifiable,
                    d.Span.Quote,
                    $"The claim counts {d.Span.Quote} from another act, and that length of time was not compared.",
                    null,
                    c.Treaty?.Slug,
                    null,
                    [],
                    0
                );
        // "Iran has still not ratified the CTBT it signed in 1996": what a state has not done, beside an act that was
        // checked, is read by no aspect; the act checked does not make the claim supported.
        if (
            NegatedAct().Match(c.Text) is { Success: true } notDone
            && !(
                p.Membership is { } denied
                && denied.Span.Start <= notDone.Groups["act"].Index
                && notDone.Groups["act"].Index < denied.Span.End
            )
            && !aspects.Any(a => a.Text.Contains(notDone.Groups["act"].Value, StringComparison.OrdinalIgnoreCase))
            && !(c.AsOfRead && NotYetWords().IsMatch(c.Text))
        )
            return new(
                AspectKind.Input,
                ClaimVerdict.Unverifiable,
                notDone.Value,
                $"The claim also says what was not done (\"{notDone.Value}\"), which no fact compared settles.",
                null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        var rest = AnyWord()
            .Matches(c.Text)
            .Where(w => !read.Any(r => r.Start <= w.Index && w.Index < r.End))
            .Select(w => w.Value)
            .Where(w => !Filler.Contains(w) && !(w.Length <= 2 && !char.IsDigit(w[0])))
            .Where(w => !evidenceWords.Contains(Stem(w)))
            .ToList();
        if (rest.Count == 0)
            return null;
        return new(
            AspectKind.Input,
            ClaimVerdict.Unverifiable,
            string.Join(" ", rest),
            $"The claim also says more than was checked (\"{string.Join(" ", rest)}\"): that part is not in the "
                + $"facts compared.",
            null,
            c.Treaty?.Slug,
            null,
            [],
            0
        );
    }

    /// <summary>
    /// "gave his 'very positive' assessment on the day of the summit itself": when the words were said, told by
    /// another event and not by a date, is compared by no aspect (a quotation's date is compared only with a date).
    /// </summary>
    private static ClaimAspect? SaidWhen(Context c)
    {
        if (c.P.Dates.Count > 0)
            return null;
        foreach (Match m in RelativeTime().Matches(c.Text))
        {
            if (InsideQuotes(c.Text, m.Index))
                continue;
            return new(
                AspectKind.Input,
                ClaimVerdict.Unverifiable,
                m.Value,
                $"The claim says when the words were said (\"{m.Value}\"), which was not compared.",
                null,
                null,
                null,
                [],
                0
            );
        }
        return null;
    }

    /// <summary>
    /// "A Kremlin spokesman on Wednesday called the talks 'very positive'": the day of the week the words were said,
    /// compared with the days the sources date those words to. Contradicted when every statement found is dated to
    /// a day and none falls on that weekday; unverifiable when one is not dated to a day; null when one matches.
    /// </summary>
    private static ClaimAspect? SaidOnWeekday(Context c, List<ClaimAspect> aspects)
    {
        if (c.P.Dates.Count > 0)
            return null;
        var m = OnWeekday().Match(c.Text);
        if (!m.Success || InsideQuotes(c.Text, m.Index))
            return null;
        var said = aspects
            .Where(a => a.Kind is AspectKind.Paraphrase or AspectKind.Quotation && a.Verdict == ClaimVerdict.Supported)
            .ToList();
        var statements = said.SelectMany(a => a.Evidence)
            .Where(e => e.Kind == "statement")
            .Select(e => FactQueries.StatementById(c.Db, e.Id))
            .OfType<Statement>()
            .ToList();
        if (said.Count == 0 || statements.Count == 0)
            return null;
        var weekday = Enum.Parse<DayOfWeek>(m.Groups["d"].Value, ignoreCase: true);
        var days = statements
            .Select(s =>
                s.Date is { Precision: "day" } d
                    ? DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : (DateOnly?)null
            )
            .ToList();
        if (days.Any(d => d?.DayOfWeek == weekday))
            return null;
        var who = said[0].Kind;
        // "Obama, who met Putin on Monday, said …": a weekday may date another event of the claim than the words.
        if (days.Any(d => d is null) || OtherEventWords().IsMatch(c.Text))
            return new(
                who,
                ClaimVerdict.Unverifiable,
                m.Value,
                $"The claim says the words were said {m.Value}, but the sources do not date them to a day, or the "
                    + "weekday may date another event of the claim.",
                null,
                c.Treaty?.Slug,
                null,
                statements.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(),
                statements.Count
            );
        var shown = string.Join(
            " or ",
            days.Distinct().Select(d => d!.Value.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture))
        );
        return new(
            who,
            ClaimVerdict.Contradicted,
            m.Value,
            $"The sources date these words to {shown}, not to a {weekday}, according to "
                + $"{Where(statements[0].Source)}.",
            shown,
            c.Treaty?.Slug,
            null,
            statements.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(),
            statements.Count
        );
    }

    /// <summary>Inside quotation marks: an odd number of straight marks, or more opening than closing curly ones,
    /// before it.</summary>
    private static bool InsideQuotes(string text, int at)
    {
        var before = text.AsSpan(0, at);
        return before.Count('"') % 2 != 0 || before.Count('\u201C') != before.Count('\u201D');
    }

    [GeneratedRegex(
        @"\b(?:met|meets?|meeting|summit|talks|session|conference|visit\w*|vote\w*|signed|ratified|announced|"
            + @"held|took\s+place)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex OtherEventWords();

    [GeneratedRegex(@"\b(?i:on)\s+(?:a\s+)?(?<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex OnWeekday();

    [GeneratedRegex(
        @"\b(?:on\s+the\s+(?:very\s+)?(?:same\s+)?day|the\s+(?:same|very|next|following|previous)\s+(?:day|week|"
            + @"morning|evening)|(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+(?:after|before|later|earlier)|"
            + @"(?:the\s+)?day\s+(?:after|before)|beforehand|afterwards?|on\s+the\s+eve\s+of)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex RelativeTime();

    /// <summary>
    /// "X called the talks 'very positive' but said the dialogue had been confrontational": a quotation's words read,
    /// and a second saying joined to it, outside the quotation marks, that no aspect read (no paraphrase): what else
    /// the speaker is said to have said keeps the claim from being supported.
    /// </summary>
    private static ClaimAspect? SaidMore(string text, List<ClaimAspect> aspects)
    {
        if (aspects.Any(a => a.Kind == AspectKind.Paraphrase))
            return null;
        foreach (Match m in SecondSaying().Matches(text))
        {
            if (InsideQuotes(text, m.Index))
                continue;
            var rest = text[m.Index..].TrimEnd('.', ' ');
            // "… and added 'a second quotation'": quoted words, which a quotation aspect reads.
            if (rest.Contains('"') || rest.Contains('\u201C'))
                continue;
            return new(
                AspectKind.Input,
                ClaimVerdict.Unverifiable,
                rest,
                $"The claim also says \"{rest}\", a second statement beside the quotation that was not checked.",
                null,
                null,
                null,
                [],
                0
            );
        }
        return null;
    }

    [GeneratedRegex(
        @"\b(?:but|and|while|yet|though|although)\s+(?:(?:he|she|they|it)\s+)?(?:also\s+|later\s+)?"
            + @"(?:said|says|told|added|adds|called|described|insisted|warned|stressed|noted|claimed|argued)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex SecondSaying();

    // "a year before China did", "months after Russia had": the time between two states' acts.
    [GeneratedRegex(
        @"\b(?:before|after|ahead\s+of)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}"
            + @"(?:did|had|was|were|could|joined|ratified|signed|acceded)\b"
    )]
    private static partial Regex BeforeOtherDid();

    [GeneratedRegex(@"^\s*(?:after|before|later|earlier|since|from|on\s+from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedOnward();

    // "has still not ratified", "never joined", "has yet to sign": an act of a state, denied.
    [GeneratedRegex(
        @"(?:\b(?:not|never)|\b\w+n't|\byet\s+to)\s+(?:(?:yet|still|ever|formally|fully|been)\s+)?"
            + @"(?<act>ratif\w*|sign\w*|join\w*|acced\w*|withdr\w*|suspend\w*|accept\w*|approv\w*|adher\w*)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex NegatedAct();

    [GeneratedRegex(@"\b(?:19|20)\d\d(?=\s+$)")]
    private static partial Regex YearBeforeName();
}
