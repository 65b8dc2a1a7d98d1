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
        PhraseBook.B
            + StatesNoun
            + "(?:"
            + PhraseBook.Any(
                PhraseBook.SpeechVerbs.Append("issued").Concat(PhraseBook.CharacterisingVerbs.Select(p => p.Text))
            )
            + ")"
            + PhraseBook.E
    );

    // "Ruiz told the Financial Times in September …" and, a dozen paragraphs on, "Ruiz said": words far from the
    // interview may have been said anywhere; its outlet is carried only to the speaker's quotations near it, or
    // everywhere when the lead reports the interview (the article is about it: "…," Ruiz told APA, in the lead).
    private const int CarryParagraphs = 3;

    private static readonly Regex Bullet = new(@"\n[ \t]*[\u2022\u00B7*\u2013-][ \t]", RegexOptions.CultureInvariant);

    // "…,\" Ruiz said, adding that …: a participle after the quotation continues its sentence
    // (ContinuingParticiples).
    private static readonly Regex CoordinatedVerb = PhraseBook.Compile(
        @"\G(?:[,;]?(?: )?(?:and|but) (?:then |also )?"
            + "(?<verb>"
            + PhraseBook.Any(PhraseBook.SpeechVerbs)
            + ")|[,;] (?:before |while |and )?(?<verb>"
            + PhraseBook.Any(PhraseBook.ContinuingParticiples.Select(p => p.Text))
            + "))"
            + PhraseBook.E
    );

    // "in a 2021 interview", "in his report to the Board", "at a news conference": an occasion of speaking named
    // with an indefinite or possessive article (not "in the interview", which refers back to one named).
    private static readonly Regex Occasion = PhraseBook.Compile(
        @"(?<![\w-])(?:in|during|at) (?:a|an|his|her|their|its) (?:[\w-]+ ){0,3}?(?:interview|statement|speech|"
            + @"address|briefing|press conference|news conference|post|report|letter|op-ed|article|remarks|tweet|"
            + @"message|hearing|testimony|podcast|documentary)(?![\w-])",
        RegexOptions.IgnoreCase
    );

    private static readonly Regex OccasionYear = new(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant);

    // A clause that opens with a document as its subject: "the treaty included", "Article XV allows".
    private static readonly Regex DocumentClause = new(
        @"^[\s,;:\u2013\u2014-]*(?:(?:and|but|while|whereas|which|as) )?(?:[Tt]he |[Ii]ts |[Tt]his |[Tt]hat )?"
            + @"(?:(?:[\w-]+ ){0,3}(?:treaty|agreement|accord|convention|pact|protocol|provision|clause|text|"
            + @"charter|document|Treaty|Agreement|Convention|Protocol)|Article [IVXLC\d]+)(?![\w-])",
        RegexOptions.CultureInvariant
    );

    // A noun or participle that a title in quotation marks names: "the law \"On …\"", "titled \"…\"".
    private static readonly Regex NamedTitle = new(
        @"(?<![\w-])(?:law|bill|decree|resolution|entitled|titled|operation|exercise|doctrine|programme|program)"
            + @"[\s\u00A0]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
    );

    // "On the Denunciation of the Treaty on Open Skies": most longer words capitalised, no sentence's end.
    private static bool TitleCased(string quoted)
    {
        var longer = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToList();
        return quoted.Length > 0
            && char.IsUpper(quoted[0])
            && quoted[^1] is not ('.' or ',' or '!' or '?')
            && longer.Count > 0
            && longer.Count(w => char.IsUpper(w[0])) * 2 > longer.Count;
    }

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
        var surnames = Surnames(text, allMentions);
        allMentions = WithSurnames(text, allMentions, surnames);
        // What a speaker said earlier tells when and to whom they said the rest: "Ryabkov told RIA Novosti on
        // Tuesday" in the lead dates and attributes the quotations of his further down.
        var outletOf = new Dictionary<string, (OutletRef Outlet, int Paragraph)>(StringComparer.Ordinal);
        var dateOf = new Dictionary<string, (FactDate Date, string Way)>(StringComparer.Ordinal);
        var quoted = QuotationsAcross(text, paragraphs);
        // A headline's quotation is a fragment the body quotes in full, or a scare quote: not a statement of its own.
        if (paragraphs.Count > 1 && IsHeadline(text, paragraphs[0]))
            quoted.RemoveAll(q => q.First == 0);
        // A headline that quotes ("Ryabkov: 'A year of restraint is not a treaty'") does not end the lead: the lead
        // runs to the first quotation of the body.
        var firstInBody = quoted.FirstOrDefault(q => q.First > 0);
        int leadEnd = firstInBody?.Last ?? 0;
        // "…, Vladimir Yermakov, director of …, told TASS on Tuesday." in a lead that quotes no one: the article
        // reports that interview, and the speaker's quotations below were given to it.
        // A deck under the headline may quote the speaker ("\"…,\" Ryabkov said"); the lead below it still
        // reports the interview.
        int leadParagraphs =
            firstInBody is { } deck && deck.First <= 2 && IsDeck(text, paragraphs, deck)
                ? Math.Min(paragraphs.Count, deck.Last + 2)
                : Math.Min(firstInBody?.First ?? 0, 3);
        for (int p = 0; p < leadParagraphs; p++)
            foreach (var sentence in TextStructure.Sentences(text, paragraphs[p]))
                if (
                    outlets.Reporting(text, sentence) is { } interview
                    && FindSpeakers(text, sentence, published, allMentions, surnames, fromEnd: false) is { } who
                )
                    foreach (var s in who.Speakers)
                        outletOf.TryAdd(s.Slug, (interview, p));
        FactDate? leadDate = LeadDate(
            text,
            paragraphs,
            firstInBody?.First ?? paragraphs.Count,
            published,
            out var leadSentence
        );
        string leadWay = "lead-paragraph";
        // A transcript dates its turns, and the quotations around them, by the day of the interview.
        var turns = Turns(text, paragraphs);
        if (turns.Count > 0)
        {
            int firstSaid = Math.Min(turns[0].Label.Start, firstInBody?.Quote.Marks.Start ?? text.Length);
            if (InterviewDate(text, paragraphs, firstSaid, published) is { } day)
                (leadDate, leadWay) = (day, "interview");
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
        // Every day the text names, read once for both guards below.
        var namedDays = published is null
            ? new List<DateMatch>()
            : Dates.Find(text, new TextRange(0, text.Length), published);
        var recentDays = RecentDays(namedDays, published);
        // Only a day told with someone speaking, or a dateline's, may be when undated words were said: "the treaty
        // would expire on Wednesday" is an event's day, and leaves the day of publication to them.
        var spokenDays = OtherDays(namedDays.Where(d => SpokenOn(text, d) || Dateline(text, d)).ToList(), published);
        var otherDays = OtherDays(namedDays, published);
        List<SpeakerRef>? previous = null;
        bool previousWithheld = false;
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
            bool colon = false;
            // "The ministry issued the following statement on Tuesday:" in the paragraph before a quotation that
            // opens its own paragraph introduces it.
            if (
                before.Length == 0
                && beforeStart == para.Start
                && IsBlank(text, para.Start, quote.Marks.Start)
                && p > 0
                && text[paragraphs[p - 1].End - 1] == ':'
            )
            {
                before = LastClause(text, new TextRange(paragraphs[p - 1].Start, paragraphs[p - 1].End - 1));
                colon = true;
            }
            var words = WordCount(text, quote.Inner);
            // "the federal law \"On the Denunciation of the Treaty\"", "an exercise titled \"Steadfast Noon\"": a
            // name in quotation marks after the noun it names is no one's words.
            if (
                NamedTitle.IsMatch(text[Math.Max(para.Start, quote.Marks.Start - 40)..quote.Marks.Start])
                && TitleCased(text[quote.Inner.Start..quote.Inner.End])
            )
                continue;
            var afterAttribution = FindSpeakers(text, after, published, allMentions, surnames, fromEnd: false);
            var beforeFrame = FindSpeakers(text, before, published, allMentions, surnames, fromEnd: true);
            // "the treaty, which commits every party to …": a document the relative pronoun stands for is the speaker
            // a speech verb after "which" leaves unnamed.
            if (beforeFrame is { Speakers.Count: 0 } && WhichBefore.IsMatch(text, beforeFrame.Evidence.Start))
                beforeFrame = DocumentSpeaker(text, before) is not null ? null : beforeFrame;
            var beforeAttribution = beforeFrame ?? DocumentSpeaker(text, before);
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
            // The class of reading that names the speaker (StatementReading), graded per class by the bench.
            string frame =
                attribution is null ? "none"
                : attribution == afterAttribution ? (Inverted(text, attribution) ? "after-inverted" : "after")
                : attribution != beforeFrame ? "document"
                : colon ? "colon"
                : "before";
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
                frame = "document-opening";
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
                (attribution, signature, frame) = (signed, signed.Clause, "signature");
            // "The commission said the event was shallow. \"…,\" it said.": "it" speaking is the body or state named
            // speaking last before the quotation, when that sentence names no one else speaking.
            if (
                attribution is null
                && words >= 4
                && (
                    ItSaid.Match(text, after.Start, Math.Min(after.Length, 30)) is { Success: true, Index: var itAt }
                    && itAt <= after.Start + 2
                )
                && BodySpeakingBefore(text, quote.Marks.Start, published, allMentions, surnames) is { } it
            )
                (attribution, frame) = (it with { Clause = after }, "it-said");
            // "Lena Marsh, the agency's spokesperson, welcomed the vote on Saturday." and, as the next paragraph, a
            // quotation with no attribution of its own: the words of whom the paragraph before names speaking last
            // (a speech verb and its subject in its last sentence, which quotes no one).
            TextRange? introducer = null;
            if (
                attribution is null
                && words >= 4
                && OwnParagraph(text, quote)
                && IntroducingSentence(text, quote.Marks.Start) is { } intro
                && FindSpeakers(text, intro, published, allMentions, surnames, fromEnd: true)
                    is { Speakers: [{ Resolution: not "body" }] } introduced
                // "… threats for Russia, the top diplomat noted.": one speaker, and no other actor named between
                // it and its verb (a reported clause's object is not who speaks).
                // "… threats for Russia, the top diplomat noted.": the speaker opens the sentence, or stands right
                // before its verb; a name a comma sets off from the verb may be a reported clause's.
                && (
                    introduced.Evidence.Start <= intro.Start + 2
                    || !text.AsSpan(introduced.Evidence.Start, introduced.Evidence.Length).Contains(',')
                )
            )
                (attribution, introducer, frame) = (introduced, intro, "paragraph-before");
            // "Blinken called it 'reckless' and said Washington would watch 'closely'": a speech verb coordinated
            // with the previous quotation's has that quotation's speaker.
            if (
                attribution is null
                && previous is not null
                && before.Length > 0
                && CoordinatedVerb.Match(text, before.Start, before.Length) is { Success: true } coordinated
            )
            {
                attribution = new Attribution(
                    previous.Select(s => s with { Resolution = "continuation" }).ToList(),
                    before,
                    new TextRange(coordinated.Index, coordinated.Index + coordinated.Length),
                    TextStructure.Normalize(coordinated.Groups["verb"].Value)
                );
                frame = "coordinated";
            }
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
            // "'…,' Pompeo said. In a statement, President Trump said the U.S. would stay if Russia complied. The
            // President left the door open if '…'": someone else named as speaking since the previous quotation
            // may be who says this one; who is unsure, and the quotation is kept without a speaker.
            else if (
                previous is not null
                && SomeoneElseSpoke(
                    text,
                    new TextRange(beforeStart, before.Start),
                    quote.Marks.Start,
                    previous,
                    published,
                    allMentions,
                    surnames
                )
            )
                speakers = [];
            // "… agreed the treaty would be \"permanent\"; the treaty let either party leave if \"extraordinary
            // events\" arose": a clause whose subject is a document quotes that document's terms, not the words of
            // the previous quotation's speaker; who says them is unsure.
            else if (previous is not null && DocumentClause.IsMatch(text[before.Start..before.End]))
                speakers = [];
            else if (previous is not null)
            {
                speakers = previous.Select(s => s with { Resolution = "continuation" }).ToList();
                frame = "carried";
            }
            // "\"…,\" the President said from the Rose Garden": a speech verb right after a quotation set off by its
            // comma says someone spoke these words, though the recognisers name no one; kept without a speaker.
            else if (words >= 4 && SetOff(text, quote) && SpeechRightAfter(text, after))
                speakers = [];
            else
                continue;
            previous = speakers;

            var clauses = new[] { after, before, signature ?? default, introducer ?? default }
                .Where(r => r.Length > 0)
                .ToList();
            var (outlet, outletWay) = FindOutlet(text, quote, clauses, lastPara, paragraphs, last, published, speakers);
            if (outlet is null)
            {
                outlet = OutletEarlier(
                    text,
                    new TextRange(beforeStart, quote.Marks.Start),
                    speakers,
                    published,
                    allMentions,
                    surnames
                );
                outletWay = "earlier-sentence";
            }
            // "In a 2021 interview he warned that the treaty would expire \"…\"", "Grossi said in his report to the
            // Board": the quotation's own clause names the occasion of its words; an outlet named elsewhere (a
            // later paragraph, an earlier interview of the speaker's) is another occasion's. A citation in
            // parentheses ("(RIA Novosti I, June 18)") names the report the passage is taken from, and stays.
            bool ownOccasion = clauses.Any(c => Occasion.Match(text, c.Start, c.Length).Success);
            if (
                ownOccasion
                && outlet is not null
                && !clauses.Any(c => c.Contains(outlet.Span.Start))
                && text[outlet.Span.Start] != '('
            )
                outlet = null;
            bool carried = false;
            if (
                outlet is null
                && !ownOccasion
                && speakers
                    .Where(s =>
                        outletOf.TryGetValue(s.Slug, out var o)
                        && (p - o.Paragraph <= CarryParagraphs || o.Paragraph <= leadEnd)
                    )
                    .Select(s => outletOf[s.Slug].Outlet)
                    .FirstOrDefault()
                    is { } earlier
            )
                (outlet, carried, outletWay) = (earlier, true, "carried");
            var date = AfterEvent(text, clauses, speakers, events);
            string? dateWay = "event";
            if (date is null)
            {
                date = StatementDate(text, clauses, outlet is not null && !carried ? outlet : null, published);
                dateWay = date?.Basis is "stated" or "relative" ? "own/" + date.Basis : date?.Basis;
            }
            // "In a 2019 interview": an occasion the clause dates by its year only is not the day the speaker was
            // reported speaking elsewhere, nor the lead's day, nor the day of publication.
            if (
                date?.Basis == "publication"
                && clauses.Any(c =>
                    Occasion.Match(text, c.Start, c.Length) is { Success: true } o && OccasionYear.IsMatch(o.Value)
                )
            )
                date = null;
            if (date?.Basis == "publication")
            {
                if (speakers.FirstOrDefault(s => dateOf.ContainsKey(s.Slug)) is { } known)
                {
                    var (said, saidWay) = dateOf[known.Slug];
                    date = said with
                    {
                        Note =
                            (said.Note is null ? "" : said.Note + "; ")
                            + "the day the same speaker was reported speaking earlier in the text",
                    };
                    dateWay = "same-speaker<" + saidWay;
                }
                else if (leadDate is not null)
                {
                    date = leadDate with
                    {
                        Note = (leadDate.Note is null ? "" : leadDate.Note + "; ") + "the day the lead reports",
                    };
                    dateWay =
                        leadWay != "lead-paragraph" ? leadWay
                        : otherDays.Any(d => d > leadSentence.End && d < quote.Marks.Start)
                            ? "lead-paragraph/day-between"
                        : LeadNamesSpeaker(text, leadSentence, speakers, published, allMentions, surnames)
                            ? "lead-paragraph/speaker"
                        : "lead-paragraph/other";
                }
                else
                    dateWay = spokenDays.Any(d => d < quote.Marks.Start) ? "publication/day-before" : "publication";
            }
            // "On June 17, a spokesperson said …", "MOSCOW, October 16. /TASS/." in a text published days later:
            // the words may have been said on that day or on the day of publication; which is unsure, so the
            // quotation is left undated rather than given the publication day.
            if (date?.Basis == "publication" && recentDays.Any(d => d < quote.Marks.Start))
                date = null;
            if (date is not null && date.Basis != "publication")
            {
                if (leadDate is null)
                    (leadDate, leadWay) = (date, "earlier-quotation<" + dateWay);
                foreach (var s in speakers)
                    dateOf.TryAdd(s.Slug, (date, dateWay ?? ""));
            }
            if (outlet is not null && !carried)
                foreach (var s in speakers)
                    outletOf.TryAdd(s.Slug, (outlet, last));
            var place = attribution is null ? null : Place(text, attribution.Clause);
            var quoteText = text[quote.Inner.Start..quote.Inner.End];
            var id = FactIds.Make("st", documentId, quoteText);
            var read = new StatementFact(
                id,
                quoteText,
                speakers,
                date,
                place,
                outlet,
                Span.Of(text, quote.Inner.Start, quote.Inner.End),
                attribution is null ? null : Span.Of(text, attribution.Evidence.Start, attribution.Evidence.End)
            );
            var reading = new StatementReading(
                SpeakerClass(
                    frame == "carried" && SpeechVerb.Match(text, before.Start, before.Length).Success
                        ? "carried-verb"
                        : frame,
                    speakers,
                    s =>
                        s.Resolution switch
                        {
                            "pronoun" => PronounClass(text, allMentions, attribution, s, paragraphs),
                            "body" => BodyClass(s),
                            "uncatalogued" when Unnamed.IsMatch(s.Name) => "unnamed",
                            var r => r,
                        }
                ),
                date is null ? null : dateWay,
                outlet is null ? null : outletWay,
                read
            )
            {
                Features = Features(text, quoted[i], para, before, after, attribution, speakers, allMentions, words),
            };
            reading = reading with { Withheld = QuotationInDoubt(reading) };
            // A quotation withheld is still explained (the bench grades it); one given with the same words wins.
            if (!reading.Withheld && explain.GetValueOrDefault(id)?.Reading is { Withheld: true })
                explain.Remove(id);
            explain.TryAdd(
                id,
                (
                    attribution is null
                        ? new Explanation("continuation", "the previous quotation's speaker")
                        : new Explanation(
                            signature is not null ? "signature"
                                : attribution == afterAttribution || frame == "it-said" ? "quote-then-attribution"
                                : "attribution-then-quote",
                            attribution.Verb
                        )
                ) with
                {
                    Reading = reading,
                }
            );
            // A speaker carried on from the previous quotation is as unsure as it was there.
            var given = Abridged(read, reading, frame is "carried" or "coordinated" && previousWithheld);
            previousWithheld = given.Speakers.Count == 0 && speakers.Count > 0;
            if (!reading.Withheld)
                result.Add(given);
        }
        result.AddRange(transcript);
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private bool SomeoneElseSpoke(
        string text,
        TextRange between,
        int quoteStart,
        List<SpeakerRef> previous,
        DateOnly? published,
        IReadOnlyList<ActorMention> all,
        IReadOnlyDictionary<string, string> surnames
    )
    {
        var (from, to) = (between.Start, between.End);
        if (quoteStart <= from)
            return false;
        if (
            to > from
            && FindSpeakers(text, new TextRange(from, to), published, all, surnames, fromEnd: true)
                is { Speakers.Count: > 0 } other
            && !other.Speakers.Any(s => previous.Any(p => p.Slug == s.Slug))
        )
            return true;
        // "The US, on the other hand, had left and said that Moscow \"…\"": a sentence begun since the previous
        // quotation, with a speech verb, that opens with someone else.
        var sentences = TextStructure.Sentences(text, new TextRange(from, quoteStart));
        if (sentences.Count < 2)
            return false;
        var last = sentences[^1];
        if (!SpeechVerb.IsMatch(text.Substring(last.Start, last.Length)))
            return false;
        var opener = all.FirstOrDefault(m => m.Range.Start >= last.Start && m.Range.End <= last.End);
        return opener is not null
            && opener.Resolution is not ("pronoun" or "body" or "pair")
            && LeadsSentence(text, last.Start, opener.Range.Start)
            && Resolve(text, opener, all) is { } who
            && !previous.Any(p => p.Slug == who.Slug);
    }

    /// <summary>
    /// The body or state that the last sentence naming anyone speaking, in the 600 characters before
    /// <paramref name="at"/>, names as its one speaker; null when that speaker is a person or several speak.
    /// </summary>
    private Attribution? BodySpeakingBefore(
        string text,
        int at,
        DateOnly? published,
        IReadOnlyList<ActorMention> all,
        IReadOnlyDictionary<string, string> surnames
    )
    {
        var sentences = TextStructure.Sentences(text, new TextRange(Math.Max(0, at - 600), at));
        for (int k = sentences.Count - 1; k >= 0; k--)
        {
            if (FindSpeakers(text, sentences[k], published, all, surnames, fromEnd: true) is not { } said)
                continue;
            if (said.Speakers.Count == 0)
                continue;
            return said.Speakers is [{ Kind: not "person" } one]
                ? said with
                {
                    Speakers = [one with { Resolution = "reference" }],
                }
                : null;
        }
        return null;
    }

    // Only "the" (or nothing) before the opener: it is the sentence's subject.
    private static bool LeadsSentence(string text, int start, int at)
    {
        var gap = text.AsSpan(start, at - start).Trim();
        return gap.Length == 0 || gap is "The" or "the";
    }

    /// <summary>A one-sentence paragraph under the headline that opens with a quotation: a deck, not the
    /// body.</summary>
    private static bool IsDeck(string text, IReadOnlyList<TextRange> paragraphs, Quoted q) =>
        q.First == q.Last
        && q.Quote.Marks.Start == paragraphs[q.First].Start
        && TextStructure.Sentences(text, paragraphs[q.First]).Count == 1
        && q.First + 1 < paragraphs.Count;

    // "the President said", "the Minister of Foreign Affairs said": a speech verb a few words after the quotation.
    private static bool SpeechRightAfter(string text, TextRange after) =>
        after.Length > 0
        && SpeechVerb.Match(text, after.Start, Math.Min(after.Length, 50)) is { Success: true } v
        && v.Index - after.Start <= 40
        && !text.AsSpan(after.Start, v.Index - after.Start).ContainsAny("\"\u201C\u201D");
}
