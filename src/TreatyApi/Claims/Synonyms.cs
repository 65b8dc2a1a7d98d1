namespace TreatyApi.Claims;

/// <summary>
/// How a paraphrase is matched with the words it restates: a word's stem with its inflection cut ("working" →
/// "work"), and a few groups of words reporting uses for one same thing ("continue talks" = "maintain discussions" =
/// "keep talking"). Only words that say the same act are grouped: never a word and its opposite, and never a word
/// whose sense changes the claim (a number, a name, a polarity); polarity is read apart, from the negations.
/// </summary>
internal static class Synonyms
{
    // Each group by the stems of its words (the first five letters of a word with its ending cut).
    private static readonly string[][] Groups =
    [
        // To go on doing something.
        ["conti", "keep", "kept", "maint"],
        // Talks between two sides: what a spokesman "described" or the leaders "agreed to continue".
        ["talk", "discu", "dialo", "meet"],
        // To put weapons in place.
        ["field", "deplo"],
        // To be afraid that something may happen ("Russia worries", "fears"). Not "concerned": its stem is that of
        // "conceded".
        ["worr", "fear"],
        // To point a weapon at something.
        ["targe", "aim"],
        // To make a system ("developing the shield", "building it").
        ["devel", "build", "built"],
        // To be against a plan ("opposes", "objects to").
        ["oppos", "objec"],
        // A promise that binds ("a binding guarantee", "a binding assurance").
        ["guara", "assur"],
        // To say one will act against ("warned it will use military means", "threatened to").
        ["warn", "threa"],
    ];

    private static readonly Dictionary<string, string[]> ByStem = Groups
        .SelectMany(g => g.Select(s => (s, g)))
        .ToDictionary(x => x.s, x => x.g, StringComparer.Ordinal);

    /// <summary>
    /// A word's stem: lower case, "-ing" cut from a word of seven letters or more ("working" → "work"), then from
    /// a word of five letters or more "-ed" ("warned" → "warn", "aimed" → "aim"; not "-eed": "agreed" keeps the
    /// "e" of "agree"), "-ies" or "-ied" after a consonant, or a final "y" after one ("worry", "worries", "worried" →
    /// "worr"), then the first five letters, or the word without a final "s". Each stem is the start of the word it
    /// comes from and of its other forms, so it can be looked up as a prefix.
    /// </summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length >= 7 && w.EndsWith("ing", StringComparison.Ordinal))
            w = w[..^3];
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && w[^3] is not ('e' or 'i'))
            w = w[..^2];
        else if (w.Length >= 5 && w[^3..] is "ies" or "ied" && !IsVowel(w[^4]))
            w = w[..^3];
        else if (w.Length >= 5 && w[^1] == 'y' && !IsVowel(w[^2]))
            w = w[..^1];
        return w.Length > 5 ? w[..5] : w.TrimEnd('s');

        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    }

    /// <summary>The one stem a word's group is compared by (the group's first), else the word's stem.</summary>
    public static string Canon(string word) => OfStem(Stem(word));

    /// <summary>The one stem a stem's group is compared by, else the stem itself.</summary>
    public static string OfStem(string stem) => ByStem.TryGetValue(stem, out var g) ? g[0] : stem;

    /// <summary>Every stem a word of this stem may be written with in a text: its own and its group's.</summary>
    public static IReadOnlyList<string> Forms(string stem) => ByStem.TryGetValue(stem, out var g) ? g : [stem];
}
