using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Attribution frames: the speech verb of a clause and who is its subject or follows it ("…," Ruiz said;
/// said Ruiz; according to a statement from …), with the cues that tell a reporting verb from another clause's.
/// </summary>
internal sealed partial class StatementExtractor
{
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

    private static readonly Regex ReportedSubject = PhraseBook.Compile(
        @"\G (?:would|will|was|were|is|are|had|has|"
            + @"have|"
            + @"could|should|must|may|might|can|did|does|remained|wanted|needed|planned|intended|had to|"
            + @"was ready)(?![\w-])"
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
            // "A foreign ministry spokesperson in Beijing said", "officials in Moscow said": a place after "in" or
            // "from" says where the one named before it speaks; it is not the subject.
            if (
                subject is [var where]
                && IsState(where)
                && LocatedIn.Match(text, where.Range.Start) is { Success: true } locative
                && mentions.LastOrDefault(m => m.Range.End == locative.Index && !IsState(m)) is { } located
            )
                subject = [located];
            if (
                AppositionHead(text, mentions, clause, verb) is { } head
                && (subject.Count == 0 || subject[0].Range.Start > head.Range.End)
            )
                subject = [head];
            // "Peskov told Interfax that Moscow would study it, but added that …", "NATO allies placed the blame on
            // Russia as the U.S. exit took effect, and said …": a speech verb coordinated with an earlier predicate
            // has that predicate's subject, the one the clause opens with, not the nearest name (a reported
            // clause's subject or a modifier). When the clause opens with no name, no one.
            // "G7 ministers on Friday condemned the test in the Barents Sea but said …": the clause's opener is the
            // subject also when no name stands near the verb, or when the name right before "but" ends the first
            // predicate's object ("condemned the deployment in Belarus but said").
            if (
                CoordinatedPredicate.Match(text, verb.Start) is { Success: true } coordination
                && coordination.Index >= clause.Start
                && (
                    subject.Count == 0
                    || subject[^1].Range.End == coordination.Index
                    || (
                        subject[^1].Range.End < coordination.Index
                        && text.AsSpan(subject[^1].Range.End, coordination.Index - subject[^1].Range.End)
                            .ContainsAnyInRange('a', 'z')
                    )
                )
            )
                subject = OpeningSubject(text, mentions, clause, coordination.Index) is { } opening ? [opening] : [];
            bool inverted = false;
            var verbWords = TextStructure.Normalize(text[verb.Start..verb.End]);
            if (verbWords == "According to")
                verbWords = "according to";
            // "the launcher, which the ministry says can reach 5,000 km, was \"…\"", "the first of which Washington
            // has said will arrive by May, Ana Ruiz told Interfax": a speech verb inside a relative clause that
            // closes with a comma before the quotation (or the clause) reports what the clause describes; the
            // quotation is the main clause's.
            if (RelativeClauseVerb.IsMatch(text, verb.Start) && ClosesBefore(text, verb.End, clause.End))
                continue;
            // "signed a joint declaration, which states: \"…\"": "which" is the verb's subject, the thing named
            // before it; the names earlier in the clause are the main clause's, and do not say these words. Someone
            // (something) speaks; who is not named as a speaker.
            if (WhichBefore.IsMatch(text, verb.Start))
                return new Attribution([], clause, verb, TextStructure.Normalize(text[verb.Start..verb.End]));
            // "was described by both sides as \"technical\"": in the passive the subject is what is described; who
            // speaks is the agent after "by", or no one named (someone speaks; who is unsure).
            if (PassiveBefore.IsMatch(text, verb.Start) && !NotPassive.Contains(verbWords))
            {
                var agent = AgentAfter.Match(text, verb.End) is { Success: true } by
                    ? mentions.FirstOrDefault(m =>
                        m.Range.Start >= by.Index + by.Length
                        && m.Range.Start - (by.Index + by.Length) <= 40
                        && RoleWords.IsMatch(text[(by.Index + by.Length)..m.Range.Start])
                    )
                    : null;
                subject = agent is null ? [] : ChainAfter(text, mentions, agent);
                if (subject is [{ Resolution: "pair" } agentPair])
                    subject = PairBefore(text, all, agentPair);
                var agents = subject.Select(m => Resolve(text, m, all)).OfType<SpeakerRef>().ToList();
                return new Attribution(agents.DistinctBy(s => s.Slug).ToList(), clause, verb, verbWords);
            }
            // "dismissed the figure as \"…\"": the subject's words only when "as" leads into the quotation.
            if (
                CharacterisingVerbs.Contains(verbWords)
                && !(fromEnd && AsBeforeQuote.IsMatch(text[verb.End..clause.End]))
            )
                continue;
            // "The head of Strategic Command told the committee …": the one who speaks holds a role in what is
            // named, and the text does not name them here. Someone speaks; who is unsure.
            if (
                subject is [{ IsPerson: false } held]
                && OfWhere.Match(text, held.Range.Start) is { Success: true } roleOf
                && RoleOf.IsMatch(text, roleOf.Index)
            )
                return new Attribution([], clause, verb, verbWords);
            // "The agency's chief told the BBC", "Iran's parliament speaker said": a role right after a body is the
            // person who holds it, whom the text does not name here; the body does not speak. (A spokesperson speaks
            // for the body: "a ministry spokesperson said" is the ministry.)
            if (subject is [{ IsPerson: false } body] && RoleAfterBody.IsMatch(text, body.Range.End))
                return new Attribution([], clause, verb, verbWords);
            // "China's earthquake administration said", "Japan's meteorological agency said": a name in the
            // possessive before a body it has is whose body speaks, not who speaks, and the text does not name the
            // body. (A person of it speaks for it: "the United Kingdom's delegate said" is the United Kingdom; a
            // document too: "the treaty's requirement that …".)
            if (
                subject is [var owner]
                && owner.Resolution is not ("pronoun" or "pair")
                && PossessedNoun.Match(text, owner.Range.End) is { Success: true } possessed
                && possessed.Index + possessed.Length <= verb.Start
                && !mentions.Any(m => m.Range.Start > owner.Range.End && m.Range.End <= verb.Start)
            )
                return new Attribution([], clause, verb, verbWords);
            // "according to" names its source after it, never before ("the treaty's talks, according to …").
            if (verbWords == "according to")
                subject = [];
            // "The United States wrote to the signatories, saying the treaty \"…\"": a participle after a comma has
            // the subject the clause opens with, and never a name after it.
            if (verbWords.EndsWith("ing", StringComparison.Ordinal) && ParticipleComma.IsMatch(text, verb.Start))
            {
                // "The United States has yet to finish, Zhao said, adding that \"…\"": after "X said," the
                // participle is X's, not the subject the sentence opens with.
                var said = verbs.FirstOrDefault(v =>
                    v.End < verb.Start && SaidComma.IsMatch(text.AsSpan(v.End, verb.Start - v.End).ToString())
                );
                subject =
                    said != default && SubjectBefore(text, mentions, said) is { Count: > 0 } sayer ? sayer
                    : OpeningSubject(text, mentions, clause, verb.Start) is { } opener ? [opener]
                    : [];
            }
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
                    // "said that Moscow \"flagrantly violated\" it", "said from the White House Rose Garden": after
                    // "that" a name is the reported clause's subject, after a preposition a place or an occasion.
                    && (verbWords == "according to" || !ThatOrPlaceBefore.IsMatch(text[verb.End..m.Range.Start]))
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
                // "said OPCW-UN Joint Mission Special Coordinator Sigrid Kaag": an organisation, its title, then the
                // person who holds it, who speaks.
                if (
                    afterVerb is { IsPerson: false }
                    && mentions.FirstOrDefault(m => m.Range.Start > afterVerb.Range.End && m.IsPerson) is { } holder
                    && holder.Range.Start - afterVerb.Range.End <= 40
                    && TitleWords.IsMatch(text[afterVerb.Range.End..holder.Range.Start])
                )
                    afterVerb = holder;
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

    /// <summary>Whether words (not punctuation) follow a mention before the end of its clause.</summary>
    private static bool RunsOn(string text, ActorMention m, TextRange clause)
    {
        int k = m.Range.End;
        while (k < clause.End && text[k] is ' ' or '\u00A0')
            k++;
        return k < clause.End && char.IsLetterOrDigit(text[k]);
    }

    // "which the ministry says", "of which Washington has said": a relative pronoun, then the clause's subject
    // (a few words, no punctuation), right before the verb.
    private static readonly Regex RelativeClauseVerb = PhraseBook.Interpret(
        @"(?<![\w-])(?:which|whom) (?:[^\s,;:""\u201C\u201D()]+ ){1,6}\G",
        RegexOptions.RightToLeft
    );

    private static readonly Regex WhichBefore = PhraseBook.Interpret(@"(?<![\w-])which \G", RegexOptions.RightToLeft);

    /// <summary>Whether a comma ends the relative clause after a verb before <paramref name="end"/>.</summary>
    private static bool ClosesBefore(string text, int from, int end) =>
        end > from
        && text.AsSpan(from, end - from).IndexOfAny(",\u2014") >= 0
        && text.AsSpan(from, end - from).IndexOfAny("\"\u201C\u201D") < 0;

    // "was described", "were widely called": a form of "be" (and perhaps an adverb) right before the verb.
    private static readonly Regex PassiveBefore = PhraseBook.Interpret(
        @"(?<![\w-])(?:was|were|is|are|been|being|be)(?: [a-z]+ly)? \G",
        RegexOptions.RightToLeft
    );

    // "was quoted as saying", "was told": passives whose subject still speaks (or is the one spoken to).
    private static readonly HashSet<string> NotPassive = new(StringComparer.Ordinal)
    {
        "told",
        "quoted",
        "cited",
        "asked",
        "urged",
    };

    // "by its chairman Gustavo Zlauvinen": lower-case words (a determiner, a role) before the agent's name.
    private static readonly Regex RoleWords = new(
        @"^(?:[a-z'\u2019-]+[\s\u00A0]+){0,4}$",
        RegexOptions.CultureInvariant
    );

    private static readonly Regex AgentAfter = PhraseBook.Interpret(@"\G (?:[a-z]+ly )?by ");

    private static readonly Regex ThatOrPlaceBefore = PhraseBook.Interpret(
        @"(?<![\w-])(?:that|in|at|on|from|during|after|before|outside|inside|near|with|to)(?![\w-])"
    );

    private static readonly Regex SaidComma = new(@"^,[\s\u00A0]*$", RegexOptions.CultureInvariant);

    private static readonly Regex TitleWords = new(
        @"^(?:[\s\u00A0]+[A-Z][\w-]*){0,3}[\s\u00A0]+$",
        RegexOptions.CultureInvariant
    );

    private static readonly Regex LocatedIn = PhraseBook.Interpret(@" (?:in|from) \G", RegexOptions.RightToLeft);

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
        PhraseBook.AddresseeVerbs.Concat(PhraseBook.CharacterisingVerbs).Select(p => p.Text),
        StringComparer.Ordinal
    );

    // "'s earthquake administration", "’s foreign ministry": the possessive and a body in lower case after it.
    private static readonly Regex PossessedNoun = new(
        @"\G['\u2019]s(?:[\s\u00A0]+[a-z][\w-]*){0,3}?[\s\u00A0]+(?:administration|agency|ministry|office|"
            + @"service|department|committee|commission|council|institute|authority|bureau|parliament)(?![\w-])",
        RegexOptions.CultureInvariant
    );

    private static readonly Regex RoleAfterBody = new(
        @"\G(?:['\u2019]s)?[\s\u00A0]+(?:chief|head|speaker|director|"
            + @"director-general|director general|chairman|chairwoman|chair|secretary-general|commander|envoy|"
            + @"ambassador|president)(?![\w-])",
        RegexOptions.CultureInvariant
    );

    private static readonly HashSet<string> CharacterisingVerbs = new(
        PhraseBook.CharacterisingVerbs.Select(p => p.Text),
        StringComparer.Ordinal
    );

    // "dismissed the figure as ": "as" right before the quotation, with no other quotation or clause end between.
    private static readonly Regex AsBeforeQuote = new(
        @"^[^""\u201C\u201D;.!?]{0,100}?(?<![\w-])as[\s\u00A0]*$",
        RegexOptions.CultureInvariant
    );

    private static bool IsGap(string text, int from, int to, int max) =>
        to - from <= max && text.AsSpan(from, to - from).IndexOfAny("\"\u201C\u201D;") < 0;
}
