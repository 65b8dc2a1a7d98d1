using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// People and organisations the catalog does not know. A person is a run of capitalised words that reads as a
/// personal name ("Antony Blinken", "Sergei A. Ryabkov"), with leading titles ("Deputy Foreign Minister", from
/// <see cref="PhraseBook.Titles"/>) kept apart. An organisation is a capitalised run ending in an organisation
/// noun ("Foreign Ministry", "North Atlantic Council", "Ministry of Foreign Affairs of the Russian Federation").
/// Used next to a speech verb, where a name is what the grammar expects.
/// </summary>
public static class ProperNames
{
    private const string Cap = @"[A-Z][\w'\u2019.-]*";
    private static readonly Regex Capitalised = Compile(
        // A hyphen joins the parts of a given name, either case ("Jean-Luc", "Min-jae", "Dong-young"). Letters
        // with diacritics are letters of names too, capital or not ("Özdemir", "Ümit Şahin", "Dvořák").
        @"(?<![\w-])[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][a-z\u00DF-\u00F6\u00F8-\u017F]+"
            + @"(?:-[A-Za-z][a-z]+)?"
            + @"(?: (?:[A-Z]\.|[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][a-z\u00DF-\u00F6\u00F8-\u017F]+"
            + @"(?:-[A-Za-z][a-z]+)?|[A-Z]'[A-Z][a-z]+|al-[A-Z][a-z]+|"
            + @"bin|de|la|van|von|der)){1,5}(?![\w-])"
    );

    // A day or a month: after "Committee on" it says when, not which committee.
    private static readonly string NotWhen =
        "(?!(?:"
        + string.Join(
            '|',
            Weekdays.Concat(
                MonthNumbers.Keys.Where(k => k.Length > 3).Select(k => char.ToUpperInvariant(k[0]) + k[1..])
            )
        )
        + @")(?![\w-]))";

    private static readonly Regex Organisation = Compile(
        @"(?<![\w-])(?:"
            + Cap
            + " ){0,4}"
            + Any(OrganisationHeads)
            // "Committee on Foreign Relations", but not "told the Armed Services Committee on Tuesday": a day or
            // a month after the preposition is when, not part of the name.
            + "(?: (?:of|for|on) (?:the )?"
            + NotWhen
            + Cap
            + "(?: (?:of (?:the )?)?"
            + Cap
            + "){0,5})?(?![\\w-])"
    );

    private static readonly HashSet<string> Leading = new(
        Titles.Concat([
            "The",
            "A",
            "An",
            "In",
            "On",
            "At",
            "But",
            "And",
            "If",
            "When",
            "While",
            "Despite",
            "After",
            "Before",
            "As",
        ]),
        StringComparer.Ordinal
    );
    private static readonly HashSet<string> NotPeople = new(
        OrganisationHeads
            .Concat(OutletWords)
            .Concat(Weekdays)
            .Concat([
                "House",
                "News",
                "Association",
                "Institute",
                "Center",
                "Centre",
                "Union",
                "Treaty",
                "Convention",
                "Standard",
                "Review",
                "Zeitung",
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
                "Nations",
                "States",
                "Republic",
                "Federation",
                "Kingdom",
                "Security",
                "Foundation",
                "Fund",
                "University",
                "Group",
                "Forum",
                "Conference",
                "Campaign",
                "Initiative",
                "Programme",
                "Program",
                "Project",
                "Party",
                "Command",
                "Court",
            ]),
        StringComparer.Ordinal
    );
    private static readonly HashSet<string> StandAloneOrganisations = new(StringComparer.Ordinal)
    {
        "Kremlin",
        "Duma",
        "Senate",
        "Parliament",
        "Government",
        "Presidency",
    };

    private static readonly Regex Apposition = Interpret(
        @"\G(?:,(?: )?(?:a|an|the|who|whose|[A-Z][\w.'-]*'s|[a-z-]+ (?:of|at|for))"
            + @"(?![\w-])"
            // "Gordon Lyle asked whether …": a speech verb right after a capitalised run makes it a speaker's name.
            + @"| (?:said|says|told|tells|added|adds|asked|replied|wrote|writes|warned|argued|insisted|noted|"
            + @"stressed|explained)(?![\w-])| (?:\(|\[))"
    );

    // "Argentine diplomat Gustavo Zlauvinen": a lower-case role noun right before a capitalised run makes it a name.
    internal const string RoleNouns =
        "diplomat|envoy|ambassador|minister|spokesman|spokeswoman|spokesperson|president|official|negotiator|"
        + "analyst|expert|researcher|professor|lawmaker|senator|delegate|chairman|chairwoman|director|secretary|"
        + "adviser|advisor|general|commander|aide|deputy|colleague|counterpart";

    private static readonly Regex RoleNounBefore = Interpret(
        @"(?<![\w-])(?:" + RoleNouns + @") \G",
        RegexOptions.RightToLeft
    );

