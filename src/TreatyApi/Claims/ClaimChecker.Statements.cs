using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>What people said: quotations, paraphrases of statements, and figures attributed to a speaker.</summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// "Peskov said the talks had not been 'very positive'": a negation between the speaker and the quotation, in the
    /// claim's own words, turns the quoted words the other way.
    /// </summary>
    private static bool FrameNegated(Context c, Span quote)
    {
        var from = c.P.Speaker is { } sp && sp.Span.End <= quote.Start ? sp.Span.End : 0;
        var frame = c.Text[from..quote.Start];
        // Only the clause the quotation opens: "…, but he said it was 'very positive'" reads from "but".
        var clause = Regex.Split(frame, @"[;,:]\s|\b(?:but|while|although|though)\b").Last();
        return ClaimParser.Words(clause).Any(ClaimParser.IsNegator);
    }

    /// <summary>Whether the speaker's own words negate the quoted part ("was not 'confrontational'").</summary>
    private static bool SourceNegated(string said, IReadOnlyList<string> parts)
    {
        var folded = QuoteFold(said);
        var at = parts.Count == 0 ? -1 : folded.IndexOf(parts[0], StringComparison.Ordinal);
        if (at <= 0)
            return false;
        // Only the sentence the words are in: "was not confrontational. It was constructive" negates nothing.
        var sentence = Regex.Split(folded[..at], @"[.!?;:]\s").Last();
        var before = Regex.Matches(sentence, @"[\w'-]+").TakeLast(3).Select(m => m.Value);
        return ClaimParser.Words(string.Join(' ', before)).Any(ClaimParser.IsNegator);
    }

    /// <summary>
    /// "Interfax quoted Peskov as saying …": an outlet the claim names that is neither the outlet the statement is
    /// attributed to nor its document's publisher. The words are his; that the outlet reported them is not known.
    /// </summary>
    private static string? OtherOutlet(Context c, Statement s)
    {
        foreach (var o in c.P.Actors.Where(a => a.Kind == "outlet"))
        {
            var source = s.Source;
            if (source.AttributedTo is { } at && (at.Slug == o.Slug || Same(at.Name, o.Name)))
                continue;
            if (source.Publisher is { } pub && Same(pub, o.Name))
                continue;
            return o.Name;
        }
        return null;

        static bool Same(string a, string b) =>
            a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);
    }

    private static ClaimAspect CheckQuotation(Context c)
    {
        var p = c.P;
        var quote = p.Quotation!;
        // The words as quoted: a closing period inside the marks is punctuation, "[our]" an editor's insertion, and
        // "..."
        // leaves words out, so each part must be there, in order.
        var parts = QuotedParts(quote.Quote);
        var said = Candidates(c.Db, SearchText.QueryWords(quote.Quote))
            .Where(s => InOrder(QuoteFold(s.Text), parts))
            .ToList();
        var bySpeaker = p.Speaker is null
            ? said
            : said.Where(s => s.Speakers.Any(x => x.Slug == p.Speaker.Slug)).ToList();
        if (bySpeaker.Count > 0)
        {
            var s0 = bySpeaker[0];
            if (FrameNegated(c, quote) != SourceNegated(s0.Text, parts))
                return new(
                    AspectKind.Quotation,
                    ClaimVerdict.Contradicted,
                    quote.Quote,
                    $"{string.Join(" and ", s0.Speakers.Select(x => x.Name))} said \"{s0.Text}\", according to "
                        + $"{Where(s0.Source)}: the claim turns these words the other way.",
                    s0.Text,
                    c.Treaty?.Slug,
                    null,
                    [Evidence(s0)],
                    1
                );
            if (OtherOutlet(c, s0) is { } outlet)
                return new(
                    AspectKind.Attribution,
                    ClaimVerdict.Unverifiable,
                    quote.Quote,
                    $"{string.Join(" and ", s0.Speakers.Select(x => x.Name))} said these words according to "
                        + $"{Where(s0.Source)}; no source says {outlet} reported them.",
                    null,
                    c.Treaty?.Slug,
                    null,
                    [Evidence(s0)],
                    1
                );
            if (SpeakerOrPartsUnchecked(c, s0, said) is { } notChecked)
                return notChecked;
            return new(
                AspectKind.Quotation,
                ClaimVerdict.Supported,
                quote.Quote,
                $"{string.Join(" and ", s0.Speakers.Select(x => x.Name))} said these words, verbatim, according to "
                    + $"{Where(s0.Source)}.",
                null,
                c.Treaty?.Slug,
                null,
                bySpeaker.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(),
                bySpeaker.Count
            );
        }
        if (said.Count > 0 && p.Speaker is not null)
        {
            var who = string.Join(", ", said.SelectMany(s => s.Speakers.Select(x => x.Name)).Distinct());
            return new(
                AspectKind.Quotation,
                ClaimVerdict.Contradicted,
                quote.Quote,
                $"These words were said by {who}, not {p.Speaker.Name}, according to {Where(said[0].Source)}.",
                who,
                c.Treaty?.Slug,
                null,
                said.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(),
                said.Count
            );
        }
        if (p.Speaker is not null && OppositeWords(c, quote.Quote, p.Speaker.Slug) is { } opposite)
            return new(
                AspectKind.Quotation,
                ClaimVerdict.Contradicted,
                quote.Quote,
                $"{p.Speaker.Name} said the opposite: \"{opposite.Sentence}\", according "
                    + $"to {Where(opposite.S.Source)}.",
                opposite.Sentence,
                c.Treaty?.Slug,
                null,
                [Evidence(opposite.S)],
                1
            );
        return new(
            AspectKind.Quotation,
            ClaimVerdict.Unverifiable,
            quote.Quote,
            "The sources quote no one saying these words verbatim.",
            null,
            c.Treaty?.Slug,
            null,
            [],
            0
        );
    }

    /// <summary>
    /// Quoted words that a statement of the speaker holds word for word but with the opposite polarity ("The dialogue
    /// was confrontational" against "The dialogue was not confrontational"): every other word the same, in order.
    /// </summary>
    private static (Statement S, string Sentence)? OppositeWords(Context c, string quote, string speaker)
    {
        // "don't need" is "not need": a negation spelled as a word, its "do" dropped.
        static List<string> All(string t) =>
            AnyWord()
                .Matches(
                    Regex.Replace(
                        Regex.Replace(ClaimParser.Fold(t), @"n't\b", " not", RegexOptions.IgnoreCase),
                        @"\b(?:do|does|did)\s+(?=not\b)",
                        "",
                        RegexOptions.IgnoreCase
                    )
                )
                .Select(w => w.Value.ToLowerInvariant())
                .ToList();
        var mine = All(quote);
        var plain = mine.Where(w => !ClaimParser.IsNegator(w)).ToList();
        if (plain.Count < 2)
            return null;
        var parity = mine.Count(ClaimParser.IsNegator) % 2;
        foreach (var (id, body) in c.Reads.TextsOfSpeaker(c.Db, speaker))
        {
            if (!body.Contains(plain[^1], StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var sentence in Sentences(body))
            {
                var theirs = All(sentence);
                if (
                    theirs.Where(w => !ClaimParser.IsNegator(w)).SequenceEqual(plain)
                    && theirs.Count(ClaimParser.IsNegator) % 2 != parity
                )
                    return (FactQueries.StatementById(c.Db, id)!, sentence.Trim());
                if (plain.Count >= 4 && OppositeRun(theirs, plain, parity))
                    return (FactQueries.StatementById(c.Db, id)!, sentence.Trim());
            }
        }
        return null;
    }

    /// <summary>
    /// Quoted words that are a run of a longer sentence ("We agreed that we don't need to build on these issues" of
    /// "We agreed that we need to build on these issues, even as …"), with the negations inside the run the other
    /// way.
    /// </summary>
    private static bool OppositeRun(List<string> theirs, List<string> plain, int parity)
    {
        var at = theirs.Select((w, i) => (w, i)).Where(x => !ClaimParser.IsNegator(x.w)).Select(x => x.i).ToList();
        for (var k = 0; k + plain.Count <= at.Count; k++)
        {
            if (!Enumerable.Range(0, plain.Count).All(j => theirs[at[k + j]] == plain[j]))
                continue;
            var from = k > 0 ? at[k - 1] + 1 : 0;
            var negators = theirs.Skip(from).Take(at[k + plain.Count - 1] - from + 1).Count(ClaimParser.IsNegator);
            if (negators % 2 != parity)
                return true;
        }
        return false;
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
        var statements = c.Reads.TextsOfSpeaker(c.Db, speaker.Slug);
        var claimPlain = p.PlainWords.Where(w => !Pronouns.Contains(w)).ToList();
        // "In their joint statement, Obama and Putin said …": where they said it is the statement itself, not words
        // it holds.
        foreach (Match frame in StatementFrame().Matches(c.Text))
        foreach (var w in ClaimParser.Words(frame.Value))
            claimPlain.Remove(w);
        // "Obama said he and Putin had discussed …": the speaker and the others named with him are the statement's
        // "we" ("We discussed …"); in a statement that says "we", their names are not words to find.
        // "Obama and Putin said they …": the others named beside the speaker as the subject of the saying are the
        // statement's "we" only if they are its speakers too (checked for each statement found).
        var coSpeakers = p
            .Actors.Where(a =>
                a.Kind == "person"
                && a.Slug != speaker.Slug
                && Regex.IsMatch(Between(c.Text, speaker.Span, a.Span), @"^\s*(?:,|and|&)\s*$", RegexOptions.IgnoreCase)
            )
            .ToList();
        var together =
            Together().IsMatch(c.Text) || coSpeakers.Count > 0
                ? p
                    .Actors.Where(a => a.Kind == "person" && a.Slug != speaker.Slug)
                    .SelectMany(a => AnyWord().Matches(a.Span.Quote).Select(w => w.Value.ToLowerInvariant()))
                    .ToHashSet(StringComparer.Ordinal)
                : [];
        var claimWe = claimPlain.Where(w => !together.Contains(w)).ToList();
        var text = p.Says ? string.Join(" ", p.ContentWords) : speaker.Name;
        var same = new List<string>();
        var opposite = new List<(string Id, string Sentence)>();
        // On a large corpus a speaker has thousands of statements, many the same words reported again: each distinct
        // text
        // is read once, and only if it holds two of the claim's words (a match needs a run of two).
        var need = Math.Min(2, claimPlain.Count);
        // A statement of one or two words ("very positive") holds one of the claim's words at most.
        const int Short = 40;
        var read = new Dictionary<string, List<(string Sentence, bool Same, bool ByVerdict)>>(StringComparer.Ordinal);
        // The forms each distinct word may be written with, found once rather than once per statement.
        static List<IReadOnlyList<string>> Forms(List<string> words) =>
            words.Distinct().Select(w => Synonyms.Forms(Synonyms.Stem(w))).ToList();
        var plainForms = Forms(claimPlain);
        var weForms = together.Count > 0 ? Forms(claimWe) : plainForms;
        // "Peskov said the discussion with Obama had not been positive": the talks the short verdict is given of, and
        // the people who held them, are what "very positive" describes, not words it must hold.
        var about = p
            .Actors.Where(a => a.Kind == "person")
            .SelectMany(a => AnyWord().Matches(a.Span.Quote).Select(w => w.Value.ToLowerInvariant()))
            .Concat(p.Actors.Where(a => a.Kind == "person").SelectMany(a => a.Name.ToLowerInvariant().Split(' ')))
            .ToHashSet(StringComparer.Ordinal);
        var others = p.Actors.Where(a => a.Kind == "person" && a.Slug != speaker.Slug).ToList();
        foreach (var (id, body) in statements)
        {
            if (!read.TryGetValue(body, out var hits))
            {
                var we = together.Count > 0 && FirstPersonPlural().IsMatch(body);
                var mine = we ? claimWe : claimPlain;
                hits =
                    (we ? weForms : plainForms).Count(forms =>
                        forms.Any(f => body.Contains(f, StringComparison.OrdinalIgnoreCase))
                    ) < (body.Length < Short ? 1 : need)
                        ? []
                        : Matches(body, mine, p.Negated, about);
                read[body] = hits;
            }
            foreach (var (sentence, isSame, byVerdict) in hits)
                if (byVerdict && !OfTheseTalks(c, id, others))
                    continue;
                else if (coSpeakers.Count > 0 && !SaidBy(c, id, coSpeakers))
                    continue;
                else if (isSame)
                    same.Add(id);
                else
                    opposite.Add((id, sentence));
        }
        same = same.Distinct().ToList();
        if (opposite.Count > 0 && same.Count == 0)
        {
            var s0 = FactQueries.StatementById(c.Db, opposite[0].Id)!;
            return new(
                AspectKind.Paraphrase,
                ClaimVerdict.Contradicted,
                text,
                $"{speaker.Name} said the opposite: \"{opposite[0].Sentence}\", according to {Where(s0.Source)}.",
                opposite[0].Sentence,
                c.Treaty?.Slug,
                null,
                opposite
                    .Select(o => o.Id)
                    .Distinct()
                    .Take(ClaimAspect.MaxEvidence)
                    .Select(id => Evidence(FactQueries.StatementById(c.Db, id)!))
                    .ToList(),
                opposite.Select(o => o.Id).Distinct().Count()
            );
        }
        if (same.Count > 0 && opposite.Count == 0)
        {
            var found = same.Take(ClaimAspect.MaxEvidence).Select(id => FactQueries.StatementById(c.Db, id)!).ToList();
            if (date is not null && !found.Any(s => s.Date is { } sd && Same(date, sd.Date)))
                return new(
                    AspectKind.Paraphrase,
                    ClaimVerdict.Unverifiable,
                    text,
                    $"{speaker.Name} said this, but the sources date "
                        + $"it {string.Join(" or ", found.Select(s => s.Date?.Date ?? "nowhere").Distinct())}, "
                        + $"not {Show(date)}.",
                    null,
                    c.Treaty?.Slug,
                    null,
                    found.Select(Evidence).ToList(),
                    same.Count
                );
            return new(
                AspectKind.Paraphrase,
                ClaimVerdict.Supported,
                text,
                $"{speaker.Name} is quoted saying this: \"{found[0].Text}\", according to {Where(found[0].Source)}.",
                null,
                c.Treaty?.Slug,
                null,
                found.Select(Evidence).ToList(),
                same.Count
            );
        }
        return new(
            AspectKind.Paraphrase,
            ClaimVerdict.Unverifiable,
            text,
            statements.Count == 0 ? $"The sources quote nothing of {speaker.Name}."
                : same.Count > 0 ? $"{speaker.Name} is quoted both ways on this."
                : $"None of {speaker.Name}'s {statements.Count} quoted statements says this.",
            null,
            c.Treaty?.Slug,
            null,
            [],
            0
        );
    }

    /// <summary>
    /// The sentences of a statement that the claim repeats, each with whether its polarity is the claim's. Words are
    /// compared by stem ("discuss", "discussed"), without intensifiers ("very open" is "open"), in a run: the whole of
    /// a
    /// short sentence, or a run of two or more with every word of the claim in the sentence, or three or more that are
    /// most of the claim. A short statement of a few sentences ("The dialogue was not confrontational. It was
    /// constructive and very open") is also read whole: the sentence holding the claim's last word decides polarity.
    /// </summary>
    /// <summary>
    /// Whether a person is named as one who held the talks: after "talks with" or "between", or before the talks'
    /// noun ("the Obama-Putin discussion", "Obama's talks").
    /// </summary>
    private static bool HeldTheTalks(string text, Span person) =>
        TalksWith().IsMatch(text[..person.Start]) || PersonsTalks().IsMatch(text[person.End..]);

    [GeneratedRegex(
        @"\b(?:talks|discussions?|dialogue|meeting|summit|conversation)\s+(?:\w+\s+){0,2}(?:with|between)\s+"
            + @"(?:(?:the\s+)?[\w.'-]+\s+(?:and\s+)?){0,3}$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TalksWith();

    [GeneratedRegex(
        @"^(?:\s*(?:-|\u2013|and)\s*[A-Z][\w.'-]*)*(?:'s)?\s*(?:-|\u2013)?\s*"
            + @"(?:talks|discussions?|dialogue|meeting|summit|conversation)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex PersonsTalks();

    /// <summary>The claim's text between two spans, whichever comes first.</summary>
    private static string Between(string text, Span a, Span b) =>
        a.End <= b.Start ? text[a.End..b.Start]
        : b.End <= a.Start ? text[b.End..a.Start]
        : "x";

    /// <summary>Whether each of these people is a speaker of the statement ("Obama and Putin said …").</summary>
    private static bool SaidBy(Context c, string id, List<ClaimActor> people) =>
        FactQueries.StatementById(c.Db, id) is { } s && people.All(x => s.Speakers.Any(sp => sp.Slug == x.Slug));

    /// <summary>
    /// Whether a verdict of a word or two ("very positive") was given of talks with the people the claim names: each
    /// is named in the report's words between who spoke and what was said ("Peskov described the Obama-Putin
    /// discussion as …"). "The talks with Medvedev were very positive" is not told by "very positive" alone.
    /// </summary>
    private static bool OfTheseTalks(Context c, string id, List<ClaimActor> others)
    {
        if (others.Count == 0)
            return true;
        // "Peskov said Putin was very positive" gives the verdict of a person, not of the talks: each person named is
        // one who held the talks ("the talks with Obama", "the Obama-Putin discussion").
        if (!others.All(o => HeldTheTalks(c.Text, o.Span)))
            return false;
        var s = FactQueries.StatementById(c.Db, id);
        if (s?.Attribution is not { } by || s.Source.DocumentId is not { } doc || s.Source.Start is not { } start)
            return false;
        if (by.End >= start)
            return false;
        var text = c.Reads.DocumentText(c.Db, doc);
        if (text is null || start > text.Length)
            return false;
        var between = text[by.End..start];
        return others.All(o =>
            between.Contains(o.Name.Split(' ')[^1], StringComparison.Ordinal)
            || between.Contains(o.Span.Quote, StringComparison.Ordinal)
        );
    }

    private static List<(string Sentence, bool Same, bool ByVerdict)> Matches(
        string body,
        List<string> claimPlain,
        bool negated,
        IReadOnlySet<string> about
    )
    {
        var mine = claimPlain.Where(w => !Intensifiers.Contains(w)).Select(Synonyms.Canon).ToList();
        // What a verdict of a word or two ("very positive") is given of: the talks and who held them.
        var judged = claimPlain
            .Where(w => !Intensifiers.Contains(w) && !about.Contains(w) && !OfTalks.Contains(w))
            .Select(Synonyms.Canon)
            .Where(w => w != TalksCanon)
            .ToList();
        var hits = new List<(string, bool, bool)>();
        var single = Sentences(body).Take(2).Count() == 1;
        var read = new List<(string Sentence, List<string> Plain, bool Negated)>();
        foreach (var sentence in Sentences(body))
        {
            var words = ClaimParser
                .Words(sentence)
                .Where(w => !Pronouns.Contains(w) && !Intensifiers.Contains(w))
                .ToList();
            var plain = words.Where(w => !ClaimParser.IsNegator(w)).Select(Synonyms.Canon).ToList();
            var sentenceNegated = words.Any(ClaimParser.IsNegator);
            read.Add((sentence, plain, sentenceNegated));
            var run = LongestRun(mine, plain);
            var covered = mine.Count(plain.Contains);
            if (run >= 2 && (run == plain.Count || covered == mine.Count || (run >= 3 && covered >= 0.8 * mine.Count)))
                hits.Add((sentence, sentenceNegated == negated, false));
            // A whole statement of a word or two ("very positive"), the claim's words beside it only the talks it is
            // said of and who held them ("Peskov said Obama was very positive" is not of the talks: checked by the
            // caller).
            else if (
                plain.Count is > 0 and <= 2
                && (
                    (run == plain.Count && mine.Count <= plain.Count + 1)
                    || (single && judged.SequenceEqual(plain) && judged.Count < mine.Count)
                )
            )
                hits.Add((sentence, sentenceNegated == negated, true));
        }
        if (
            hits.Count == 0
            && mine.Count is > 1 and <= 3
            && read.Count > 1
            && read.Sum(r => r.Plain.Count) <= 12
            && mine.All(w => read.Any(r => r.Plain.Contains(w)))
        )
        {
            var last = read.Last(r => r.Plain.Contains(mine[^1]));
            hits.Add((last.Sentence, last.Negated == negated, false));
        }
        return hits;
    }

    /// <summary>The canonical stem of the words for talks ("talks", "discussion", "dialogue", "meeting").</summary>
    private static readonly string TalksCanon = Synonyms.Canon("talks");

    /// <summary>Words that only say which talks, beside the talks' own words: "the discussion with Obama".</summary>
    private static readonly HashSet<string> OfTalks = new(StringComparer.Ordinal)
    {
        "with",
        "between",
        "presidents",
        "men",
        "summit",
    };

    [GeneratedRegex(@"\b(?:he|she)\s+and\s+[A-Z]|\band\s+(?:he|she)\b|\bthe\s+two\b|\bboth\b", RegexOptions.None)]
    private static partial Regex Together();

    [GeneratedRegex(
        @"\b(?:in|by)\s+(?:a|the|their|his|her|its)\s+(?:(?:own|joint|bilateral|written|separate)\s+)*"
            + @"(?:statements?|communiqu[eé]s?|declarations?|remarks)\b|\b(?:their|his|her|its|the|a)\s+"
            + @"(?:(?:joint|bilateral)\s+)*statements?\s+(?:said|says|stated|states|read|reads)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex StatementFrame();

    [GeneratedRegex(@"\b(?:we|our|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonPlural();

    /// <summary>Words that only strengthen what follows ("very positive" says "positive").</summary>
    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "very",
        "really",
        "quite",
        "extremely",
        "highly",
        "most",
        "so",
        "truly",
        "fully",
        "entirely",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "we",
        "our",
        "us",
        "i",
        "you",
        "there",
        "these",
        "those",
        "what",
        "which",
        "who",
        "been",
        // "the two leaders", "both sides": the speakers themselves, as a claim names them.
        "two",
        "leaders",
        "both",
        "sides",
    };

    private static IEnumerable<string> Sentences(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?])\s+").Where(s => s.Length > 0);

    /// <summary>"X said &lt;figure&gt;": a statement of X must give the figure (or the year); the figure being right
    /// elsewhere supports the limit aspect only.</summary>
    private static ClaimAspect CheckAttribution(Context c)
    {
        var p = c.P;
        var speaker = p.Speaker!;
        var statements = c.Reads.TextsOfSpeaker(c.Db, speaker.Slug);
        var q = p.Quantities.FirstOrDefault();
        var d = p.Dates.FirstOrDefault();
        var what = q is not null ? $"{Number((double)q.Value)} {q.Unit}" : Show(d!);
        // A figure is looked for only in statements that hold its digits (either way of writing them), each text once.
        var digits = q is null
            ? []
            : new[]
            {
                ((double)q.Value).ToString("#,0.##", CultureInfo.InvariantCulture),
                ((double)q.Value).ToString("0.##", CultureInfo.InvariantCulture),
            };
        var said = new Dictionary<string, bool>(StringComparer.Ordinal);
        var year = d?.Date.Year.ToString(CultureInfo.InvariantCulture);
        bool Says(string text)
        {
            // The digits are looked for before the memo: most texts lack them, and a memo lookup hashes the text.
            if (q is null)
                return text.Contains(year!, StringComparison.Ordinal);
            if (
                !text.Contains(digits[0], StringComparison.Ordinal)
                && !text.Contains(digits[1], StringComparison.Ordinal)
            )
                return false;
            if (said.TryGetValue(text, out var known))
                return known;
            return said[text] = Quantities
                .Find(text, new TreatyApi.Extraction.TextRange(0, text.Length))
                .Any(m => m.Number.Value == q.Value && m.Unit == q.Unit);
        }
        var ids = statements.Where(s => Says(s.Text)).Select(s => s.Id).ToList();
        if (ids.Count > 0)
        {
            var ev = ids.Take(ClaimAspect.MaxEvidence)
                .Select(id => Evidence(FactQueries.StatementById(c.Db, id)!))
                .ToList();
            return new(
                AspectKind.Attribution,
                ClaimVerdict.Supported,
                $"{speaker.Span.Quote} … {what}",
                $"{speaker.Name} is quoted giving {what}, according to {Where(ev[0].Source)}.",
                null,
                c.Treaty?.Slug,
                null,
                ev,
                ids.Count
            );
        }
        return new(
            AspectKind.Attribution,
            ClaimVerdict.Unverifiable,
            $"{speaker.Span.Quote} … {what}",
            statements.Count == 0
                ? $"The sources quote nothing of {speaker.Name}, so it cannot be told that they said {what}."
                : $"None of {speaker.Name}'s {statements.Count} quoted statements gives {what}; that the figure is "
                    + $"right "
                    + "elsewhere does not show that they said it.",
            null,
            c.Treaty?.Slug,
            null,
            [],
            0
        );
    }

    private static string QuoteFold(string s) =>
        Fold(s.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal));

    private static List<string> QuotedParts(string quote) =>
        QuoteFold(quote)
            .Replace("\u2026", "...", StringComparison.Ordinal)
            .Split("...", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim().TrimEnd('.', ',', ';', ':', '!', '?').Trim())
            .Where(p => p.Length > 0)
            .ToList();

    private static bool InOrder(string text, List<string> parts)
    {
        if (parts.Count == 0)
            return false;
        var at = 0;
        foreach (var part in parts)
        {
            var i = text.IndexOf(part, at, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
                return false;
            at = i + part.Length;
        }
        return true;
    }

    private static List<Statement> Candidates(SqliteConnection db, List<string> words)
    {
        if (words.Count == 0)
            return [];
        var match = SearchQueries.MatchExpression(words.Take(32));
        return db.Query<string>(
                """
                SELECT r.ref_id FROM search JOIN search_refs r ON r.rowid = search.rowid
                WHERE search MATCH @match AND r.kind = 'statement' ORDER BY r.ref_id LIMIT 200
                """,
                new { match }
            )
            .Select(id => FactQueries.StatementById(db, id)!)
            .ToList();
    }
}
