using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Where a date expression can begin, found without the regex: the date pattern opens with an optional preposition
/// ("by", "no later than") before its date, so the regex engine can find no literal to look for first and tried the
/// whole pattern at every word of every sentence (the extractor's most expensive step, README → Performance). A
/// date begins at a word edge with a digit or with one of a few words (a preposition, a month, a weekday,
/// "today"): this reads each word once, and the pattern, anchored, is tried only there. The words are taken from
/// the pattern's own groups and the phrase book's lists, so a word added there is a start here;
/// DateStartsTests checks that this finds exactly what the unanchored pattern finds.
/// </summary>
public sealed class DateStarts
{
    private readonly Regex _anchored;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <param name="pattern">The date pattern (unanchored, as written).</param>
    /// <param name="wordGroups">Names of the pattern's groups whose alternatives are words a date may begin with
    /// (the preposition, weekday, today/yesterday): the first word of each alternative counts.</param>
    /// <param name="moreWords">Other words a date may begin with (the months and their abbreviations).</param>
    public DateStarts(Regex pattern, IEnumerable<string> wordGroups, IEnumerable<string> moreWords)
    {
        // \G: a match only where it is tried, with the same options, groups and lookbehind as the pattern.
        _anchored = new Regex(@"\G(?:" + pattern + ")", pattern.Options);
        var words = new HashSet<string>(moreWords, StringComparer.OrdinalIgnoreCase);
        foreach (var group in wordGroups)
        {
            var alternatives = Regex.Match(pattern.ToString(), @"\(\?<" + group + @">([^()]*)\)");
            if (!alternatives.Success)
                throw new InvalidOperationException($"the date pattern has no group '{group}' of plain words");
            foreach (var alternative in alternatives.Groups[1].Value.Split('|'))
                words.Add(FirstWord(alternative));
        }
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>"no later than" → "no"; "no[\s\u00A0]+later" → "no".</summary>
    private static string FirstWord(string alternative)
    {
        var end = 0;
        while (end < alternative.Length && char.IsAsciiLetter(alternative[end]))
            end++;
        if (end == 0)
            throw new InvalidOperationException($"a date start that is not a word: '{alternative}'");
        return alternative[..end];
    }

    /// <summary>What <c>pattern.Matches(text)</c> finds, in order, trying the pattern only where a date may
    /// begin.</summary>
    // Hot per sentence: JIT-compiled fully optimised at its first call (README → Performance).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Match> Matches(string text)
    {
        var result = new List<Match>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // A match opens with a letter or a digit that no letter or digit precedes (the pattern's (?<![\w]):
            // every letter and digit is a \w, so this tries a superset of where it can succeed).
            if (!char.IsLetterOrDigit(c) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var next = i + 1;
            var candidate = char.IsDigit(c);
            if (!candidate)
            {
                var end = i;
                var ascii = true;
                while (end < text.Length && char.IsLetter(text[end]))
                    ascii &= char.IsAscii(text[end++]);
                // A word with a letter outside ASCII is tried: case-insensitive matching may equate it with one of
                // the words (the Kelvin sign with k, the long s with s).
                candidate = !ascii || _words.Contains(text.AsSpan(i, end - i));
                next = end;
            }
            if (candidate && _anchored.Match(text, i) is { Success: true } m)
            {
                result.Add(m);
                // As Regex.Matches: the next match is looked for from this one's end (a date is never empty).
                next = m.Index + m.Length;
            }
            i = next;
        }
        return result;
    }
}