    // "China's ambassador to the United States, Xie Feng, …", "a former negotiator, Tom Reilly, …": a role, perhaps
    // with whom it serves, then a comma: the name after it is that role's holder. Interpreted: run anchored, once
    // per name.
    private static readonly Regex RoleAppositionBefore = Interpret(
        @"(?<![\w-])(?i:"
            + RoleNouns
            + @")(?: (?:to|of|for|at|in|on) (?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}){0,2}, \G",
        RegexOptions.RightToLeft
    );

    // Words that end a title ("Unification Minister", "Energy Secretary"): a capitalised word before one is part of
    // the title, not of the name after it.
    private static readonly HashSet<string> TitleHeads = new(StringComparer.Ordinal)
    {
        "Minister",
        "Secretary",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Ambassador",
        "President",
        "Chairman",
        "Chairwoman",
        "Director",
        "Envoy",
        "Adviser",
        "Advisor",
        "Commissioner",
        "Governor",
        "Senator",
        "Representative",
        "Negotiator",
        "Coordinator",
        "Rapporteur",
    };

    // Titles a surname alone may follow ("President Bush", "Ambassador Vershbow"); not "Foreign", "National".
    private static readonly HashSet<string> SurnameTitles = new(StringComparer.Ordinal)
    {
        "President",
        "Minister",
        "Secretary",
        "Ambassador",
        "Senator",
        "Sen",
        "Rep",
        "Chancellor",
        "Premier",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Gen",
        "General",
        "Admiral",
        "Governor",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Professor",
    };

    /// <summary>
    /// Personal names; Confident when a title or role noun stands before the name or an apposition or speech verb
    /// after it.
    /// </summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(TextRange Range, string Name, bool Confident)> Find(string text, TextRange within)
    {
        var result = new List<(TextRange, string, bool)>();
        foreach (Match whole in Capitalised.Matches(text.Substring(within.Start, within.Length)))
        {
            // A name never runs across a line break (a headline's last word and the next paragraph's first): each
            // line of the run is read on its own.
            int lineStart = 0;
            foreach (var line in whole.Value.Split('\n'))
            {
                int at = whole.Index + lineStart;
                lineStart += line.Length + 1;
                var value = line.Trim();
                if (value.Length == 0)
                    continue;
                at += line.IndexOf(value[0], StringComparison.Ordinal);
                if (Person(text, within.Start + at, value) is { } person)
                    result.Add(person);
            }
        }
        return result;
    }

    /// <summary>A personal name in one line of a capitalised run, with the titles before it kept apart.</summary>
    private static (TextRange Range, string Name, bool Confident)? Person(string text, int at, string value)
    {
        if (!char.IsUpper(value[0]))
            return null;
        var tokens = Regex.Matches(value, @"\S+").Cast<Match>().ToList();
        int first = 0;
        while (first < tokens.Count && Leading.Contains(tokens[first].Value.TrimEnd('.')))
            first++;
        // "Unification Minister Chung Dong-young": a title ends at its head word, whatever capitalised words
        // qualify it; the name is what follows.
        // The mention still spans the title, as it did before the title was known to be one.
        int spanFirst = first;
        for (int j = first; j < tokens.Count - 2; j++)
            if (TitleHeads.Contains(tokens[j].Value))
                first = j + 1;
        // "President Bush", "Secretary Pompeo": a person's title, then one capitalised word, is a person named
        // by surname alone.
        if (
            tokens.Count - first == 1
            && first > 0
            && SurnameTitles.Contains(tokens[first - 1].Value.TrimEnd('.'))
            && !NotPeople.Contains(tokens[first].Value)
            && !Leading.Contains(tokens[first].Value)
            && tokens[first].Value.Length >= 3
            && tokens[first].Value.Skip(1).All(char.IsLower)
            // "Minister Warns of …" in a headline: a verb, not a name.
            && !SpeechVerbs.Contains(tokens[first].Value.ToLowerInvariant())
        )
        {
            int surnameStart = at + tokens[first].Index;
            var surname = new TextRange(surnameStart, surnameStart + tokens[first].Length);
            return (new TextRange(at + tokens[spanFirst].Index, surname.End), tokens[first].Value, true);
        }
        // "Ambassador to the United States Anatoly Antonov", "Deputy Foreign Minister of Russia Sergey Ryabkov": a
        // title names the place or body it serves, then its holder, all in one capitalised run; the name is what
        // follows the place.
        bool placed = false;
        if (
            first == spanFirst
            && tokens.Count - first >= 3
            && PlaceThenName(tokens, first) is { } split
            && TitleOfPlaceBefore(text, at)
        )
            (first, spanFirst, placed) = (split, split, true);
        if (tokens.Count - first < 2)
            return null;
        if (tokens.Skip(first).Any(t => NotPeople.Contains(t.Value)))
            return null;
        int start = at + tokens[first].Index;
        int spanStart = at + tokens[spanFirst].Index;
        int end = at + value.Length;
        bool titled = tokens
            .Take(first)
            .Any(t => Titles.Contains(t.Value.TrimEnd('.')) || TitleHeads.Contains(t.Value));
        // "the Armed Forces", "The Arms Control Association": a name does not follow an article unless a title
        // stands between them.
        if (
            !titled
            && !placed
            && (ArticleBefore(text, at) || tokens.Take(first).Any(t => t.Value is "The" or "A" or "An"))
        )
            return null;
        bool confident =
            titled
            || placed
            || Apposition.IsMatch(text, end)
            || RoleNounBefore.IsMatch(text, start)
            || RoleAppositionBefore.IsMatch(text, start)
            || MaleGivenNames.Contains(tokens[first].Value)
            || FemaleGivenNames.Contains(tokens[first].Value);
        return (new TextRange(spanStart, end), TextStructure.Normalize(text[start..end]), confident);
    }

