using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Statements: a verbatim quotation with its speakers, found in the clause after the quotation
/// ("…," Obama said) or before it (Peskov described it as "…"), or carried over from the previous
/// quotation of the same paragraph. Quotations nobody is named as saying are not statements.
/// </summary>
internal sealed partial class StatementExtractor(ActorRecognizer actors, OutletAttribution outlets)
{
    [GeneratedRegex(@"(?<![\w-])(?:said|says|say|told|tells|added|adds|stated|states|declared|declares|noted|notes|warned|warns|insisted|insists|argued|argues|asserted|remarked|announced|explained|wrote|writes|described|describes|called|calls|stressed|emphasized|emphasised|replied|responded|commented|acknowledged|admitted|claimed|urged|vowed|pledged|according[\s\u00A0]+to)(?![\w-])")]
    private static partial Regex SpeechVerb();

    // "in Los Cabos, Mexico", "at Geneva": capitalised words after "in" or "at", optionally ", Country".
    [GeneratedRegex(@"(?<![\w-])(?:in|at)[\s\u00A0]+(?<place>[A-Z][\w.'-]*(?:[\s\u00A0]+[A-Z][\w.'-]*)*(?:,[\s\u00A0]+[A-Z][\w'-]*(?:[\s\u00A0]+[A-Z][\w'-]*)*)?)")]
    private static partial Regex PlacePhrase();

    private const int MaxSubjectGap = 60;

    private sealed record Attribution(List<SpeakerRef> Speakers, Range Clause, Range Evidence);

