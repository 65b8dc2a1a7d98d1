using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.Claims;

/// <summary>
/// Guards on contradictions: a claim is called false only where the checker read every word the contradiction rests
/// on. Each reading below was once sure of a claim it had half read ("signed in Helsinki in March 1992, had 32 states
/// parties at the start of 2022" compared 2022 with the signing; "More than a decade after it was signed, the INF
/// Treaty was still in force" compared today's status). Where a word the reading did not weigh stands in the clause
/// of the contradiction, the aspect says so and is unverifiable: precision comes first.
/// </summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// Words that carry no claim of their own in a clause of a date, status or membership: articles, pronouns,
    /// auxiliaries, prepositions that do not count time, the nouns a treaty or state is called by, and the light verbs
    /// of an act ("came into force", "took effect"). A word outside this set, not read by any part of the parse, is
    /// something the clause says that the comparison did not weigh.
    /// </summary>
    private static readonly HashSet<string> LinkWords = new(
        ClaimParser.FunctionWords.Concat([
            "which",
            "who",
            "whose",
            "both",
            "each",
            "either",
            "these",
            "those",
            "he",
            "she",
            "his",
            "her",
            "we",
            "our",
            "do",
            "does",
            "did",
            "being",
            "having",
            "officially",
            "formally",
            "finally",
            "itself",
            "u",
            "us",
            "treaty",
            "treaties",
            "accord",
            "agreement",
            "pact",
            "deal",
            "convention",
            "came",
            "come",
            "comes",
            "took",
            "take",
            "takes",
            "went",
            "go",
            "goes",
            "became",
            "become",
            "place",
            "effect",
            "force",
            "into",
            "from",
            "state",
            "states",
            "country",
            "countries",
            "party",
            "parties",
            "side",
            "sides",
            "government",
            "governments",
        ]),
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>
    /// A time counted from another event ("seven years after it took effect", "before its December 2012 deadline"):
    /// the date beside it is not the day of the act named. Never a link word where no reading weighed it.
    /// </summary>
    private static readonly HashSet<string> TimeTurns = new(
        ["after", "before", "since", "following", "prior", "during", "ago", "later", "earlier", "once", "when", "then"],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>
    /// A part or share of what is named ("its central limits", "Russia alone"), or a negation no reading weighed
    /// ("had not been revoked"): the sources' date or figure for the whole is not the claim's.
    /// </summary>
    private static readonly HashSet<string> PartTurns = new(
        ["central", "alone", "except", "excluding", "combined", "together", "never", "not", "yet", "no", "nor"],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>The turns of a figure: a time counted from another event, a share of a group.</summary>
    private static readonly HashSet<string> FigureTurns = new(
        [
            "after",
            "before",
            "since",
            "following",
            "prior",
            "during",
            "ago",
            "later",
            "earlier",
            "alone",
            "except",
            "excluding",
            "combined",
            "together",
        ],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>
    /// How a date is placed in its year or month ("early 2022", "at the end of 1991", "back in 1993").
    /// </summary>
    private static readonly HashSet<string> DateQualifiers = new(
        [
            "early",
            "late",
            "mid",
            "start",
            "end",
            "beginning",
            "middle",
            "back",
            "already",
            "first",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
        ],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>How a notice of withdrawal is given ("served notice", "filed its notice").</summary>
    private static readonly HashSet<string> NoticeWords = new(
        ["served", "serve", "serves", "filed", "submitted", "delivered", "lodged", "handed"],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>How a reduction to a figure is said ("get down to", "bring … down to").</summary>
    private static readonly HashSet<string> ReductionWords = new(
        ["get", "bring", "down", "cut", "cuts", "reach", "meet", "met"],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>
    /// Where a contradiction rests on a clause with words no reading weighed, the aspect becomes unverifiable and says
    /// which words. Status and membership compared for today also need a claim that names no other time.
    /// </summary>
    private static void Guard(Context c, List<ClaimAspect> aspects)
    {
        // "The Kremlin spokesman told reporters that Obama had called the dialogue '…'": one person reports what
        // another said; words found verbatim show who said them, not that the second person did.
        if (ReportedSpeech().Match(c.Text) is { Success: true } nested)
            for (var i = 0; i < aspects.Count; i++)
                if (
                    aspects[i]
                        is { Verdict: ClaimVerdict.Supported, Kind: AspectKind.Quotation or AspectKind.Paraphrase }
                    && c.P.Actors.Any(o =>
                        o.Kind == "person" && o.Span.Start >= nested.Index && o.Span.End <= nested.Index + nested.Length
                    )
                )
                    aspects[i] = aspects[i] with
                    {
                        Verdict = ClaimVerdict.Unverifiable,
                        Explanation =
                            $"The claim reports one speaker telling what another said (\"{nested.Value}\"), which is "
                            + "not checked: the words found show only who said them. "
                            + aspects[i].Explanation,
                    };
        if (!aspects.Any(a => a.Verdict == ClaimVerdict.Contradicted))
            return;
        var read = ParsedSpans(c);
        for (var i = 0; i < aspects.Count; i++)
        {
            var a = aspects[i];
            if (a.Verdict != ClaimVerdict.Contradicted)
                continue;
            var why = a.Kind switch
            {
                // A date of a kind: every word of its clause read, or a link word; a time counted from another
                // event, a part of the treaty or a negation that no reading weighed is never a link word.
                AspectKind.TreatyDate => Unweighed(c, a, read, w => Passes(w, TimeTurns, PartTurns)),
                // What is due may be said in many words ("had to be completed by"); a time counted from another
                // event still turns it.
                AspectKind.Deadline => Unweighed(c, a, read, w => Passes(w, TimeTurns, null)),
                // A figure: its unit and comparators are weighed by the limit; a time counted from another event or
                // a share of a group ("Russia alone") is not.
                AspectKind.Limit => OpenBound(c, a) ?? Unweighed(c, a, read, w => !FigureTurns.Contains(w)),
                AspectKind.Status or AspectKind.Membership => OtherTime(c, a)
                    ?? CountAtOtherTime(c, a)
                    ?? CountBound(c, a),
                // Words or a paraphrase: they read every word, but who said them must be the speech verb's subject.
                AspectKind.Quotation or AspectKind.Paraphrase => NotTheSpeaker(c),
                _ => null,
            };
            if (why is not null)
                aspects[i] = a with
                {
                    Verdict = ClaimVerdict.Unverifiable,
                    Expected = null,
                    Explanation = why + " " + a.Explanation,
                };
        }
    }

    /// <summary>A word a clause may say beside the parts read: a link word or filler, never one of the turns.</summary>
    private static bool Passes(string w, HashSet<string> turns, HashSet<string>? more) =>
        !turns.Contains(w)
        && !(more?.Contains(w) ?? false)
        && (
            LinkWords.Contains(w)
            || Filler.Contains(w)
            || DateQualifiers.Contains(w)
            || ReductionWords.Contains(w)
            || NoticeWords.Contains(w)
        );

    /// <summary>
    /// The spans of the claim its parse and its readings read: treaties, actors, dates with the preposition before
    /// them, figures, the words of kinds, a party count with its comparator, a negation a date's reading weighed.
    /// </summary>
    private static List<(int Start, int End)> ParsedSpans(Context c)
    {
        var p = c.P;
        var read = new List<(int Start, int End)>();
        read.AddRange(p.Treaties.Select(t => (t.Span.Start, t.Span.End)));
        read.AddRange(p.Actors.Select(a => (a.Span.Start, a.Span.End)));
        foreach (var d in p.Dates.Concat(p.Decades))
        {
            read.Add((d.Span.Start, d.Span.End));
            // "open since 1994", "until 1995": the preposition right before a date is the date's own; a time
            // counted from an event ("after it was signed") is not.
            if (PrepositionBefore().Match(c.Text[..d.Span.Start]) is { Success: true } m)
                read.Add((m.Index, m.Index + m.Length));
        }
        read.AddRange(p.Durations.Select(d => (d.Span.Start, d.Span.End)));
        read.AddRange(p.Quantities.Select(q => (q.Span.Start, q.Span.End)));
        read.AddRange(p.AllQuotations.Select(q => (q.Start, q.End)));
        read.AddRange(c.Read);
        foreach (var w in p.DateWords)
        {
            read.Add((w.Span.Start, w.Span.End));
            // "was not signed in 1987": the negation right before a date's words is weighed (Negation).
            var before = c.Text[ClauseStart(c.Text, w.Span.Start)..w.Span.Start];
            if (NegatedBefore().Match(before) is { Success: true } n)
                read.Add((w.Span.Start - before.Length + n.Index, w.Span.Start));
        }
        // "It was not until 10 October 1968 that …": the day it did.
        read.AddRange(NotUntilDate().Matches(c.Text).Select(m => (m.Index, m.Index + m.Length)));
        if (p.Status is { } s)
            read.Add((s.Span.Start, s.Span.End));
        if (p.Membership is { } ms)
            read.Add((ms.Span.Start, ms.Span.End));
        if (p.TreatyKind is { } k)
            read.Add((k.Span.Start, k.Span.End));
        if (p.Place is { } place && c.Text.IndexOf(place, StringComparison.Ordinal) is var at and >= 0)
            read.Add((at, at + place.Length));
        if (PartyCountWords().Match(c.Text) is { Success: true } pc)
        {
            read.Add((pc.Index, pc.Index + pc.Length));
            if (CountComparator().Match(c.Text[..pc.Index]) is { Success: true } cmp)
                read.Add((cmp.Index, cmp.Index + cmp.Length));
        }
        // "cannot enter into force until 44 states ratify it": how a threshold is said.
        if (NotUntil().Match(c.Text) is { Success: true } nu)
            read.Add((nu.Index, nu.Index + nu.Length));
        return read;
    }

    /// <summary>
    /// The words of the contradiction's clauses that no reading weighed and that <paramref name="passes"/> does not
    /// let through, as a sentence; null when there are none. The clauses are those of the aspect's parts (a date's
    /// words and its date); where they are two, the words between them belong to other clauses, each read by its own
    /// aspect, and where the date's clause names a treaty of its own, its verb is left out ("…, and New START in
    /// 2010") and only the date's clause is weighed. Words the sources' facts themselves use are read by them.
    /// </summary>
    private static string? Unweighed(
        Context c,
        ClaimAspect a,
        List<(int Start, int End)> read,
        Func<string, bool> passes
    )
    {
        if (PartsIn(c.Text, a.Text) is not { } own)
            return null;
        // "As of 1990, France had not yet joined": a standing on that day, not the day of the act.
        if (a.Kind == AspectKind.TreatyDate && AsOfBefore().IsMatch(c.Text[..own[^1].Start]))
            return $"The claim gives \"{c.Text[own[^1].Start..own[^1].End]}\" as the day of a standing (\"as of\"), "
                + "not of the act, so it is not called false.";
        var clauses = own.Select(o =>
                (Start: GuardClauseStart(c.Text, o.Start, read), End: GuardClauseEnd(c.Text, o.End, read))
            )
            .Distinct()
            .ToList();
        if (clauses.Count > 1)
        {
            var last = clauses[^1];
            var date = own[^1];
            if (c.P.Treaties.Any(t => last.Start <= t.Span.Start && t.Span.End <= last.End))
                clauses = [last];
            else if (clauses.Min(x => x.End) > clauses.Max(x => x.Start))
                clauses = [(clauses.Min(x => x.Start), clauses.Max(x => x.End))];
            // "signed in Helsinki in March 1992, had 32 states parties at the start of 2022": a date in a clause of
            // its own words is that clause's, not the date of the words in another ("In 1967, …" is no clause).
            else if (
                AnyWord()
                    .IsMatch(c.Text[last.Start..date.Start].Trim()[..^PrepositionTail(c.Text, last.Start, date.Start)])
                || AnyWord().IsMatch(c.Text[date.End..last.End])
            )
                return $"The claim gives \"{c.Text[date.Start..date.End]}\" in a clause of its own (\""
                    + $"{c.Text[last.Start..last.End].Trim()}\"), so it is not the date of "
                    + $"\"{c.Text[own[0].Start..own[0].End]}\" and is not called false.";
        }
        var facts = a.Evidence.Select(e => e.Summary).Append(Sourceless(a.Explanation));
        var known = facts.SelectMany(f => AnyWord().Matches(f)).Select(w => Stem(w.Value)).ToHashSet();
        var rest = clauses
            .SelectMany(cl =>
                AnyWord().Matches(c.Text[cl.Start..cl.End]).Select(w => (Start: cl.Start + w.Index, w.Value))
            )
            .Where(w => !own.Any(r => r.Start <= w.Start && w.Start < r.End))
            .Where(w => !read.Any(r => r.Start <= w.Start && w.Start < r.End))
            .Where(w => !passes(w.Value) && !known.Contains(Stem(w.Value)))
            .Where(w => !(w.Value.Length == 1 && !char.IsDigit(w.Value[0])))
            .Select(w => w.Value)
            .Distinct()
            .ToList();
        if (rest.Count == 0)
            return null;
        return $"The claim also says \"{string.Join(" ", rest)}\" where it gives this, which was not checked and may "
            + "change what it means, so it is not called false.";
    }

    /// <summary>
    /// How many characters of text[from..to] (trimmed) are the preposition and article a date is said with.
    /// </summary>
    private static int PrepositionTail(string text, int from, int to)
    {
        var before = text[from..to].Trim();
        return DatePreposition().Match(before) is { Success: true } m ? m.Length : 0;
    }

    [GeneratedRegex(
        @"(?:^|\s)(?:(?:since|until|till|through|by|from|in|on|at|of|as\s+of|early|late|mid)\s*|the\s*)+$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DatePreposition();

    /// <summary>An explanation without the source it names ("…, according to &lt;title&gt;").</summary>
    private static string Sourceless(string explanation) =>
        explanation.IndexOf(", according to", StringComparison.Ordinal) is var i and >= 0
            ? explanation[..i]
            : explanation;

    /// <summary>
    /// A figure given as an open bound ("in excess of 1,600", "below four percent", "at least 700") says where the
    /// number lies, not what it is; "between seventeen hundred and twenty-two hundred" read as one figure was not read
    /// as its two ends. Neither is compared with a limit as if it were the limit. ("no more than 800" and "up to 800"
    /// state the limit itself.)
    /// </summary>
    private static string? OpenBound(Context c, ClaimAspect a)
    {
        if (c.P.Quantities.FirstOrDefault(q => q.Span.Quote == a.Text) is not { } q)
            return null;
        var before = c.Text[..q.Span.Start];
        // "neither side may keep more than 800", "at or below 2,200": a negated or inclusive bound states the limit.
        if (
            OpenBoundBefore().Match(before) is { Success: true } bound
            && !NegatedBound().IsMatch(before[^Math.Min(60, before.Length)..])
        )
            return $"The claim gives a bound (\"{bound.Value.Trim()} {a.Text}\"), not the figure itself, so it is not "
                + "called false.";
        if (q.Min is null && BetweenBefore().IsMatch(before))
            return $"The claim gives a span (\"between … {a.Text}\") that was not read as its two ends, so it is not "
                + "called false.";
        return null;
    }

    /// <summary>
    /// A status or standing compared for today, in a claim that names another time no reading used ("More than a
    /// decade after it was signed, … was still in force"; "In 2019, …, New START was still in force"; "As of 2015,
    /// …"): the status then is not today's.
    /// </summary>
    private static string? OtherTime(Context c, ClaimAspect a)
    {
        if (!a.Explanation.Contains($"today ({Iso(c.Today)})", StringComparison.Ordinal))
            return null;
        // "is still in force, thirty years after it was signed": the present tense says today.
        if (PartsIn(c.Text, a.Text) is [var own, ..] && PresentStatus().IsMatch(c.Text[..own.End]))
            return null;
        var said =
            TimeWords().Match(c.Text) is { Success: true } time ? time.Value
            : PastTense().IsMatch(c.Text) ? c.P.Dates.Concat(c.P.Decades).FirstOrDefault()?.Span.Quote
            : null;
        if (said is null)
            return null;
        return $"The claim speaks of another time (\"{said}\") than today, and the status was compared only for today, "
            + "so it is not called false.";
    }

    /// <summary>
    /// A quotation or paraphrase contradicted for its speaker, where the person read as the speaker does not stand
    /// beside a verb of saying as its subject ("The Kremlin spokesman said the dialogue between Obama and Putin …",
    /// "…, the U.S. president said after meeting Putin", "After meeting Putin, Obama said …"): who is said to have
    /// spoken is not sure, so the words are not called someone else's.
    /// </summary>
    private static string? NotTheSpeaker(Context c)
    {
        // "Even as the presidents acknowledged '…', Putin's spokesman insisted '…'": two sayings and more than one
        // who speaks; which words go with whom is not read, so neither is called someone else's.
        if (c.P.AllQuotations.Count > 1 && (c.P.Speaker is not null || c.P.TitleSpeaks))
            return "The claim quotes more than one saying, and which of them its speaker is given is not read, so "
                + "whose words they are is not called false.";
        // "Obama and Putin did not agree to …" says no one said it: the reports are compared, no speaker.
        if (c.P.Speaker is not { } s || !(c.P.Says || c.P.Quotation is not null))
            return null;
        var after = c.Text[s.Span.End..];
        var before = c.Text[..s.Span.Start];
        // "Peskov said", "Peskov, the Kremlin spokesman, said", "said Peskov", "AFP quoted Peskov as saying".
        if (SayAfterSpeaker().Match(after) is { Success: true } next)
        {
            var verb = next.Groups["v"].Index;
            var between = after[..verb];
            var inside = c
                .P.Actors.Where(o =>
                    o.Kind == "person" && o.Span.Start >= s.Span.End && o.Span.Start < s.Span.End + verb
                )
                .ToList();
            // "Obama and Putin said …": a speaker beside him in the subject, each a speaker of the statement found
            // (the paraphrase reading checks it), is no other subject.
            var joined = between.ToCharArray();
            foreach (var o in inside.Where(o => o.Span.End <= s.Span.End + verb))
                for (var i = o.Span.Start - s.Span.End; i < o.Span.End - s.Span.End; i++)
                    joined[i] = ' ';
            if (
                inside.Count == 0
                || (
                    c.P.Quotation is null
                    && Regex.IsMatch(new string(joined), @"^(?:\s|,|\band\b|&)*$", RegexOptions.IgnoreCase)
                )
            )
                if (!between.Contains('"') && !between.Contains('\u201C'))
                    return null;
        }
        if (SayBeforeSpeaker().IsMatch(before))
            return null;
        return $"The claim does not make {s.Name} the one who says it (\"{s.Span.Quote}\" is not the subject of its "
            + "verb of saying), so whose words they are is not called false.";
    }

    /// <summary>
    /// "Fewer than 180 states had ratified": a count given as an open bound is compared only where the reading says
    /// it weighed the bound (its explanation names it).
    /// </summary>
    private static string? CountBound(Context c, ClaimAspect a)
    {
        if (c.Text.IndexOf(a.Text, StringComparison.Ordinal) is not (var at and >= 0))
            return null;
        if (OpenBoundBefore().Match(c.Text[..at]) is not { Success: true } bound)
            return null;
        var said = bound.Value.Trim();
        if (a.Explanation.Contains(said, StringComparison.OrdinalIgnoreCase))
            return null;
        return $"The claim gives a bound (\"{said} {a.Text}\"), which was not weighed, so it is not called false.";
    }

    /// <summary>
    /// "entered into force in 2002 with 34 states parties": a party count compared with the sources' count of another
    /// day, where the claim gives a date the count was not read with, may be the count of that date.
    /// </summary>
    private static string? CountAtOtherTime(Context c, ClaimAspect a)
    {
        if (c.CountDate is not null || !PartyCountWords().IsMatch(a.Text))
            return null;
        // "… and has 180 states parties": a count in the present is today's.
        if (c.P.Dates.Concat(c.P.Decades).FirstOrDefault() is not { } d || PresentCount().IsMatch(c.Text))
            return null;
        return $"The claim gives the count with a date (\"{d.Span.Quote}\") it was not compared for, so it is not "
            + "called false.";
    }

    /// <summary>
    /// Where an aspect's parts ("signed … in 1972") stand in the claim: each part where it is nearest to the part
    /// before it (a claim may say "signed" twice). Null when a part is not found as written.
    /// </summary>
    private static List<(int Start, int End)>? PartsIn(string text, string aspectText)
    {
        var own = new List<(int Start, int End)>();
        foreach (var part in aspectText.Split(" … "))
        {
            if (part.Length == 0)
                return null;
            var all = new List<int>();
            for (
                var i = text.IndexOf(part, StringComparison.Ordinal);
                i >= 0;
                i = text.IndexOf(part, i + 1, StringComparison.Ordinal)
            )
                all.Add(i);
            if (all.Count == 0)
                return null;
            own.Add((all[0], all[0] + part.Length));
        }
        // A part found more than once: the occurrence nearest the others.
        for (var k = 0; k < own.Count && own.Count > 1; k++)
        {
            var part = text[own[k].Start..own[k].End];
            var others = own.Where((_, j) => j != k).ToList();
            var best = own[k].Start;
            for (
                var i = text.IndexOf(part, StringComparison.Ordinal);
                i >= 0;
                i = text.IndexOf(part, i + 1, StringComparison.Ordinal)
            )
                if (others.Min(o => Math.Abs(o.Start - i)) < others.Min(o => Math.Abs(o.Start - best)))
                    best = i;
            own[k] = (best, best + part.Length);
        }
        return own;
    }

    // An edge inside a span the parse read ("Feb. 5", "the U.S.") divides nothing.
    private static int GuardClauseStart(string text, int at, List<(int Start, int End)> read) =>
        ClauseEdge()
            .Matches(text[..at])
            .Where(m => !read.Any(r => r.Start <= m.Index && m.Index < r.End))
            .LastOrDefault()
            is { } m
            ? m.Index + m.Length
            : 0;

    private static int GuardClauseEnd(string text, int at, List<(int Start, int End)> read) =>
        ClauseEdge().Matches(text, at).FirstOrDefault(m => !read.Any(r => r.Start <= m.Index && m.Index < r.End))
            is { } m
            ? m.Index
            : text.Length;

    // Where a clause begins or ends: punctuation, a conjunction that joins clauses, a dash. (A claim is one sentence:
    // a full stop inside it ends an abbreviation, "St. Petersburg", "Feb. 5".)
    [GeneratedRegex(
        @"[,;:!?()\u2014\u201C\u201D""]|\s(?:and|but|while|whereas|although|though)\s|\s-+\s",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ClauseEdge();

    // A time other than today, said in words: counted from an event, or "as of" a day.
    [GeneratedRegex(
        @"\b(?:after|before|since|until|when|once|ago|later|earlier|following|prior\s+to|during|at\s+the\s+time|"
            + @"as\s+of|originally|initially|formerly)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"\b(?:was|were|had\s+been|remained|stayed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastTense();

    [GeneratedRegex(
        @"\b(?:since|until|till|through|by|from|in|on|at|of|as\s+of)\s+(?:the\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex PrepositionBefore();

    // A verb of saying within a few words after the speaker (an apposition or an adverb between).
    [GeneratedRegex(
        @"^(?:[\s,]+(?:[\w.'\u2019-]+[\s,]+){0,6}?)?(?:also\s+|later\s+|reportedly\s+|then\s+|has\s+|had\s+)?"
            + @"(?<v>said|says|say|told|tells|stated|states|called|calls|described|describes|claimed|insisted|warned|"
            + @"announced|declared|added|noted|argued|confirmed|remarked|stressed|asserted|acknowledged|admitted|"
            + @"denied|denies|was\s+quoted|(?:is|was)\s+reported|wrote|put\s+it|as\s+saying)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex SayAfterSpeaker();

    // A verb of saying right before the speaker, titles between ("said Russian President Vladimir Putin", "according
    // to Peskov", "AFP quoted Obama").
    [GeneratedRegex(
        @"\b(?:said|says|told|added|stated|noted|wrote|quoted|according\s+to)\s+(?-i:(?:[A-Z][\w.'\u2019-]*\s+){0,4})$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex SayBeforeSpeaker();

    [GeneratedRegex(
        @"\b(?:is|are|remains?|stays?|has|have|now|today|currently)\b(?:\s+\w+){0,4}$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex PresentStatus();

    [GeneratedRegex(@"\b(?:has|have|now|today|currently|counts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentCount();

    // An open bound right before a figure, not negated ("not more than" states the limit).
    [GeneratedRegex(
        @"(?<!\b(?:no|not|never)\s+)\b(?:below|under|beneath|less\s+than|fewer\s+than|lower\s+than|more\s+than|"
            + @"over|above|greater\s+than|higher\s+than|in\s+excess\s+of|exceeding|upwards\s+of|at\s+least|"
            + @"a\s+minimum\s+of|beyond|short\s+of|shy\s+of)\s+(?:(?:some|about|roughly|nearly|almost|just)\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex OpenBoundBefore();

    [GeneratedRegex(@"\bbetween\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();

    // A verb of saying whose object is another person's saying ("told reporters that Obama had called").
    [GeneratedRegex(
        @"\b(?:said|says|told|tells|added|stated|noted|wrote|claimed|insisted)\b[^.;""\u201C]{0,40}?\bthat\s+"
            + @"(?:[\w.'\u2019-]+\s+){1,4}?(?:had\s+|has\s+|also\s+)?(?:said|called|described|told|stated|"
            + @"declared|insisted|warned|noted|added)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"\bnot\s+until\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotUntilDate();
}
