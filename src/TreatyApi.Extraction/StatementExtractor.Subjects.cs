using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Subjects of a speech verb: the chain of names before it ("France, Germany and Britain said"), the names
/// after it ("wrote Ruiz and Okafor"), appositions ("Ruiz, head of …, said") and pairs ("the two delegations").
/// </summary>
internal sealed partial class StatementExtractor
{
    private const int MaxSubjectGap = 60;

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

    private static readonly Regex RelativeOpening = new(
        @"\G,[\s\u00A0]+(?:which|who)(?![\w-])",
        RegexOptions.CultureInvariant
    );

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
            if (m.Range.End >= closing.Index || closing.Index - m.Range.End > 150)
                continue;
            int k = m.Range.End;
            if (k >= text.Length || text[k] != ',' || k == closing.Index)
                continue;
            // "The delegation, which has long argued …, said": a relative clause set off by commas describes the
            // subject before it, whoever it is; another apposition makes only a person the subject.
            if (!m.IsPerson && !RelativeOpening.IsMatch(text, k))
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
        // "Kwame Osei, a former inspector, wrote": a person named is the speaker rather than the unnamed role set
        // beside them.
        return
            chain.Count > 1
            && !and
            && (
                chain.LastOrDefault(m => m.IsPerson && !(m.Name is { } n && Unnamed.IsMatch(n)))
                ?? chain.LastOrDefault(m => m.IsPerson || m.Resolution == "pronoun")
            )
                is { } person
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
}