    public List<StatementFact> Extract(string text, string documentId, IReadOnlyList<Range> paragraphs,
        DateOnly? published, IReadOnlyList<ActorMention> allMentions, Dictionary<string, Explanation> explain)
    {
        var result = new List<StatementFact>();
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in allMentions.Where(m => m.Name is not null).Select(m => m.Name!))
            surnames.TryAdd(name.Split(' ')[^1], name);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var quotes = Quotations.Find(text, para);
            List<SpeakerRef>? previous = null;
            for (int q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                if (WordCount(text, quote.Inner) < 2) continue; // scare quotes: "reset", "red line"
                var afterEnd = q + 1 < quotes.Count ? quotes[q + 1].Marks.Start : para.End;
                var beforeStart = q > 0 ? quotes[q - 1].Marks.End : para.Start;
                var after = FirstSentence(text, new Range(quote.Marks.End, afterEnd));
                var before = LastClause(text, new Range(beforeStart, quote.Marks.Start));
                // Titles ("the U.S. leader") resolve to whoever held the office when the document was published.
                var attribution = FindSpeakers(text, after, published, allMentions, surnames, fromEnd: false)
                    ?? FindSpeakers(text, before, published, allMentions, surnames, fromEnd: true);
                List<SpeakerRef> speakers;
                if (attribution is not null) speakers = attribution.Speakers;
                else if (previous is not null)
                    speakers = previous.Select(s => s with { Resolution = "continuation" }).ToList();
                else continue;
                previous = speakers;

                var clauses = new[] { after, before }.Where(r => r.Length > 0).ToList();
                var outlet = FindOutlet(text, quote, clauses, para, paragraphs, p, published);
                var date = StatementDate(text, clauses, outlet, published);
                var place = attribution is null ? null : Place(text, attribution.Clause);
                var quoteText = text[quote.Inner.Start..quote.Inner.End];
                result.Add(new StatementFact(
                    FactIds.Make("st", documentId, quoteText),
                    quoteText, speakers, date, place, outlet,
                    Span.Of(text, quote.Inner.Start, quote.Inner.End),
                    attribution is null ? null : Span.Of(text, attribution.Evidence.Start, attribution.Evidence.End)));
            }
        }
        return result;
    }

    private static int WordCount(string text, Range r) =>
        text.AsSpan(r.Start, r.Length).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static Range FirstSentence(string text, Range r)
    {
        if (r.Length == 0) return r;
        var s = TextStructure.Sentences(text, r);
        return s.Count == 0 ? new Range(r.Start, r.Start) : s[0];
    }

    /// <summary>The part of the sentence that leads into the quotation; empty when a sentence ended before it.</summary>
    private static Range LastClause(string text, Range r)
    {
        var s = TextStructure.Sentences(text, r);
        if (s.Count == 0) return new Range(r.End, r.End);
        var last = s[^1];
        return text[last.End - 1] is '.' or '!' or '?' ? new Range(r.End, r.End) : last;
    }

    /// <summary>
    /// The speakers of a clause: the actors that are the subject of its speech verb ("Obama and Putin said",
    /// "Peskov on Tuesday described"), or that follow it ("said Lavrov"). Outlets that "reported" are not speakers.
    /// </summary>
    private Attribution? FindSpeakers(string text, Range clause, DateOnly? on, IReadOnlyList<ActorMention> all,
        IReadOnlyDictionary<string, string> surnames, bool fromEnd)
    {
        if (clause.Length == 0) return null;
        var mentions = actors.Find(text, clause, on, surnames).Where(m => m.Actor?.Kind != "outlet").ToList();
        var verbs = SpeechVerb().Matches(text.Substring(clause.Start, clause.Length)).Cast<Match>()
            .Select(v => new Range(clause.Start + v.Index, clause.Start + v.Index + v.Length)).ToList();
        if (fromEnd) verbs.Reverse();
        foreach (var verb in verbs)
        {
            var subject = SubjectBefore(text, mentions, verb);
            if (subject.Count == 0)
            {
                var afterVerb = mentions.FirstOrDefault(m => m.Range.Start >= verb.End && IsGap(text, verb.End, m.Range.Start, 20));
                if (afterVerb is not null) subject = [afterVerb];
            }
            var speakers = subject.Select(m => Resolve(text, m, all)).OfType<SpeakerRef>()
                .DistinctBy(s => s.Slug).ToList();
            if (speakers.Count == 0) continue;
            var evidenceStart = Math.Min(subject.Min(m => m.Range.Start), verb.Start);
            var evidenceEnd = Math.Max(subject.Max(m => m.Range.End), verb.End);
            return new Attribution(speakers, clause, new Range(evidenceStart, evidenceEnd));
        }
        return null;
    }

    /// <summary>The chain of mentions right before the verb, joined by "and" or commas.</summary>
    private static List<ActorMention> SubjectBefore(string text, List<ActorMention> mentions, Range verb)
    {
        var chain = new List<ActorMention>();
        int boundary = verb.Start;
        foreach (var m in mentions.Where(m => m.Range.End <= verb.Start).Reverse())
        {
            var gap = text[m.Range.End..boundary];
            if (chain.Count == 0)
            {
                if (!IsGap(text, m.Range.End, boundary, MaxSubjectGap)) break;
            }
            else if (!Regex.IsMatch(gap, @"^[\s\u00A0]*(?:,|and|,[\s\u00A0]*and)[\s\u00A0]*$")) break;
            chain.Insert(0, m);
            boundary = m.Range.Start;
        }
        return chain;
    }

    private static bool IsGap(string text, int from, int to, int max) =>
        to - from <= max && text.AsSpan(from, to - from).IndexOfAny("\"\u201C\u201D;") < 0;

    private static SpeakerRef? Resolve(string text, ActorMention m, IReadOnlyList<ActorMention> all)
    {
        var mention = TextStructure.Normalize(text[m.Range.Start..m.Range.End]);
        if (m.Actor is { } a) return new SpeakerRef(a.Slug, a.Name, mention, m.Resolution);
        if (m.Name is { } unknown) return new SpeakerRef(Slugs.Kebab(unknown), unknown, mention, "uncatalogued");
        if (m.Resolution != "pronoun") return null;
        // "he said": the last person named before it.
        var antecedent = all.LastOrDefault(x => x.Range.End <= m.Range.Start && x.Actor?.Kind == "person");
        return antecedent?.Actor is { } p ? new SpeakerRef(p.Slug, p.Name, mention, "pronoun") : null;
    }

    /// <summary>
    /// The outlet: in the quotation's own clauses, then later in its paragraph, then a citation in the
    /// following paragraphs up to the next quotation (a news digest cites at the end of a run of paragraphs).
    /// </summary>
    private OutletRef? FindOutlet(string text, Quotation quote, List<Range> clauses, Range para,
        IReadOnlyList<Range> paragraphs, int p, DateOnly? published)
    {
        foreach (var c in clauses)
            if (outlets.Any(text, c, published) is { } o) return o;
        var rest = new Range(quote.Marks.End, para.End);
        if ((outlets.Citation(text, rest, published) ?? outlets.Reporting(text, rest)) is { } inPara) return inPara;
        for (int k = p + 1; k < paragraphs.Count; k++)
        {
            if (Quotations.Find(text, paragraphs[k]).Count > 0) break;
            if (outlets.Citation(text, paragraphs[k], published) is { } later) return later;
        }
        return null;
    }

    private static FactDate? StatementDate(string text, List<Range> clauses, OutletRef? outlet, DateOnly? published)
    {
        foreach (var c in clauses)
        {
            // The date inside "(Outlet, June 19)" is the report's, handled below as a citation date.
            var d = Dates.Find(text, c, published).FirstOrDefault(d => d.Precision == DatePrecision.Day &&
                !(outlet is not null && d.Range.Start >= outlet.Span.Start && d.Range.End <= outlet.Span.End));
            if (d is not null)
                return new FactDate(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);
        }
        if (outlet?.Date is { } cited)
            return new FactDate(cited, DatePrecision.Day, "citation", $"date of the cited report ({outlet.Label})");
        return published is { } pub
            ? new FactDate(pub, DatePrecision.Day, "publication", "no date in the text; publication date of the document")
            : null;
    }

    private string? Place(string text, Range clause)
    {
        foreach (Match m in PlacePhrase().Matches(text.Substring(clause.Start, clause.Length)))
        {
            var place = TextStructure.Normalize(m.Groups["place"].Value).TrimEnd('.');
            var first = place.Split(' ', ',')[0];
            if (Dates.Find(place, new Range(0, place.Length), new DateOnly(2000, 1, 1)).Count > 0) continue;
            if (actors.Find(place, new Range(0, first.Length), null).Any(a => a.Actor?.Kind is "person" or "outlet")) continue;
            return place;
        }
        return null;
    }
}
