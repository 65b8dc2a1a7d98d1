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
        // A hyphen joins the parts of a given name, either case ("Jean-Luc", "Min-jae", "Dong-young").
        @"(?<![\w-])[A-Z][a-z\u00E0-\u00FF]+(?:-[A-Za-z][a-z]+)?"
            + @"(?: (?:[A-Z]\.|[A-Z][a-z\u00E0-\u00FF]+(?:-[A-Za-z][a-z]+)?|[A-Z]'[A-Z][a-z]+|al-[A-Z][a-z]+|"
            + @"bin|de|la|van|von|der)){1,5}(?![\w-])"
    );
    private static readonly Regex Organisation = Compile(
        @"(?<![\w-])(?:"
            + Cap
            + " ){0,4}"
            + Any(OrganisationHeads)
            + "(?: (?:of|for|on) (?:the )?"
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

    private static readonly Regex Apposition = Compile(
        @"\G(?:,(?: )?(?:a|an|the|who|whose|[A-Z][\w.'-]*'s|[a-z-]+ (?:of|at|for))"
            + @"(?![\w-])| said| says| told| added| wrote| (?:\(|\[))"
    );

    // "Argentine diplomat Gustavo Zlauvinen": a lower-case role noun right before a capitalised run makes it a name.
    internal const string RoleNouns =
        "diplomat|envoy|ambassador|minister|spokesman|spokeswoman|spokesperson|president|official|negotiator|"
        + "analyst|expert|researcher|professor|lawmaker|senator|delegate|chairman|chairwoman|director|secretary|"
        + "adviser|advisor|general|commander|aide|deputy|colleague|counterpart";

    private static readonly Regex RoleNounBefore = Compile(
        @"(?<![\w-])(?:" + RoleNouns + @") \G",
        RegexOptions.RightToLeft
    );

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
        foreach (Match m in Capitalised.Matches(text.Substring(within.Start, within.Length)))
        {
            var tokens = Regex.Matches(m.Value, @"\S+").Cast<Match>().ToList();
            int first = 0;
            while (first < tokens.Count && Leading.Contains(tokens[first].Value.TrimEnd('.')))
                first++;
            if (tokens.Count - first < 2)
                continue;
            if (tokens.Skip(first).Any(t => NotPeople.Contains(t.Value)))
                continue;
            int start = within.Start + m.Index + tokens[first].Index;
            int end = within.Start + m.Index + m.Length;
            bool confident =
                first > 0
                || Apposition.IsMatch(text, end)
                || RoleNounBefore.IsMatch(text, start)
                || MaleGivenNames.Contains(tokens[first].Value)
                || FemaleGivenNames.Contains(tokens[first].Value);
            result.Add((new TextRange(start, end), TextStructure.Normalize(text[start..end]), confident));
        }
        return result;
    }

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
