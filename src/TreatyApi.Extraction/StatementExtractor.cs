using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Statements: a verbatim quotation with its speakers, found in the clause after the quotation
/// ("…," Obama said) or before it (Peskov described it as "…"), or carried over from the previous
/// quotation of the same paragraph. Quotations nobody is named as saying are not statements.
/// </summary>
internal sealed partial class StatementExtractor(ActorRecognizer actors, OutletRecognizer outlets)
{
    // "called on nuclear-armed states to …", "all states parties": "states" after a preposition, determiner or
    // qualifier is the noun, not the speech verb ("Article II states that …").
    private const string StatesNoun =
        @"(?!(?<=(?<![A-Za-z])(?:on|to|of|for|with|by|from|among|all|other|some|many|several|most|these|those|the|"
        + @"member|armed|nuclear|weapon|non-nuclear|Gulf|Baltic|Arab|island|\d+) )states(?![\w-]))";

    private static readonly Regex SpeechVerb = PhraseBook.Compile(
        PhraseBook.B + StatesNoun + "(?:" + PhraseBook.Any(PhraseBook.SpeechVerbs.Append("issued")) + ")" + PhraseBook.E
    );

    // "in Los Cabos, Mexico", "at Geneva": capitalised words after "in" or "at", optionally ", Country".
    [GeneratedRegex(
        @"(?<![\w-])(?:in|at)[\s\u00A0]+(?<place>[A-Z][\w.'-]*(?:[\s\u00A0]+[A-Z][\w.'-]*)*"
            + @"(?:,[\s\u00A0]+[A-Z][\w'-]*(?:[\s\u00A0]+[A-Z][\w'-]*)*)?)"
    )]
    private static partial Regex PlacePhrase();

    private const int MaxSubjectGap = 60;

    // "Ruiz told the Financial Times in September …" and, a dozen paragraphs on, "Ruiz said": words far from the
    // interview may have been said anywhere; its outlet is carried only to the speaker's quotations near it, or
    // everywhere when the lead reports the interview (the article is about it: "…," Ruiz told APA, in the lead).
    private const int CarryParagraphs = 3;

    private static readonly Regex Bullet = new(@"\n[ \t]*[\u2022\u00B7*\u2013-][ \t]", RegexOptions.CultureInvariant);

    private static readonly Regex CoordinatedVerb = PhraseBook.Compile(
        @"\G[,;]?(?: )?(?:and|but) (?:then |also )?"
            + "(?<verb>"
            + PhraseBook.Any(PhraseBook.SpeechVerbs)
            + ")"
            + PhraseBook.E
    );

    // "said Hungarian ambassador Gyorgy Molnar": a longer gap before a name after the verb is its title.
    private static readonly Regex TitleGap = new(
        @"^[\s\u00A0]+(?:[A-Z][\w.'-]*[\s\u00A0]+)?(?:[a-z-]+[\s\u00A0]+){1,2}$",
        RegexOptions.Compiled
    );

    // "according to a statement posted on the ministry's website", "according to a statement from the Kremlin": the
    // statement is the speaker's.
    private static readonly Regex StatementOf = new(
        @"^[\s\u00A0]+(?:a|an|the)[\s\u00A0]+(?:[a-z]+[\s\u00A0]+)?(?:statement|communiqu[eé]|notice|post)"
            + @"(?:[\s\u00A0]+(?:posted|published|issued|released|put out))?[\s\u00A0]+(?:on|by|from)[\s\u00A0]+"
            + @"(?:the[\s\u00A0]+)?$",
        RegexOptions.CultureInvariant
    );

    // "said the conference president, Ambassador Mariela Quispe": a role, a comma, then the name.
    private static readonly Regex RoleApposition = new(
        @"^[\s\u00A0]+(?:the|a|an|its|their)[\s\u00A0]+(?:[\w.'\u2019-]+[\s\u00A0]+){0,3}(?:"
            + ProperNames.RoleNouns
            + @"),[\s\u00A0]+(?:[A-Z][\w.]*[\s\u00A0]+)?$",
        RegexOptions.CultureInvariant
    );

    private static readonly HashSet<string> PersonRoles = new(
        PhraseBook.PersonRoleReferences.Select(p => p.Text),
        StringComparer.Ordinal
    );

    private static readonly Regex ReportedSubject = PhraseBook.Compile(
        @"\G (?:would|will|was|were|is|are|had|has|"
            + @"have|"
            + @"could|should|must|may|might|can|did|does|remained|wanted|needed|planned|intended|had to|"
            + @"was ready)(?![\w-])"
    );

    private static readonly Regex NewClause = PhraseBook.Compile(@"\G[,.;]?(?: )?(?:while|whereas|but|and) ");

    private sealed record Attribution(List<SpeakerRef> Speakers, TextRange Clause, TextRange Evidence, string Verb);

