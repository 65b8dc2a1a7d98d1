using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Whether a text reads as English, the only language the phrase book covers. A text in another language would
/// give nothing or, worse, facts read from look-alike words; it gets a warning instead.
/// </summary>
public static partial class Language
{
    public const string NotEnglishWarning =
        "language: the text does not read as English; the extractor reads English only, so no facts were taken from it";

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "said",
        "by",
        "as",
        "it",
        "was",
        "are",
        "has",
        "have",
        "will",
        "from",
        "at",
        "its",
        "be",
        "not",
        "this",
        "an",
        "which",
        "would",
        "were",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans =
        FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>A warning when the text does not read as English; null when it does or is too short to tell.</summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Check(string text)
    {
        int letters = 0,
            latin = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 20_000)))
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (c <= '\u024F')
                latin++;
        }
        if (letters >= 40 && latin < letters * 0.7)
            return NotEnglishWarning;
        // Every document passes here: the words are read as spans, not allocated as strings (nor the text sliced).
        int words = 0,
            function = 0;
        var head = text.AsSpan(0, Math.Min(text.Length, 20_000));
        foreach (var w in Word().EnumerateMatches(head))
        {
            words++;
            if (FunctionWordSpans.Contains(head.Slice(w.Index, w.Length)))
                function++;
        }
        // English prose is a fifth or more function words; French, German or Spanish share almost none of these.
        return words >= 30 && function < words * 0.06 ? NotEnglishWarning : null;
    }
}
