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
    ];

    private static readonly Dictionary<string, string[]> ByStem = Groups
        .SelectMany(g => g.Select(s => (s, g)))
        .ToDictionary(x => x.s, x => x.g, StringComparer.Ordinal);

    /// <summary>
    /// A word's stem: lower case, "-ing" cut from a word of seven letters or more ("working" → "work"), then the
    /// first five letters, or the word without a final "s". Each stem is the start of the word it comes from, so it
    /// can be looked up as a prefix.
    /// </summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        // Not "-ed": "agreed" would lose the "e" that "agree" keeps.
        if (w.Length >= 7 && w.EndsWith("ing", StringComparison.Ordinal))
            w = w[..^3];
        return w.Length > 5 ? w[..5] : w.TrimEnd('s');
    }

    /// <summary>The one stem a word's group is compared by (the group's first), else the word's stem.</summary>
    public static string Canon(string word) => OfStem(Stem(word));

    /// <summary>The one stem a stem's group is compared by, else the stem itself.</summary>
    public static string OfStem(string stem) => ByStem.TryGetValue(stem, out var g) ? g[0] : stem;

    /// <summary>Every stem a word of this stem may be written with in a text: its own and its group's.</summary>
    public static IReadOnlyList<string> Forms(string stem) => ByStem.TryGetValue(stem, out var g) ? g : [stem];
}