    /// <summary>A quotation with the paragraph it opens in and the paragraph it closes in (a press release).</summary>
    private sealed record Quoted(Quotation Quote, int First, int Last);

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<StatementFact> Extract(
        string text,
        string documentId,
        IReadOnlyList<TextRange> paragraphs,
        DateOnly? published,
        IReadOnlyList<ActorMention> allMentions,
        Dictionary<string, Explanation> explain,
        IReadOnlyList<EventFact> events
    )
    {
        var result = new List<StatementFact>();
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in allMentions.Where(m => m.Actor is null && m.Kind == "person").Select(m => m.Name!))
            surnames.TryAdd(name.Split(' ')[^1], name);
        // "Guo Jiakun … Guo said", "Lee Min-jae … Lee told": Chinese and Korean names put the family name first. A
        // first word that is no known given name and is not an ordinary word written in lower case elsewhere in
        // the text ("Will", "Mark") stands for the person too, unless it is someone else's surname.
        foreach (var name in allMentions.Where(m => m.Actor is null && m.Kind == "person").Select(m => m.Name!))
        {
            var words = name.Split(' ');
            var family = words[0];
            if (
                words.Length is 2 or 3
                && family.Length >= 2
                && char.IsUpper(family[0])
                && family.Skip(1).All(char.IsLower)
                && !PhraseBook.MaleGivenNames.Contains(family)
                && !PhraseBook.FemaleGivenNames.Contains(family)
                && !ProperNames.IsTitleWord(family)
                && !ContainsWord(text, family.ToLowerInvariant())
            )
                surnames.TryAdd(family, name);
        }
        allMentions = WithSurnames(text, allMentions, surnames);
        // What a speaker said earlier tells when and to whom they said the rest: "Ryabkov told RIA Novosti on
        // Tuesday" in the lead dates and attributes the quotations of his further down.
        var outletOf = new Dictionary<string, (OutletRef Outlet, int Paragraph)>(StringComparer.Ordinal);
        var dateOf = new Dictionary<string, FactDate>(StringComparer.Ordinal);
        var quoted = QuotationsAcross(text, paragraphs);
        // A headline's quotation is a fragment the body quotes in full, or a scare quote: not a statement of its own.
        if (paragraphs.Count > 1 && IsHeadline(text, paragraphs[0]))
            quoted.RemoveAll(q => q.First == 0);
        // A headline that quotes ("Ryabkov: 'A year of restraint is not a treaty'") does not end the lead: the lead
        // runs to the first quotation of the body.
        var firstInBody = quoted.FirstOrDefault(q => q.First > 0);
        int leadEnd = firstInBody?.Last ?? 0;
        FactDate? leadDate = LeadDate(text, paragraphs, firstInBody?.First ?? paragraphs.Count, published);
        // A transcript dates its turns, and the quotations around them, by the day of the interview.
        var turns = Turns(text, paragraphs);
        if (turns.Count > 0)
        {
            int firstSaid = Math.Min(turns[0].Label.Start, firstInBody?.Quote.Marks.Start ?? text.Length);
            leadDate = InterviewDate(text, paragraphs, firstSaid, published) ?? leadDate;
        }
        var interviewer = turns.Count > 0 ? InterviewOutlet(text, paragraphs, turns[0].Label.Start) : null;
        var transcript = TranscriptStatements(
            text,
            documentId,
            turns,
            leadDate,
            published,
            surnames,
            explain,
            interviewer
        );
        List<SpeakerRef>? previous = null;
        int previousPara = -1;
        for (int i = 0; i < quoted.Count; i++)
        {
            var (quote, p, last) = quoted[i];
            if (p != previousPara)
                previous = null;
            previousPara = last;
            var para = paragraphs[p];
            var lastPara = paragraphs[last];
            var afterEnd =
                i + 1 < quoted.Count && quoted[i + 1].First == last ? quoted[i + 1].Quote.Marks.Start : lastPara.End;
            // A list item ends at the next item: "• … \"extraordinary events\" …\n• Washington said …".
            var afterLimit = Bullet.Match(text, quote.Marks.End, Math.Max(0, afterEnd - quote.Marks.End))
                is { Success: true } item
                ? item.Index
                : afterEnd;
            var beforeStart = i > 0 && quoted[i - 1].Last == p ? quoted[i - 1].Quote.Marks.End : para.Start;
            var after = EndsSentence(text, quote)
                ? new TextRange(quote.Marks.End, quote.Marks.End)
                : FirstSentence(text, new TextRange(Math.Min(quote.Marks.End, afterLimit), afterLimit));
            var before = LastClause(text, new TextRange(beforeStart, quote.Marks.Start));
            // "The ministry issued the following statement on Tuesday:" in the paragraph before a quotation that
            // opens its own paragraph introduces it.
            if (
                before.Length == 0
                && beforeStart == para.Start
                && IsBlank(text, para.Start, quote.Marks.Start)
                && p > 0
                && text[paragraphs[p - 1].End - 1] == ':'
            )
                before = LastClause(text, new TextRange(paragraphs[p - 1].Start, paragraphs[p - 1].End - 1));
            var words = WordCount(text, quote.Inner);
            var afterAttribution = FindSpeakers(text, after, published, allMentions, surnames, fromEnd: false);
            var beforeAttribution = FindSpeakers(text, before, published, allMentions, surnames, fromEnd: true)
                ?? DocumentSpeaker(text, before);
            // "the EU said it was 'worried', while Senator Lane warned that '…'": a clause that runs on into the
            // next quotation introduces that one, so the speaker named before this quotation is its own.
            bool afterLeadsOn =
                i + 1 < quoted.Count
                && after.End >= afterEnd - 2
                && afterEnd < lastPara.End
                && !(after.Length > 0 && text[after.End - 1] is '.' or '!' or '?');
            // "… would respond 'firmly', while the envoy said …": a conjunction after the quotation opens a clause
            // with its own subject, whose speech verb is not this quotation's.
            afterLeadsOn |= NewClause.IsMatch(text, quote.Marks.End);
            // "… 'not ready to say' whether …, but experts in Moscow argued": a speech verb far after the
            // quotation, with a verb before it that introduces the quotation, is another clause's.
            // "China urged … to \"…\" ahead of the talks, according to a statement posted by the Chinese Foreign
            // Ministry": "according to" opens no clause of its own; it names the source of what came before.
            bool source =
                afterAttribution is { Verb: "according to" } && afterAttribution.Speakers.All(s => s.Kind != "person");
            afterLeadsOn |=
                afterAttribution is not null
                && beforeAttribution is not null
                && afterAttribution.Evidence.Start - quote.Marks.End > 40
                && !source;
            // "called the text \"a selective exercise\" aimed at Moscow and said …": a speech verb after a quotation
            // is its attribution when punctuation sets the quotation off from it ("…," she said; "…?" asked Ruiz);
            // otherwise the sentence runs on, and a speaker named before the quotation is its own.
            afterLeadsOn |=
                afterAttribution is not null && beforeAttribution is not null && !SetOff(text, quote) && !source;
            var attribution =
                afterLeadsOn && beforeAttribution is not null
                    ? beforeAttribution
                    : afterAttribution ?? beforeAttribution;
            // "In a communiqué issued after the meeting, ministers said the treaty \"…\"": when the clause names no
            // one who can speak, the document it opens with is what says the words.
            if (
                attribution is null
                && before.Length > 0
                && DocumentOpening.Match(text, before.Start, before.Length) is { Success: true } opening
            )
            {
                var doc = "the " + TextStructure.Normalize(opening.Groups["doc"].Value);
                attribution = new Attribution(
                    [new SpeakerRef(Slugs.Kebab(doc), doc, doc, "body", "document")],
                    before,
                    new TextRange(opening.Index, opening.Index + opening.Length),
                    TextStructure.Normalize(opening.Groups["verb"].Value)
                );
            }
            // A statement quoted whole, signed on the line after it ("— Ministry of Foreign Affairs, 3 May 2024").
            TextRange? signature = null;
            if (
                attribution is null
                && quote.Marks.Start == para.Start
                && quote.Marks.End >= lastPara.End - 1
                && last + 1 < paragraphs.Count
                && Signature(text, paragraphs[last + 1], published) is { } signed
            )
                (attribution, signature) = (signed, signed.Clause);
            // "Blinken called it 'reckless' and said Washington would watch 'closely'": a speech verb coordinated
            // with the previous quotation's has that quotation's speaker.
            if (
                attribution is null
                && previous is not null
                && before.Length > 0
                && CoordinatedVerb.Match(text, before.Start, before.Length) is { Success: true } coordinated
            )
                attribution = new Attribution(
                    previous.Select(s => s with { Resolution = "continuation" }).ToList(),
                    before,
                    new TextRange(coordinated.Index, coordinated.Index + coordinated.Length),
                    TextStructure.Normalize(coordinated.Groups["verb"].Value)
                );
            // A single quoted word is a scare quote unless someone is named as saying it in the same sentence.
            if (words < 2 && attribution is null)
                continue;
            List<SpeakerRef> speakers;
            if (attribution is not null)
                speakers = attribution.Speakers;
            // "… joined him in a statement by ten governments that said: \"…\"": a speech verb next to the
            // quotation whose subject is no one found means someone else speaks; the previous speaker is not
            // carried over, and the quotation is kept without a speaker.
            else if (
                previous is not null
                && !(previous.All(s => s.Kind != "person") && ItSaid.IsMatch(text[before.Start..before.End]))
                && (SpeaksBefore(text, before) || SpeaksAfter(text, after))
            )
                speakers = [];
            else if (previous is not null)
                speakers = previous.Select(s => s with { Resolution = "continuation" }).ToList();
            else
                continue;
            previous = speakers;

            var clauses = new[] { after, before, signature ?? default }.Where(r => r.Length > 0).ToList();
            var outlet = FindOutlet(text, quote, clauses, lastPara, paragraphs, last, published, speakers)
                ?? OutletEarlier(
                    text,
                    new TextRange(beforeStart, quote.Marks.Start),
                    speakers,
                    published,
                    allMentions,
                    surnames
                );
            bool carried = false;
            if (
                outlet is null
                && speakers
                    .Where(s =>
                        outletOf.TryGetValue(s.Slug, out var o)
                        && (p - o.Paragraph <= CarryParagraphs || o.Paragraph <= leadEnd)
                    )
                    .Select(s => outletOf[s.Slug].Outlet)
                    .FirstOrDefault()
                    is { } earlier
            )
                (outlet, carried) = (earlier, true);
            var date = AfterEvent(text, clauses, speakers, events)
                ?? StatementDate(text, clauses, outlet is not null && !carried ? outlet : null, published);
            if (date?.Basis == "publication")
            {
                if (
                    speakers.Select(s => dateOf.GetValueOrDefault(s.Slug)).FirstOrDefault(d => d is not null) is
                    { } said
                )
                    date = said with
                    {
                        Note =
                            (said.Note is null ? "" : said.Note + "; ")
                            + "the day the same speaker was reported speaking earlier in the text",
                    };
                else if (leadDate is not null)
                    date = leadDate with
                    {
                        Note = (leadDate.Note is null ? "" : leadDate.Note + "; ") + "the day the lead reports",
                    };
            }
            if (date is not null && date.Basis != "publication")
            {
                leadDate ??= date;
                foreach (var s in speakers)
                    dateOf.TryAdd(s.Slug, date);
            }
            if (outlet is not null && !carried)
                foreach (var s in speakers)
                    outletOf.TryAdd(s.Slug, (outlet, last));
            var place = attribution is null ? null : Place(text, attribution.Clause);
            var quoteText = text[quote.Inner.Start..quote.Inner.End];
            var id = FactIds.Make("st", documentId, quoteText);
            explain.TryAdd(
                id,
                attribution is null
                    ? new Explanation("continuation", "the previous quotation's speaker")
                    : new Explanation(
                        signature is not null ? "signature"
                            : attribution == afterAttribution ? "quote-then-attribution"
                            : "attribution-then-quote",
                        attribution.Verb
                    )
            );
            result.Add(
                new StatementFact(
                    id,
                    quoteText,
                    speakers,
                    date,
                    place,
                    outlet,
                    Span.Of(text, quote.Inner.Start, quote.Inner.End),
                    attribution is null ? null : Span.Of(text, attribution.Evidence.Start, attribution.Evidence.End)
                )
            );
        }
        result.AddRange(transcript);
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>
    /// Quotations of every paragraph in order. One that opens and is not closed in its paragraph, where no later
    /// paragraph reopens it, runs on to the first closing mark in the paragraphs after it (a statement quoted whole).
    /// </summary>
    private static List<Quoted> QuotationsAcross(string text, IReadOnlyList<TextRange> paragraphs)
    {
        var result = new List<Quoted>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var quotes = Quotations.Find(text, paragraphs[p]);
            for (int q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                bool open =
                    q == quotes.Count - 1
                    && quote.Marks.End == paragraphs[p].End
                    && text[paragraphs[p].End - 1] is not ('\u201D' or '"');
                if (open && Closing(text, paragraphs, p) is { } close)
                {
                    var (k, at) = close;
                    int innerEnd = at;
                    while (
                        innerEnd > quote.Inner.Start
                        && (char.IsWhiteSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ',')
                    )
                        innerEnd--;
                    result.Add(
                        new Quoted(
                            new Quotation(
                                new TextRange(quote.Marks.Start, at + 1),
                                new TextRange(quote.Inner.Start, innerEnd)
                            ),
                            p,
                            k
                        )
                    );
                    // The rest of the closing paragraph has quotations of its own.
                    foreach (var rest in Quotations.Find(text, new TextRange(at + 1, paragraphs[k].End)))
                        result.Add(new Quoted(rest, k, k));
                    p = k;
                    goto next;
                }
                result.Add(new Quoted(quote, p, p));
            }
            next:
            ;
        }
        return result;
    }

    /// <summary>
    /// The paragraph and offset of the mark that closes a quotation left open at the end of paragraph p.
    /// </summary>
    private static (int Paragraph, int At)? Closing(string text, IReadOnlyList<TextRange> paragraphs, int p)
    {
        for (int k = p + 1; k < paragraphs.Count && k <= p + 12; k++)
        {
            var para = paragraphs[k];
            if (text[para.Start] is '\u201C' or '"')
                return null; // news style: each paragraph reopens the quotation
            for (int i = para.Start; i < para.End; i++)
            {
                if (text[i] == '\u201C')
                    return null;
                if (text[i] == '\u201D' || (text[i] == '"' && i > para.Start && !char.IsWhiteSpace(text[i - 1])))
                    return (k, i);
                if (text[i] == '"')
                    return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The mentions with every later bare surname of an uncatalogued person named in full ("Zotov" after "Gennady
    /// Zotov"), so that a pronoun after "Zotov said" stands for Zotov and not for someone named before him.
    /// </summary>
    private static IReadOnlyList<ActorMention> WithSurnames(
        string text,
        IReadOnlyList<ActorMention> all,
        Dictionary<string, string> surnames
    )
    {
        if (surnames.Count == 0)
            return all;
        var result = all.ToList();
        foreach (var (surname, full) in surnames)
        {
            if (surname.Length < 3 || !char.IsUpper(surname[0]))
                continue;
            for (
                int i = text.IndexOf(surname, StringComparison.Ordinal);
                i >= 0;
                i = text.IndexOf(surname, i + surname.Length, StringComparison.Ordinal)
            )
            {
                var r = new TextRange(i, i + surname.Length);
                if (
                    (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-'))
                    || (r.End < text.Length && (char.IsLetterOrDigit(text[r.End]) || text[r.End] == '-'))
                    || all.Any(m => m.Range.Overlaps(r))
                )
                    continue;
                result.Add(new ActorMention(r, null, "uncatalogued", full, "person", true));
            }
        }
        result.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return result;
    }

    /// <summary>A first paragraph of one short line that does not end a sentence: a headline.</summary>
    private static bool IsHeadline(string text, TextRange first)
    {
        if (first.Length > 200 || text.AsSpan(first.Start, first.Length).Contains('\n'))
            return false;
        int end = first.End;
        while (end > first.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\u201D' or '\''))
            end--;
        return end > first.Start && text[end - 1] is not ('.' or '!' or '?' or ':');
    }

    private static bool ContainsWord(string text, string word)
    {
        for (
            int i = text.IndexOf(word, StringComparison.Ordinal);
            i >= 0;
            i = text.IndexOf(word, i + 1, StringComparison.Ordinal)
        )
        {
            int end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                return true;
        }
        return false;
    }

    private static bool IsBlank(string text, int from, int to) => text.AsSpan(from, to - from).IsWhiteSpace();

    /// <summary>
    /// The day the lead paragraph reports ("VIENNA, May 4 (Reuters) -", "Russia on Wednesday vetoed …"): the first
    /// day-precise date of the first paragraph of prose before the first quotation, when it falls in the week
    /// before publication (an older date in the lead is background, not the news of the day).
    /// </summary>
    private static FactDate? LeadDate(
        string text,
        IReadOnlyList<TextRange> paragraphs,
        int firstQuoted,
        DateOnly? published
    )
    {
        if (published is not { } pub)
            return null;
        for (int p = 1; p < Math.Min(firstQuoted + 1, Math.Min(paragraphs.Count, 5)); p++)
        {
            var para = paragraphs[p];
            if (text[para.End - 1] is not ('.' or ':') || WordCount(text, para) < 8)
                continue;
            var d = Dates.Find(text, para, published).FirstOrDefault(d => d.Precision == DatePrecision.Day);
            if (d is null || d.Date > pub || d.Date < pub.AddDays(-7))
                return null;
            var words = TextStructure.Normalize(text[d.Range.Start..d.Range.End]);
            return new FactDate(
                d.Date,
                d.Precision,
                d.Relative ? "relative" : "stated",
                $"the day the lead paragraph reports (\"{words}\")"
            );
        }
        return null;
    }

    /// <summary>
    /// A signature line after a statement quoted whole: an organisation alone at the start of the paragraph,
    /// after a dash or not ("— Ministry of Foreign Affairs of the Russian Federation, Moscow, 18 December 2021").
    /// </summary>
    private Attribution? Signature(string text, TextRange para, DateOnly? published)
    {
        int lineEnd = text.IndexOf('\n', para.Start, para.Length);
        var line = new TextRange(para.Start, lineEnd < 0 ? para.End : lineEnd);
        int start = line.Start;
        while (start < line.End && (text[start] is '\u2014' or '\u2013' or '-' || char.IsWhiteSpace(text[start])))
            start++;
        if (line.Length > 160 || start == line.End)
            return null;
        var orgs = ProperNames.Organisations(text, new TextRange(start, line.End));
        if (orgs.Count == 0 || orgs[0].Range.Start != start)
            return null;
        // Only the name, then a place or date: a sentence is not a signature.
        var rest = text[orgs[0].Range.End..line.End].Trim();
        if (text[line.End - 1] is '.' or '!' or '?' or ':' || SpeechVerb.IsMatch(rest))
            return null;
        var (range, name) = orgs[0];
        var speaker = new SpeakerRef(Slugs.Kebab(name), name, name, "uncatalogued", "organization");
        return new Attribution([speaker], line, range, "signed");
    }

    /// <summary>
    /// "… our forces." Obama, for his part, said: a quotation that ends its sentence inside the marks and is
    /// followed by a capitalised word ends the sentence; what follows is not its attribution.
    /// </summary>
    private static bool EndsSentence(string text, Quotation quote)
    {
        if (quote.Inner.End <= quote.Inner.Start || text[quote.Inner.End - 1] is not ('.' or '!' or '?'))
            return false;
        int k = quote.Marks.End;
        while (k < text.Length && text[k] is ' ' or '\u00A0')
            k++;
        return k < text.Length && char.IsUpper(text[k]);
    }

    /// <summary>Whether punctuation sets the quotation off from what follows: a comma, question or exclamation
    /// mark, full stop or dash inside the closing mark or right after it.</summary>
    private static bool SetOff(string text, Quotation quote)
    {
        for (int k = quote.Inner.End; k < quote.Marks.End; k++)
            if (text[k] is ',' or '?' or '!' or '.' or '\u2014' or '\u2013' or ':' or ';')
                return true;
        int after = quote.Marks.End;
        while (after < text.Length && text[after] is ' ' or '\u00A0')
            after++;
        return after >= text.Length || text[after] is ',' or '\u2014' or '\u2013' or '-' or '.' or ';' or ')' or '\n';
    }

    // "In a joint statement issued on Friday, the ministers said": a document opening the clause, then a speech verb.
    private static readonly Regex DocumentOpening = PhraseBook.Compile(
        @"\G(?:In|in) (?:a|an|the|their|its) (?:(?:joint|final|closing|separate|written) )?"
            + @"(?<doc>communiqu[eé]|statement|declaration)(?![\w-])[^""\u201C\u201D;]{0,80}?, "
            + @"[^""\u201C\u201D;,]{0,40}?(?<verb>said|stated|declared|added|warned|urged|noted)(?![\w-])"
    );

    // "It said …", "They added …": an organisation or document speaking on, named in the sentence before.
    private static readonly Regex ItSaid = PhraseBook.Compile(
        PhraseBook.B
            + "(?:It|it|They|they) (?:also |then |later )?"
            + PhraseBook.Any(PhraseBook.SpeechVerbs)
            + PhraseBook.E
    );

    // "… stance and warned Moscow that …": a speech verb coordinated with the previous predicate has its subject.
    private static readonly Regex CoordinatedBefore = new(
        @"(?:\band|\bbut|\bthen|\balso),?[\s\u00A0]+$",
        RegexOptions.CultureInvariant
    );

    /// <summary>Whether the clause before a quotation has a speech verb of a subject of its own (not "and
    /// said").</summary>
    private static bool SpeaksBefore(string text, TextRange before)
    {
        foreach (Match v in SpeechVerb.Matches(text.Substring(before.Start, before.Length)))
        {
            int at = before.Start + v.Index;
            if (!CoordinatedBefore.IsMatch(text[Math.Max(before.Start, at - 12)..at]))
                return true;
        }
        return false;
    }

    // A speech verb opening the clause after a quotation: "\"…,\" is how one negotiator summed it up".
    private static bool SpeaksAfter(string text, TextRange after) =>
        after.Length > 0
        && SpeechVerb.Match(text, after.Start, after.Length) is { Success: true } v
        && v.Index - after.Start <= 50;

    private static int WordCount(string text, TextRange r) =>
        text.AsSpan(r.Start, r.Length).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static TextRange FirstSentence(string text, TextRange r)
    {
        if (r.Length == 0)
            return r;
        var s = TextStructure.Sentences(text, r);
        return s.Count == 0 ? new TextRange(r.Start, r.Start) : s[0];
    }

    /// <summary>
    /// The part of the sentence that leads into the quotation; empty when a sentence ended before it.
    /// </summary>
    private static TextRange LastClause(string text, TextRange r)
    {
        var s = TextStructure.Sentences(text, r);
        if (s.Count == 0)
            return new TextRange(r.End, r.End);
        var last = s[^1];
        return text[last.End - 1] is '.' or '!' or '?' ? new TextRange(r.End, r.End) : last;
    }

    /// <summary>
    /// The speakers of a clause: the actors that are the subject of its speech verb ("Obama and Putin said",
    /// "Peskov on Tuesday described"), or that follow it ("said Lavrov"). Outlets that "reported" are not speakers.
    /// </summary>
    private Attribution? FindSpeakers(
        string text,
        TextRange clause,
        DateOnly? on,
        IReadOnlyList<ActorMention> all,
        IReadOnlyDictionary<string, string> surnames,
        bool fromEnd
    )
    {
        if (clause.Length == 0)
            return null;
        var mentions = actors.Find(text, clause, on, surnames).Where(m => m.Actor?.Kind != "outlet").ToList();
        var verbs = SpeechVerb
            .Matches(text.Substring(clause.Start, clause.Length))
            .Cast<Match>()
            .Select(v => new TextRange(clause.Start + v.Index, clause.Start + v.Index + v.Length))
            .ToList();
        if (fromEnd)
            verbs.Reverse();
        foreach (var verb in verbs)
        {
            var subject = SubjectBefore(text, mentions, verb);
            if (
                AppositionHead(text, mentions, clause, verb) is { } head
                && (subject.Count == 0 || subject[0].Range.Start > head.Range.End)
            )
                subject = [head];
            // "Peskov told Interfax that Moscow would study it, but added that …", "NATO allies placed the blame on
            // Russia as the U.S. exit took effect, and said …": a speech verb coordinated with an earlier predicate
            // has that predicate's subject, the one the clause opens with, not the nearest name (a reported
            // clause's subject or a modifier). When the clause opens with no name, no one.
            if (
                subject.Count > 0
                && CoordinatedPredicate.Match(text, verb.Start) is { Success: true } coordination
                && coordination.Index >= clause.Start
                && subject[^1].Range.End < coordination.Index
                && text.AsSpan(subject[^1].Range.End, coordination.Index - subject[^1].Range.End)
                    .ContainsAnyInRange('a', 'z')
            )
                subject = OpeningSubject(text, mentions, clause, coordination.Index) is { } opening ? [opening] : [];
            bool inverted = false;
            var verbWords = TextStructure.Normalize(text[verb.Start..verb.End]);
            // "The head of Strategic Command told the committee …": the one who speaks holds a role in what is
            // named, and the text does not name them here. Someone speaks; who is unsure.
            if (
                subject is [{ IsPerson: false } held]
                && OfWhere.Match(text, held.Range.Start) is { Success: true } roleOf
                && RoleOf.IsMatch(text, roleOf.Index)
            )
                return new Attribution([], clause, verb, verbWords);
            // "according to" names its source after it, never before ("the treaty's talks, according to …").
            if (verbWords == "according to")
                subject = [];
            // "The United States wrote to the signatories, saying the treaty \"…\"": a participle after a comma has
            // the subject the clause opens with, and never a name after it.
            if (verbWords.EndsWith("ing", StringComparison.Ordinal) && ParticipleComma.IsMatch(text, verb.Start))
                subject = OpeningSubject(text, mentions, clause, verb.Start) is { } opener ? [opener] : [];
            // Right after the quotation any speech verb but "told" may be inverted ("\"…,\" warned Ana Ruiz").
            bool rightAfterQuote = !fromEnd && verb.Start - clause.Start <= 3 && verbWords is not ("told" or "tells");
            bool participle = verbWords.EndsWith("ing", StringComparison.Ordinal);
            // "could begin adding warheads", "without calling it a breach": a gerund that is the object of another
            // verb or a preposition reports no words; a speech participle follows a comma ("…, adding that") or
            // opens a clause of its own ("before adding", "while noting").
            if (participle && !ParticipleLead.IsMatch(text, verb.Start))
                continue;
            if (subject.Count == 0 && !participle && (rightAfterQuote || !AddresseeVerbs.Contains(verbWords)))
            {
                // "said Lavrov", but not "said Moscow would study it": there Moscow is the reported clause's subject;
                // nor "urged Iran to …", "told Reuters": after such a verb a name is whom the words are for.
                // Nor "issued after talks at the alliance's offices": a name in the possessive modifies a noun
                // (but "according to a statement on the ministry's website" names whose statement it is).
                var afterVerb = mentions.FirstOrDefault(m =>
                    m.Range.Start >= verb.End
                    && IsGap(text, verb.End, m.Range.Start, 40)
                    && !ReportedSubject.IsMatch(text, m.Range.End)
                    && (!Possessive(text, m) || verbWords == "according to")
                    && (
                        m.Range.Start - verb.End <= 20
                        || TitleGap.IsMatch(text[verb.End..m.Range.Start])
                        || (verbWords == "according to" && StatementOf.IsMatch(text[verb.End..m.Range.Start]))
                    )
                )
                    ?? mentions.FirstOrDefault(m =>
                        m.Range.Start >= verb.End
                        && m.IsPerson
                        && m.Range.Start - verb.End <= 70
                        && RoleApposition.IsMatch(text[verb.End..m.Range.Start])
                    );
                // Before a quotation, "said Ana Ruiz: \"…\"" names the speaker, but in "ministers said the treaty
                // on … \"no longer reflects …\"" the name runs on into the quotation: it is the reported clause's
                // subject.
                if (
                    afterVerb is not null
                    && fromEnd
                    && afterVerb.Resolution != "pronoun"
                    && RunsOn(text, ChainAfter(text, mentions, afterVerb)[^1], clause)
                )
                    afterVerb = null;
                if (afterVerb is not null)
                {
                    subject = ChainAfter(text, mentions, afterVerb);
                    inverted = true;
                }
            }
            // "France and Britain welcomed it. \"…,\" the two delegations said": the pair named just before.
            if (subject is [{ Resolution: "pair" } pair])
                subject = PairBefore(text, all, pair);
            var speakers = subject
                .Select(m => Resolve(text, m, all))
                .OfType<SpeakerRef>()
                .DistinctBy(s => s.Slug)
                .ToList();
            // "Moscow's envoy Ryabkov and …": a place or state beside a person is where they speak for, not a
            // speaker.
            if (speakers.Any(s => s.Kind == "person"))
                speakers.RemoveAll(s => s.Kind == "state");
            // "… she said" where "she" could be either of two people: someone is named as saying it, but who is
            // unsure, and a wrong speaker is worse than none. The quotation is kept without one.
            if (speakers.Count == 0 && !inverted && subject.Count == 1 && subject[0].Resolution == "pronoun")
                return new Attribution(
                    [],
                    clause,
                    new TextRange(
                        Math.Min(subject[0].Range.Start, verb.Start),
                        Math.Max(subject[0].Range.End, verb.End)
                    ),
                    TextStructure.Normalize(text[verb.Start..verb.End])
                );
            if (speakers.Count == 0)
                continue;
            var evidenceStart = Math.Min(subject.Min(m => m.Range.Start), verb.Start);
            var evidenceEnd = Math.Max(subject.Max(m => m.Range.End), verb.End);
            return new Attribution(
                speakers,
                clause,
                new TextRange(evidenceStart, evidenceEnd),
                TextStructure.Normalize(text[verb.Start..verb.End])
            );
        }
        return null;
    }

    private static readonly Regex StatesOf = new(
        @"^(?:(?:foreign|defence|defense) )?(?:ministries|ministers|governments|delegations|leaders) of ",
        RegexOptions.CultureInvariant
    );

    private static readonly Regex PairGap = new(
        @"^[\s\u00A0]+and[\s\u00A0]+(?:the[\s\u00A0]+)?$",
        RegexOptions.CultureInvariant
    );

    /// <summary>The last two names joined by "and" before a reference to a pair, in its paragraph; none if there
    /// is no such pair.</summary>
    private static List<ActorMention> PairBefore(string text, IReadOnlyList<ActorMention> all, ActorMention pair)
    {
        var before = all.Where(x =>
                x.Range.End <= pair.Range.Start
                && pair.Range.Start - x.Range.End <= 400
                && x.Resolution is not ("pronoun" or "pair" or "body")
            )
            .ToList();
        // "the foreign ministries of France, Germany and Britain urged … \"…,\" the three ministries said": the
        // body of states named last.
        if (before.LastOrDefault(x => x.IsOrganisation && StatesOf.IsMatch(x.Name ?? "")) is { } group)
        {
            var gap = text.AsSpan(group.Range.End, pair.Range.Start - group.Range.End);
            return gap.Contains("\n\n", StringComparison.Ordinal) ? [] : [group];
        }
        for (int k = before.Count - 1; k > 0; k--)
        {
            var (x, y) = (before[k - 1], before[k]);
            if (text.AsSpan(x.Range.End, pair.Range.Start - x.Range.End).Contains("\n\n", StringComparison.Ordinal))
                break;
            if (PairGap.IsMatch(text[x.Range.End..y.Range.Start]) && x.IsPerson == y.IsPerson)
                return [x, y];
        }
        return [];
    }

    /// <summary>Whether words (not punctuation) follow a mention before the end of its clause.</summary>
    private static bool RunsOn(string text, ActorMention m, TextRange clause)
    {
        int k = m.Range.End;
        while (k < clause.End && text[k] is ' ' or '\u00A0')
            k++;
        return k < clause.End && char.IsLetterOrDigit(text[k]);
    }

    private static readonly Regex ParticipleComma = new(@",[\s\u00A0]*\G", RegexOptions.RightToLeft);

    private static readonly Regex ParticipleLead = new(
        @"(?:[,;:\u2013\u2014]|(?<![\w-])(?:before|after|while|when|and|also|then|again|as))[\s\u00A0]*\G",
        RegexOptions.RightToLeft | RegexOptions.CultureInvariant
    );

    // ", but added", " and said", "; but later also told": the coordination right before a speech verb.
    private static readonly Regex CoordinatedPredicate = PhraseBook.Interpret(
        @"(?:[,;](?: )?| )(?:and|but)(?: (?:also|then|later|later also))? \G",
        RegexOptions.RightToLeft
    );

    private static readonly HashSet<string> AddresseeVerbs = new(
        PhraseBook.AddresseeVerbs.Select(p => p.Text),
        StringComparer.Ordinal
    );

    // A lower-case word: before a clause's subject only "the" may stand ("BRUSSELS, 2 August 2019 (Wire) – NATO
    // allies", "On Friday, the ministry"); any other means the clause opened with something else.
    private static readonly Regex LowerWord = new(@"(?<![\p{L}'\u2019-])[a-z][\p{L}-]*", RegexOptions.CultureInvariant);

    private static readonly Regex RoleBetween = new(
        @"^(?:['\u2019]s)?(?:[\s\u00A0]+[a-z-]+){0,3}[\s\u00A0]+(?:" + ProperNames.RoleNouns + @")[\s\u00A0]+$",
        RegexOptions.CultureInvariant
    );

    /// <summary>The mention a clause opens with, before <paramref name="before"/>: its subject.</summary>
    private static ActorMention? OpeningSubject(string text, List<ActorMention> mentions, TextRange clause, int before)
    {
        var inClause = mentions.Where(m => m.Range.Start >= clause.Start && m.Range.End <= before).ToList();
        if (inClause.Count == 0)
            return null;
        var first = inClause[0];
        if (!LowerWord.Matches(text[clause.Start..first.Range.Start]).All(w => w.Value is "the"))
            return null;
        // "Russia's foreign ministry issued a statement, saying …": a name in the possessive is not the subject.
        if (Possessive(text, first) && !(inClause.Count > 1 && inClause[1].IsPerson))
            return null;
        // "Kremlin foreign policy aide Yuri Ushakov": an organisation, then a role, then the person who holds it.
        return
            !first.IsPerson
            && inClause.Count > 1
            && inClause[1].IsPerson
            && RoleBetween.IsMatch(text[first.Range.End..inClause[1].Range.Start])
            ? inClause[1]
            : first;
    }

    /// <summary>"wrote Sara Lindqvist and Tomasz Nowak": the name after the verb and those joined to it.</summary>
    private static List<ActorMention> ChainAfter(string text, List<ActorMention> mentions, ActorMention first)
    {
        var chain = new List<ActorMention> { first };
        foreach (var m in mentions.Where(m => m.Range.Start >= first.Range.End))
        {
            var gap = text[chain[^1].Range.End..m.Range.Start];
            if (!ChainGap.IsMatch(gap) || !gap.Contains("and", StringComparison.Ordinal) || m.Resolution == "pronoun")
                break;
            chain.Add(m);
        }
        return chain;
    }

    // Between two subjects of one verb: ", ", " and ", ", and "; after "and" perhaps "the" or a role ("Weiss and
    // Mexican envoy Jorge Salinas"). A comma alone may open an apposition ("Rafael Grossi, the IAEA's director").
    private static readonly Regex ChainGap = new(
        @"^[\s\u00A0]*(?:,|(?:,[\s\u00A0]*)?and[\s\u00A0]+(?:the[\s\u00A0]+)?"
            + @"(?:(?:[A-Z][\w.'\u2019-]*[\s\u00A0]+)?(?:"
            + ProperNames.RoleNouns
            + @")[\s\u00A0]+)?)[\s\u00A0]*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant
    );

    private static readonly Regex SentenceEnd = new(@"[.!?][\s\u00A0]+[A-Z]", RegexOptions.Compiled);

    // ", head of the upper house's committee, had earlier warned": the comma closing an apposition, then at most
    // a few lower-case words (auxiliaries, adverbs) before the verb.
    private static readonly Regex ClosingComma = new(@",(?:[\s\u00A0]+[a-z]+){0,3}[\s\u00A0]*$", RegexOptions.Compiled);

    /// <summary>
    /// "Konstantin Kosachev, head of the foreign affairs committee of Russia's upper house, told …": the person
    /// before an apposition set off by commas is the subject, not the state or person named inside it.
    /// </summary>
    private static ActorMention? AppositionHead(
        string text,
        List<ActorMention> mentions,
        TextRange clause,
        TextRange verb
    )
    {
        var closing = ClosingComma.Match(text, clause.Start, verb.Start - clause.Start);
        if (!closing.Success)
            return null;
        foreach (var m in mentions)
        {
            if (m.Range.End >= closing.Index || !m.IsPerson || closing.Index - m.Range.End > 150)
                continue;
            int k = m.Range.End;
            if (k >= text.Length || text[k] != ',' || k == closing.Index)
                continue;
            if (
                text.AsSpan(k, closing.Index - k).IndexOfAny(";\"\u201C\u201D") >= 0
                || SentenceEnd.IsMatch(text[k..closing.Index])
            )
                continue;
            // "A former negotiator, Carl Hendricks, wrote": an apposition that is only a name names the person the
            // role before it describes; the name is the subject.
            var named = mentions.FirstOrDefault(n =>
                n.IsPerson && n.Range.Start > k && n.Range.End <= closing.Index && n.Resolution != "pronoun"
            );
            if (
                named is not null
                && text.AsSpan(k + 1, named.Range.Start - k - 1).IsWhiteSpace()
                && named.Range.End == closing.Index
            )
                return named;
            return m;
        }
        return null;
    }

    // A document that is quoted: an article ("Article IV of the Treaty on …"), a treaty by its capitalised name, or
    // a document by its noun ("the declaration", "a final document", "The draft final document", "That article");
    // then perhaps an apposition or "that", then a document verb. Or "under Article I, parties undertake …", or
    // "according to the draft, …".
    private const string DocumentNoun =
        @"(?:(?:draft|final|joint|closing|outcome|political|summit|leaders'|leaders\u2019) ){0,3}"
        + @"(?:declaration|document|communiqu[eé]|resolution|draft|statement|text|report|protocol|convention|"
        + @"agreement|accord|treaty|article|charter|memorandum)";
    private const string DocumentSubject =
        @"(?<doc>Article [IVXLC]+"
        + @"(?: of (?:the )?[A-Z][^.;""\u201C\u201D]{0,160}?| of the (?:treaty|convention|protocol|agreement))?|"
        + @"(?:[A-Z][\w'\u2019-]* ){1,6}(?:Treaty|Convention|Protocol|Declaration)(?: of \d{4})?|"
        + @"(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his) "
        + DocumentNoun
        + ")";
    private static readonly Regex DocumentFrame = PhraseBook.Compile(
        PhraseBook.B
            + "(?:"
            + DocumentSubject
            + @"(?:,[^,.;""\u201C\u201D]{1,80},)?(?:,? which| that)? (?:also |still |explicitly )?(?<verb>"
            + PhraseBook.Any(PhraseBook.DocumentVerbs)
            + @")|(?<verb>undertake|undertook|commit|committed|agree|agreed)"
            + @",? [Uu]nder (?<doc>Article [IVXLC]+)|"
            + @"[Uu]nder (?<doc>Article [IVXLC]+)(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)?"
            + @",? (?:[\w'\u2019-]+ ){1,4}?(?<verb>undertake|undertook|commit|committed|agree|agreed)|"
            + @"(?<verb>[Aa]ccording to) (?<doc>the "
            + DocumentNoun
            + "),)"
            + PhraseBook.E
    );

    private static readonly Regex OfYear = new(@" of \d{4}$", RegexOptions.CultureInvariant);

    private static readonly Regex ArticleName = new(@"Article [IVXLC]+(?![\w-])", RegexOptions.RightToLeft);

    /// <summary>
    /// "Article I prohibits …", "states commit under Article VI to …", "the declaration brands …": the document
    /// whose words these are.
    /// </summary>
    private static Attribution? DocumentSpeaker(string text, TextRange clause)
    {
        var m = DocumentFrame.Match(text, clause.Start, clause.Length);
        if (!m.Success)
            return null;
        var doc = m.Groups["doc"];
        var mention = TextStructure.Normalize(doc.Value);
        var name = mention;
        // "The Outer Space Treaty of 1967": the treaty by its name.
        if (OfYear.Match(name) is { Success: true } year)
            name = name[..year.Index];
        if (
            name.StartsWith("The ", StringComparison.Ordinal)
            && name.Split(' ') is { Length: > 2 } named
            && char.IsUpper(named[^1][0])
        )
            name = name[4..];
        if (name.StartsWith("Article ", StringComparison.Ordinal))
            name = string.Join(' ', name.Split(' ')[..2]);
        else if (!char.IsUpper(name.Split(' ')[^1][0]))
        {
            // "a final document" is the final document; "that article" is the article named last before it.
            var words = name.Split(' ');
            name = "the " + string.Join(' ', words[1..]);
            if (words[^1] == "article")
                name = ArticleName.Match(text, 0, doc.Index) is { Success: true } article ? article.Value : name;
        }
        var speaker = new SpeakerRef(Slugs.Kebab(name), name, mention, "body", "document");
        return new Attribution(
            [speaker],
            clause,
            new TextRange(m.Index, m.Index + m.Length),
            TextStructure.Normalize(m.Groups["verb"].Value)
        );
    }

    /// <summary>The chain of mentions right before the verb, joined by "and" or commas.</summary>
    private static List<ActorMention> SubjectBefore(string text, List<ActorMention> mentions, TextRange verb)
    {
        var chain = new List<ActorMention>();
        int boundary = verb.Start;
        bool and = false;
        foreach (var m in mentions.Where(m => m.Range.End <= verb.Start).Reverse())
        {
            // Two mentions of one stretch of text (a title inside a name): the later one is already in the chain.
            if (m.Range.End > boundary)
                continue;
            var gap = text[m.Range.End..boundary];
            // "France, Britain and Germany said", "France, Germany and Britain said": a capitalised word in a list
            // of states the catalog knows is one more state, though the catalog does not know it.
            if (
                IsState(m)
                && StateInList.Match(gap) is { Success: true } member
                && !NotAState.Contains(member.Groups["name"].Value)
            )
            {
                var name = member.Groups["name"];
                var at = m.Range.End + name.Index;
                chain.Insert(
                    0,
                    new ActorMention(new TextRange(at, at + name.Length), null, "uncatalogued", name.Value, "state")
                );
                and |= gap.Contains("and", StringComparison.Ordinal);
                gap = gap[..name.Index];
                if (chain.Count == 1 && !IsGap(text, m.Range.End, at, MaxSubjectGap))
                    break;
            }
            if (chain.Count == 0)
            {
                if (!IsGap(text, m.Range.End, boundary, MaxSubjectGap))
                    break;
                // "After a meeting at the alliance's headquarters, the ministers said": a name in the possessive
                // before a comma belongs to an opening phrase; the subject is the noun after the comma.
                if (Possessive(text, m) && gap.Contains(',', StringComparison.Ordinal))
                    break;
            }
            else if (!ChainGap.IsMatch(gap))
                break;
            else
                and |= gap.Contains("and", StringComparison.Ordinal);
            chain.Insert(0, m);
            boundary = m.Range.Start;
        }
        // "Japan and the United States said": a capitalised word opening the clause, joined to a state by "and".
        if (
            chain.Count > 0
            && IsState(chain[0])
            && StateBefore.Match(text, chain[0].Range.Start) is { Success: true } first
            && !NotAState.Contains(first.Groups["name"].Value)
        )
        {
            var name = first.Groups["name"];
            chain.Insert(
                0,
                new ActorMention(
                    new TextRange(name.Index, name.Index + name.Length),
                    null,
                    "uncatalogued",
                    name.Value,
                    "state"
                )
            );
            and = true;
        }
        // "Sen. Ana Ruiz of New Mexico said", "Rep. Omar Haddad of the opposition Unity Party said": the place or
        // party after "of" is where the person comes from; the person speaks.
        // (A capitalised run the recognisers read as a person's name may be the place or party: "of" between two
        // names of people does not join a person to a person.)
        if (
            chain is [var from]
            && from.Actor?.Kind != "person"
            && OfWhere.Match(text, from.Range.Start) is { Success: true } of
        )
        {
            if (
                mentions.LastOrDefault(m => m.IsPerson && m.Range.End == of.Index && m.Resolution != "pronoun") is
                { } native
            )
                return [native];
        }
        // "The head of the agency, Ana Ruiz, said": commas with no "and" set a person beside what they head or
        // speak for, and the person is the one speaker.
        return
            chain.Count > 1 && !and && chain.LastOrDefault(m => m.IsPerson || m.Resolution == "pronoun") is { } person
            ? [person]
            : chain;
    }

    private static readonly Regex OfWhere = new(
        @"[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}\G",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft
    );

    private static readonly Regex RoleOf = new(
        @"(?<![\w-])(?:head|chief|commander|director|leader|chair|chairman|chairwoman|president|secretary|"
            + @"spokesperson|spokesman|spokeswoman|member|members|envoy|ambassador|minister|official|officials)\G",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft
    );

    private static bool IsState(ActorMention m) => m.Actor?.Kind == "state" || m.Kind == "state";

    // The gap between a state and the next subject or the verb holding one more name: ", Germany and ",
    // " and Germany ".
    private static readonly Regex StateInList = new(
        @"^(?:,|,?[\s\u00A0]+and)[\s\u00A0]+(?<name>[A-Z][a-z]+)"
            + @"(?:,[\s\u00A0]+(?:in|on|at|with)[\s\u00A0][^,;""\u201C\u201D]{1,40},)?"
            + @"(?:,|,?[\s\u00A0]+and)?[\s\u00A0]+$",
        RegexOptions.CultureInvariant
    );

    private static readonly Regex StateBefore = new(
        @"(?<=(?:^|[.!?;:\n])[\s\u00A0]*)(?<name>[A-Z][a-z]+)[\s\u00A0]+and[\s\u00A0]+(?:the[\s\u00A0]+)?\G",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft
    );

    // Capitalised words that open a clause or stand in a list without being a state.
    private static readonly HashSet<string> NotAState = new(
        PhraseBook
            .MonthNumbers.Keys.Concat(PhraseBook.Weekdays)
            .Concat([
                "The",
                "On",
                "In",
                "At",
                "But",
                "And",
                "Officials",
                "Diplomats",
                "Both",
                "Allies",
                "Ministers",
                "Leaders",
            ]),
        StringComparer.Ordinal
    );

    private static bool IsGap(string text, int from, int to, int max) =>
        to - from <= max && text.AsSpan(from, to - from).IndexOfAny("\"\u201C\u201D;") < 0;

    private static bool Compatible(string name, bool she)
    {
        var given = name.Split(' ')[0];
        return she ? !PhraseBook.MaleGivenNames.Contains(given) : !PhraseBook.FemaleGivenNames.Contains(given);
    }

    private static bool Possessive(string text, ActorMention m) =>
        m.Range.End + 1 < text.Length && text[m.Range.End] is '\'' or '\u2019' && text[m.Range.End + 1] == 's';

    private static bool KnownGender(string name, bool she) =>
        (she ? PhraseBook.FemaleGivenNames : PhraseBook.MaleGivenNames).Contains(name.Split(' ')[0]);

    private static readonly Regex ParagraphBreak = PhraseBook.Interpret(
        @"\n[\x20\t\r\u00A0]*\n",
        RegexOptions.RightToLeft
    );
    private static readonly Regex RoleNoun = PhraseBook.Compile(
        @"(?<![\w-])(?:"
            + ProperNames.RoleNouns
            + @"|historian|author|scholar|fellow|reporter|inspector|scientist|engineer|officer|veteran|source|"
            + @"witness|survivor|participant)s?(?![\w-])",
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// Whether a paragraph break lies between a pronoun's antecedent and the pronoun, and the pronoun's paragraph
    /// names a person's role before it ("ambassador", "a former negotiator"): then the pronoun most likely stands
    /// for that person, whom the recognisers could not name.
    /// </summary>
    private static bool SomeoneElseIntroduced(string text, int antecedentEnd, int pronoun)
    {
        var brk = ParagraphBreak.Match(text, antecedentEnd, pronoun - antecedentEnd);
        if (!brk.Success)
            return false;
        int start = brk.Index + brk.Length;
        return RoleNoun.IsMatch(text.Substring(start, pronoun - start));
    }

    private static SpeakerRef? Resolve(string text, ActorMention m, IReadOnlyList<ActorMention> all)
    {
        var mention = TextStructure.Normalize(text[m.Range.Start..m.Range.End]);
        if (m.Resolution == "pair")
            return null; // resolved to the pair it stands for, or to no one
        if (m.Actor is { } a)
            return new SpeakerRef(a.Slug, a.Name, mention, m.Resolution, a.Kind);
        if (m.Resolution == "body")
        {
            // "the ministry said": the last organisation named whose name holds the noun ("Foreign Ministry");
            // "the alliance": the last organisation named. Otherwise the body as the text names it.
            var head = m.Name!.Split(' ')[^1];
            // "the senior Russian diplomat said", "the envoy added": a person's role stands for the person named
            // shortly before it (wire copy names the speaker, then varies the reference), when only one is.
            bool spokesperson = head.ToLowerInvariant() is "spokesperson" or "spokesman" or "spokeswoman";
            if (PersonRoles.Contains(head.ToLowerInvariant()) || spokesperson)
            {
                // "a senior European negotiator said … the negotiator said": the last person named with that role.
                var holder = all.LastOrDefault(x =>
                    x.Range.End <= m.Range.Start
                    && m.Range.Start - x.Range.End <= 600
                    && x.IsPerson
                    && text.AsSpan(x.Range.Start, x.Range.Length).Contains(head, StringComparison.OrdinalIgnoreCase)
                );
                if (holder?.Actor is { } held)
                    return new SpeakerRef(held.Slug, held.Name, mention, "reference", held.Kind);
                if (holder?.Name is { } heldName)
                    return new SpeakerRef(Slugs.Kebab(heldName), heldName, mention, "reference", "person");
            }
            if (PersonRoles.Contains(head.ToLowerInvariant()))
            {
                var people = all.Where(x =>
                        x.Range.End <= m.Range.Start
                        && m.Range.Start - x.Range.End <= 600
                        && x.IsPerson
                        && x.Resolution != "title"
                    )
                    .ToList();
                if (people.Select(x => x.Actor?.Slug ?? x.Name).Distinct().Count() == 1)
                {
                    var person = people[^1];
                    if (person.Actor is { } who)
                        return new SpeakerRef(who.Slug, who.Name, mention, "reference", who.Kind);
                    return new SpeakerRef(Slugs.Kebab(person.Name!), person.Name!, mention, "reference", "person");
                }
            }
            var named = all.LastOrDefault(x =>
                x.Range.End <= m.Range.Start
                && x.IsOrganisation
                && (
                    head.Equals("alliance", StringComparison.OrdinalIgnoreCase)
                        ? x.Actor is not null || (x.Name ?? "").Contains("Organization", StringComparison.Ordinal)
                        : (x.Name ?? x.Actor?.Name ?? "").Contains(head, StringComparison.OrdinalIgnoreCase)
                )
            );
            if (named?.Actor is { } org)
                return new SpeakerRef(org.Slug, org.Name, mention, "reference", org.Kind);
            if (named?.Name is { } orgName)
                return new SpeakerRef(Slugs.Kebab(orgName), orgName, mention, "reference", "organization");
            return new SpeakerRef(Slugs.Kebab(m.Name), m.Name, mention, "body", "organization");
        }
        if (m.Name is { } unknown)
            return new SpeakerRef(Slugs.Kebab(unknown), unknown, mention, "uncatalogued", m.Kind ?? "person");
        if (m.Resolution != "pronoun")
            return null;
        // "she said": the last person named before it, catalogued or not; a bare title ("the president") is not
        // a person named.
        bool she = mention.Equals("she", StringComparison.OrdinalIgnoreCase);
        var candidates = all.Where(x =>
                x.Range.End <= m.Range.Start
                && x.IsPerson
                && x.Resolution != "title"
                && (x.Actor is not null || x.Confident)
                && Compatible(x.Actor?.Name ?? x.Name!, she)
            )
            .ToList();
        // "Peskov said President Putin's offer still stood. '…,' he said": a name in the possessive modifies a
        // noun and is not who speaks next, when someone else is there to be the antecedent.
        if (candidates.Any(x => !Possessive(text, x)))
            candidates.RemoveAll(x => Possessive(text, x));
        var antecedent = candidates.LastOrDefault();
        // "Dr. Elena Marchetti … Professor Ruud Jansen … she said": the nearest name's gender is unknown and an
        // earlier one in the same paragraph is known to fit; who "she" is stays unsure.
        if (
            antecedent is not null
            && !KnownGender(antecedent.Actor?.Name ?? antecedent.Name!, she)
            && candidates.Any(x =>
                KnownGender(x.Actor?.Name ?? x.Name!, she)
                && (x.Actor?.Slug ?? x.Name) != (antecedent.Actor?.Slug ?? antecedent.Name)
                && antecedent.Range.Start - x.Range.End < 600
                && !text.AsSpan(x.Range.End, m.Range.Start - x.Range.End).Contains("\n\n", StringComparison.Ordinal)
            )
        )
            return null;
        // "China's envoy, Xie Feng, spoke to the paper. '…,' he said" with the envoy's name unread: the pronoun's
        // own paragraph introduces someone before it, so a person of an earlier paragraph is not who speaks.
        if (antecedent is not null && SomeoneElseIntroduced(text, antecedent.Range.End, m.Range.Start))
            return null;
        if (antecedent?.Actor is { } p)
            return new SpeakerRef(p.Slug, p.Name, mention, "pronoun", p.Kind);
        return antecedent?.Name is { } name
            ? new SpeakerRef(Slugs.Kebab(name), name, mention, "pronoun", "person")
            : null;
    }

    /// <summary>
    /// The outlet: in the quotation's own clauses, then later in its paragraph, then a citation in the
    /// following paragraphs up to the next quotation (a news digest cites at the end of a run of paragraphs).
    /// </summary>
    private OutletRef? FindOutlet(
        string text,
        Quotation quote,
        List<TextRange> clauses,
        TextRange para,
        IReadOnlyList<TextRange> paragraphs,
        int p,
        DateOnly? published,
        List<SpeakerRef> speakers
    )
    {
        foreach (var c in clauses)
            if (outlets.Any(text, c, published) is { } o)
                return o;
        var rest = new TextRange(quote.Marks.End, para.End);
        if (outlets.Citation(text, rest, published) is { } cited)
            return cited;
        // "… reversible," Peskov said. Ryabkov, speaking to Interfax, …: an outlet after another person is theirs.
        if (
            outlets.Reporting(text, rest) is { } inPara
            && !actors
                .Find(text, new TextRange(quote.Marks.End, Math.Max(quote.Marks.End, inPara.Span.Start)), published)
                .Any(m => m.IsPerson && !speakers.Any(s => s.Slug == (m.Actor?.Slug ?? Slugs.Kebab(m.Name!))))
        )
            return inPara;
        for (int k = p + 1; k < paragraphs.Count; k++)
        {
            if (Quotations.Find(text, paragraphs[k]).Count > 0)
                break;
            if (outlets.Citation(text, paragraphs[k], published) is { } later)
                return later;
        }
        return null;
    }

    /// <summary>
    /// "Ryabkov told the TASS news agency that …. “…,” Ryabkov said.": the nearest sentence before the
    /// quotation in its paragraph that names an outlet, when its speaker is this quotation's speaker.
    /// </summary>
    private OutletRef? OutletEarlier(
        string text,
        TextRange before,
        List<SpeakerRef> speakers,
        DateOnly? published,
        IReadOnlyList<ActorMention> all,
        IReadOnlyDictionary<string, string> surnames
    )
    {
        if (before.Length == 0)
            return null;
        var sentences = TextStructure.Sentences(text, before);
        for (int k = sentences.Count - 1; k >= 0; k--)
        {
            if ((outlets.Reporting(text, sentences[k]) ?? outlets.Anaphor(text, sentences[k])) is not { } o)
                continue;
            var who = FindSpeakers(text, sentences[k], published, all, surnames, fromEnd: false)?.Speakers;
            // "Xie Feng went further in an interview with the Financial Times. \"…,\" he said": no speech verb, but
            // the one person named before the outlet is the one who spoke to it.
            who ??= actors
                .Find(text, new TextRange(sentences[k].Start, o.Span.Start), published, surnames)
                .Where(m => m.IsPerson && m.Resolution is not ("pronoun" or "title"))
                .Select(m => Resolve(text, m, all))
                .OfType<SpeakerRef>()
                .DistinctBy(s => s.Slug)
                .ToList()
                is [var one]
                ? [one]
                : null;
            return who is not null && who.Any(s => speakers.Any(x => x.Slug == s.Slug)) ? o : null;
        }
        return null;
    }

    private static readonly Regex AfterMeeting = PhraseBook.Compile(
        PhraseBook.B + "after (?:his|her|their|the|a) (?<kind>meeting|talks|summit)" + PhraseBook.E,
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// "Obama said after his meeting with Putin": the words were said the day of that meeting, when the text dates
    /// a meeting of the speaker's elsewhere.
    /// </summary>
    private static FactDate? AfterEvent(
        string text,
        List<TextRange> clauses,
        List<SpeakerRef> speakers,
        IReadOnlyList<EventFact> events
    )
    {
        foreach (var c in clauses)
        {
            var m = AfterMeeting.Match(text, c.Start, c.Length);
            if (!m.Success)
                continue;
            var kind = m.Groups["kind"].Value.ToLowerInvariant();
            var e = events.FirstOrDefault(e =>
                (e.Kind == kind || kind == "talks" || e.Kind == "meeting")
                && e.Participants.Any(p => speakers.Any(s => s.Slug == p.Slug))
            );
            if (e is null)
                continue;
            return new FactDate(
                e.Date.Date,
                e.Date.Precision,
                "event",
                $"the day of the {e.Kind} the words followed (\"{TextStructure.Normalize(m.Value)}\"), "
                    + "dated in the text"
            );
        }
        return null;
    }

    private static FactDate? StatementDate(string text, List<TextRange> clauses, OutletRef? outlet, DateOnly? published)
    {
        foreach (var c in clauses)
        {
            // The date inside "(Outlet, June 19)" is the report's, handled below as a citation date.
            var d = Dates
                .Find(text, c, published)
                .FirstOrDefault(d =>
                    d.Precision == DatePrecision.Day
                    && !(outlet is not null && d.Range.Start >= outlet.Span.Start && d.Range.End <= outlet.Span.End)
                );
            if (d is not null)
                return new FactDate(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);
        }
        if (outlet?.Date is { } cited)
            return new FactDate(cited, DatePrecision.Day, "citation", $"date of the cited report ({outlet.Label})");
        return published is { } pub
            ? new FactDate(
                pub,
                DatePrecision.Day,
                "publication",
                "no date in the text; publication date of the document"
            )
            : null;
    }

    private string? Place(string text, TextRange clause)
    {
        foreach (Match m in PlacePhrase().Matches(text.Substring(clause.Start, clause.Length)))
        {
            var place = TextStructure.Normalize(m.Groups["place"].Value).TrimEnd('.');
            var first = place.Split(' ', ',')[0];
            if (Dates.Find(place, new TextRange(0, place.Length), new DateOnly(2000, 1, 1)).Count > 0)
                continue;
            if (
                actors.Find(place, new TextRange(0, first.Length), null).Any(a => a.Actor?.Kind is "person" or "outlet")
            )
                continue;
            return place;
        }
        return null;
    }
}
