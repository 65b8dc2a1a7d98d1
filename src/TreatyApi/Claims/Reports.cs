using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

/// <summary>
/// What the reports themselves say ("Moscow opposes the U.S. plan to field interceptors around Europe"): a sentence of
/// a document that holds every content word of the claim (by stem), in a document that names everyone the claim
/// names. The same words with the opposite polarity (not, never, unable, refuses…, near the words matched)
/// contradict it. Every word must be there: a claim that swaps one word ("agreed to end talks") is not the report,
/// and when unsure the answer is unverifiable.
/// </summary>
internal static partial class Reports
{
    /// <summary>Words that add no content of their own to a claim: modal verbs and the like.</summary>
    private static readonly HashSet<string> Light = new(StringComparer.Ordinal)
    {
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "do",
        "does",
        "did",
        "also",
        "very",
        "there",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "what",
        "we",
        "our",
        "us",
        "i",
        "you",
        "been",
        "being",
        "into",
        "from",
        "about",
        "than",
        "then",
        "so",
        "if",
        "u",
        // "the two leaders", "both sides": who they are is what the names are for.
        "two",
        "leaders",
        "presidents",
        "officials",
        "both",
        "sides",
        // "keep fielding", "continue to field": going on with an act is the act, as a plan reports it.
        "keep",
        "keeps",
        // "keep up talks": the particle of "keep up".
        "up",
        // "until 2020" of a plan told "through 2020": the year is compared apart, the preposition is no content.
        "until",
        "till",
        "through",
        // "When they met in Los Cabos, …": the meeting is checked apart.
        "when",
        "while",
        "together",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // A sentence ends at a stop after a lower-case word or a digit, not after an initialism ("the U.S. plan").
    [GeneratedRegex(@"(?<=[\p{Ll}\d)][.!?]|[.!?][""\u201D'])\s+(?=[\p{Lu}""\u201C])|\n+")]
    private static partial Regex SentenceBreak();

    // Where a sentence joins two clauses that may differ in who says what or in polarity.
    [GeneratedRegex(
        @"[,;]\s*(?=(?:even\s+though|although|though|while|whereas|but|because|largely\s+because|even\s+as)\b)|;\s*",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(
        @"\b(?:reports?\s+(?:said|says|say|stated|states|added|adds|noted|notes)(?:\s+that)?"
            + @"|according\s+to\s+(?:the|a|one)\s+report)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AnyReport();

    [GeneratedRegex(
        @"\b(?:said|says|say|told|tells|stated|called|calls|described|describes|claimed|claims|insisted|"
            + @"insists|warned|warns|announced|announces|declared|declares|argued|argues|stressed|stresses|asserted|"
            + @"acknowledged|admitted|denied|denies|confirmed|confirms)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex SayVerb();

    public static ClaimAspect? Check(SqliteConnection db, ClaimReads reads, string claim, ParsedClaim p)
    {
        // Names are matched as names (the document must name them), the rest word by word in one sentence.
        var names = p.Actors.Where(a => a.Kind is "person" or "state").ToList();
        var blank = claim.ToCharArray();
        foreach (var span in names.Select(a => a.Span).Concat(p.Treaties.Select(t => t.Span)))
            for (var i = span.Start; i < span.End && i < blank.Length; i++)
                blank[i] = ' ';
        // "…, the report said": a report that no one names is the report read here, so its words of saying are not
        // words the sentence must hold.
        foreach (Match m in AnyReport().Matches(claim))
            for (var i = m.Index; i < m.Index + m.Length && i < blank.Length; i++)
                blank[i] = ' ';
        // "According to Global Security Newswire, …": the outlet is checked apart (the evidence must be credited to
        // it, or be its own report), so its name is not a word of the report's sentence.
        if (p.ReportedBy is { Length: > 0 } by)
        {
            var at = claim.IndexOf(by, StringComparison.Ordinal);
            for (; at >= 0; at = claim.IndexOf(by, at + by.Length, StringComparison.Ordinal))
            for (var i = at; i < at + by.Length && i < blank.Length; i++)
                blank[i] = ' ';
        }
        var words = ClaimParser
            .Words(Abbreviated(new string(blank)))
            .Where(w => !Light.Contains(w) && !ClaimParser.IsNegator(w))
            .Where(w => w.Length > 1 && !char.IsDigit(w[0]))
            .Select(Stem)
            .Distinct()
            .ToList();
        // Who says, insists or warns is part of what a report says: the verb must be in the sentence too.
        words.AddRange(SayVerb().Matches(new string(blank)).Select(m => Stem(m.Value)).Where(w => !words.Contains(w)));
        // A place is a word the sentence must hold like any other ("released in Moscow").
        if (p.Place is { } place)
            words.AddRange(Word().Matches(place).Select(m => Stem(m.Value)).Where(w => !words.Contains(w)));
        // Two words are enough only beside a treaty named in the same sentence ("did not agree to honor New START").
        var treatyWords = p.Treaties.Select(t => t.Span.Quote).ToList();
        if (words.Count < (treatyWords.Count > 0 ? 2 : 3))
            return null;
        var claimNegations = ClaimParser.Words(new string(blank)).Count(ClaimParser.IsNegator);
        var namer = reads.Names(db);
        var claimActors = namer.In(claim);
        claimActors.UnionWith(names.Select(a => a.Slug));

        // Every word must be in one clause, so in the document: the index is asked for documents with all of them.
        // A word of a group may be written as any of the group's ("continue" as "maintain").
        // (FTS5 takes no implicit AND before a bracket: every AND is written.)
        var match = string.Join(
            " AND ",
            words.Select(w =>
                Synonyms.Forms(w) is { Count: > 1 } forms
                    ? "(" + string.Join(" OR ", forms.Select(f => "\"" + f + "\"*")) + ")"
                    : "\"" + w + "\"*"
            )
        );
        var docs = db.Query<(string Id, string Title, string? Publisher, string? Published, string? Url, string Text)>(
                """
                SELECT d.id, d.title, d.publisher, d.published, d.url, d.text
                FROM search JOIN search_refs r ON r.rowid = search.rowid JOIN documents d ON d.id = r.ref_id
                WHERE search MATCH @match AND r.kind = 'document' ORDER BY bm25(search), d.id LIMIT 20
                """,
                new { match }
            )
            .ToList();
        var same = new List<ClaimEvidence>();
        var opposite = new List<ClaimEvidence>();
        foreach (var doc in docs)
        {
            if (!names.All(a => Names(doc.Text, a)))
                continue;
            var at = 0;
            foreach (var sentence in SentenceBreak().Split(doc.Text).SelectMany(x => ClauseBreak().Split(x)))
            {
                var start = doc.Text.IndexOf(sentence, at, StringComparison.Ordinal);
                at = start < 0 ? at : start + sentence.Length;
                if (sentence.Length == 0 || start < 0)
                    continue;
                if (words.Count < 3 && !treatyWords.All(t => sentence.Contains(t, StringComparison.OrdinalIgnoreCase)))
                    continue;
                // "Washington concedes X" is not "Russian leaders worry X, even though Washington insists …": a
                // clause that names people or states names each of the claim's (or its state, or a person of it);
                // one that names none (its subject "the two sides") is read as the document's. The clause may name
                // others beside them ("Moscow opposes a U.S. plan to field …" holds "the U.S. plans to field …").
                var inClause = namer.In(sentence);
                if (inClause.Count > 0 && !claimActors.All(a => namer.Covers(inClause, a)))
                    continue;
                var theirs = Word().Matches(Abbreviated(sentence)).Select(m => m.Value.ToLowerInvariant()).ToList();
                var stems = theirs.Select(Synonyms.Canon).ToList();
                // Every word, within one clause: "X insists Y" is not "Y, even though X insists otherwise".
                var positions = words.Select(w => stems.IndexOf(Synonyms.OfStem(w))).ToList();
                if (positions.Any(i => i < 0))
                    continue;
                // The polarity of the words matched: negations among them, or just before the first of them.
                var from = Math.Max(0, positions.Min() - 3);
                var negations = theirs.Skip(from).Take(positions.Max() - from + 1).Count(ClaimParser.IsNegator);
                // A year the claim gives must be the sentence's; the same words with another year after the same
                // preposition ("through 2025" against "through 2020") say another thing of the same plan.
                var otherYear = false;
                foreach (var d in p.Dates)
                {
                    var year = d.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (sentence.Contains(year, StringComparison.Ordinal))
                        continue;
                    if (
                        d.Preposition is not { } prep
                        || d.Precision != DatePrecision.Year
                        || !Regex.IsMatch(
                            sentence,
                            $@"\b{Regex.Escape(prep)}\s+(?:19|20)\d\d\b",
                            RegexOptions.IgnoreCase
                        )
                    )
                        goto next;
                    otherYear = true;
                }
                var ev = new ClaimEvidence(
                    "report",
                    doc.Id,
                    sentence.Trim(),
                    Source.Document(
                        doc.Id,
                        doc.Title,
                        doc.Publisher,
                        doc.Published,
                        doc.Url,
                        start,
                        start + sentence.Length,
                        sentence,
                        null
                    )
                );
                if (negations % 2 == claimNegations % 2)
                    (otherYear ? opposite : same).Add(ev);
                else if (!otherYear)
                    opposite.Add(ev);
                next:
                ;
            }
        }
        var text = string.Join(" ", words);
        if (same.Count > 0 && opposite.Count == 0)
            return new(
                AspectKind.Paraphrase,
                ClaimVerdict.Supported,
                text,
                $"A report says so: \"{same[0].Summary}\", according to {ClaimChecker.WhereOf(same[0].Source)}.",
                null,
                null,
                null,
                same.Take(ClaimAspect.MaxEvidence).ToList(),
                same.Count
            );
        if (opposite.Count > 0 && same.Count == 0)
            return new(
                AspectKind.Paraphrase,
                ClaimVerdict.Contradicted,
                text,
                $"A report says the opposite: \"{opposite[0].Summary}\", according to "
                    + $"{ClaimChecker.WhereOf(opposite[0].Source)}.",
                opposite[0].Summary,
                null,
                null,
                opposite.Take(ClaimAspect.MaxEvidence).ToList(),
                opposite.Count
            );
        if (same.Count > 0)
            // Reports that say both: neither side is taken; the evidence shows each.
            return new(
                AspectKind.Paraphrase,
                ClaimVerdict.Unverifiable,
                text,
                $"Reports say it both ways: \"{same[0].Summary}\" against \"{opposite[0].Summary}\".",
                null,
                null,
                null,
                same.Take(ClaimAspect.MaxEvidence / 2).Concat(opposite.Take(ClaimAspect.MaxEvidence / 2)).ToList(),
                same.Count + opposite.Count
            );
        return null;
    }

    /// <summary>Whether a document names an actor: the words the claim used, or the actor's surname.</summary>
    private static bool Names(string text, ClaimActor a) =>
        text.Contains(a.Span.Quote, StringComparison.OrdinalIgnoreCase)
        || (a.Kind == "person" && text.Contains(a.Name.Split(' ')[^1], StringComparison.Ordinal));

    private static string Stem(string w) => Synonyms.Stem(w);

    /// <summary>
    /// A missile's class spelled out is its initialism ("intercontinental ballistic missiles" is "ICBMs"): both the
    /// claim and the report are read with the initialism, so either way of writing it is the same word.
    /// </summary>
    private static string Abbreviated(string text) =>
        MissileClass()
            .Replace(text, m =>
                (m.Groups[1].Value.StartsWith('i') || m.Groups[1].Value.StartsWith('I') ? "ICBM" : "SLBM")
                + (m.Value.EndsWith('s') ? "s" : "")
            );

    [GeneratedRegex(@"\b(intercontinental|submarine[- ]launched)\s+ballistic\s+missiles?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MissileClass();
}
