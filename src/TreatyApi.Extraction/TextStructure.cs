using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>A half-open range [Start, End) of the document text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int i) => i >= Start && i < End;

    public bool Overlaps(TextRange o) => Start < o.End && o.Start < End;
}

/// <summary>Paragraphs (blank-line separated) and sentences of a text, by offsets.</summary>
public static partial class TextStructure
{
    [GeneratedRegex(@"\n[ \t\u00A0]*\r?\n")]
    private static partial Regex BlankLine();

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextRange> Paragraphs(string text)
    {
        var result = new List<TextRange>();
        int start = 0;
        foreach (Match m in BlankLine().Matches(text))
        {
            Add(start, m.Index);
            start = m.Index + m.Length;
        }
        Add(start, text.Length);
        return result;

        void Add(int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s]))
                s++;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
                e--;
            if (e > s)
                result.Add(new TextRange(s, e));
        }
    }

    // Words after which a full stop does not end a sentence ("U.S. President", "Feb. 5").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "U.S",
        "U.K",
        "U.N",
        "E.U",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gen",
        "Sen",
        "Rep",
        "Gov",
        "Amb",
        "Lt",
        "Col",
        "Adm",
        "Maj",
        "Capt",
        "St",
        "Jr",
        "Sr",
        "No",
        "vs",
        "etc",
        "Inc",
        "Corp",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
        "approx",
    };

    /// <summary>Sentences within a range. Quotation marks do not hide boundaries: a quoted sentence is a
    /// sentence.</summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextRange> Sentences(string text, TextRange within)
    {
        var result = new List<TextRange>();
        int start = within.Start;
        for (int i = within.Start; i < within.End; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?'))
                continue;
            int j = i + 1;
            while (j < within.End && text[j] is '"' or '\u201D' or '\'' or '\u2019' or ')')
                j++;
            if (j < within.End && !char.IsWhiteSpace(text[j]))
                continue;
            int k = j;
            while (k < within.End && char.IsWhiteSpace(text[k]))
                k++;
            if (
                k < within.End
                && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '\u201C' or '(' or '\'')
            )
                continue;
            if (c == '.' && IsAbbreviation(text, i))
                continue;
            Add(start, j);
            start = k;
            i = k - 1;
        }
        Add(start, within.End);
        return result;

        void Add(int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s]))
                s++;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
                e--;
            if (e > s)
                result.Add(new TextRange(s, e));
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
            s--;
        var word = text[s..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial: "John F. Kennedy"
        return Abbreviations.Contains(word);
    }

    /// <summary>Folds whitespace (non-breaking spaces too: Split(null) splits on every Unicode space) so that matching
    /// ignores it; quotes keep theirs.</summary>
    public static string Normalize(string s) =>
        IsNormal(s) ? s : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether <see cref="Normalize"/> would return the text unchanged (most matched names and phrases
    /// are): no whitespace but single plain spaces between words. Spares a split and a join per call.</summary>
    private static bool IsNormal(string s)
    {
        if (s.Length == 0)
            return true;
        if (s[0] == ' ' || s[^1] == ' ')
            return false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ' ' ? s[i - 1] == ' ' : char.IsWhiteSpace(c))
                return false;
        }
        return true;
    }
}