    /// <summary>
    /// Where the name starts in a run that opens with a place or body ("United States Anatoly Antonov", "Russia
    /// Sergey Ryabkov"): after the last word no person's name holds ("States", "Nations"), or at a known given name,
    /// leaving two or three words; null when neither.
    /// </summary>
    private static int? PlaceThenName(List<Match> tokens, int first)
    {
        int last = -1;
        for (int k = first; k < tokens.Count; k++)
            if (NotPeople.Contains(tokens[k].Value))
                last = k;
        if (last >= first)
            return tokens.Count - last - 1 is 2 or 3 ? last + 1 : null;
        // "Mohammad Javad Zarif": a run that opens with a given name is a name already.
        if (MaleGivenNames.Contains(tokens[first].Value) || FemaleGivenNames.Contains(tokens[first].Value))
            return null;
        for (int j = first + 1; j < tokens.Count - 1; j++)
            if (
                (MaleGivenNames.Contains(tokens[j].Value) || FemaleGivenNames.Contains(tokens[j].Value))
                && tokens.Count - j is 2 or 3
            )
                return j;
        return null;
    }

    // "… Minister of ", "Ambassador to the ", "Coordinator to the Joint Mission of the OPCW and the ": a title's
    // preposition (or "and" between two bodies it serves) right before the run.
    private static readonly Regex PlacePreposition = Interpret(@"(?<![\w-])(?:to|of|for|at|in|and)(?: the)? $");

    private static readonly Regex TitleWord = Interpret(
        @"(?<![\w-])(?:" + string.Join('|', TitleHeads) + "|" + RoleNouns + @")(?![\w-])",
        RegexOptions.IgnoreCase
    );

    /// <summary>Whether the run at <paramref name="at"/> is a title's place: a preposition right before it and a
    /// title in the same sentence, at most 150 characters back.</summary>
    private static bool TitleOfPlaceBefore(string text, int at)
    {
        int from = Math.Max(0, at - 150);
        var before = text[from..at];
        int cut = before.LastIndexOfAny(['.', '\n', '"', '\u201C', '\u201D', ';']);
        if (cut >= 0)
            before = before[(cut + 1)..];
        return PlacePreposition.IsMatch(before) && TitleWord.IsMatch(before);
    }

    /// <summary>Whether a word is a title or a title's head ("Minister", "Deputy").</summary>
    public static bool IsTitleWord(string word) => Titles.Contains(word) || TitleHeads.Contains(word);

    private static bool ArticleBefore(string text, int at) =>
        (at >= 4 && text.AsSpan(at - 4, 4) is "the " or "The " && (at == 4 || !char.IsLetter(text[at - 5])))
        || (at >= 2 && text.AsSpan(at - 2, 2) is "a " && (at == 2 || !char.IsLetter(text[at - 3])));

    /// <summary>
    /// Organisations by form: "Foreign Ministry", "the North Atlantic Council", "Iran's Foreign Ministry".
    /// </summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<(TextRange Range, string Name)> Organisations(string text, TextRange within)
    {
        var result = new List<(TextRange, string)>();
        foreach (Match m in Organisation.Matches(text.Substring(within.Start, within.Length)))
        {
            var tokens = Regex.Matches(m.Value, @"\S+").Cast<Match>().ToList();
            int first = 0;
            while (
                first < tokens.Count - 1
                && tokens[first].Value
                    is "The"
                        or "A"
                        or "An"
                        or "In"
                        or "On"
                        or "At"
                        or "But"
                        or "And"
                        or "While"
                        or "When"
                        or "As"
            )
                first++;
            if (tokens.Count - first < 2 && !StandAloneOrganisations.Contains(tokens[first].Value))
                continue;
            int start = within.Start + m.Index + tokens[first].Index;
            int end = within.Start + m.Index + m.Length;
            result.Add((new TextRange(start, end), TextStructure.Normalize(text[start..end])));
        }
        return result;
    }
}
