using System.Runtime.CompilerServices;

namespace TreatyApi.Extraction;

/// <summary>
/// A quotation in a paragraph: <see cref="Marks"/> includes the quotation marks, <see cref="Inner"/> does not.
/// </summary>
public readonly record struct Quotation(TextRange Marks, TextRange Inner);

public static class Quotations
{
    /// <summary>
    /// Quotations in a paragraph, straight or curly. An opening mark with no closing one runs to the end of
    /// the paragraph (news style for a quotation that continues in the next paragraph).
    /// </summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Quotation> Find(string text, TextRange paragraph)
    {
        var result = new List<Quotation>();
        int open = -1;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            if (
                open < 0
                && (c == '\u201C' || (c == '"' && (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1]))))
            )
                open = i;
            else if (open >= 0 && (c == '\u201D' || c == '"'))
            {
                Add(open, i + 1, i);
                open = -1;
            }
        }
        if (open >= 0)
            Add(open, paragraph.End, paragraph.End);
        return result;

        void Add(int markStart, int markEnd, int innerEnd)
        {
            int s = markStart + 1,
                e = innerEnd;
            while (s < e && char.IsWhiteSpace(text[s]))
                s++;
            // American style puts the clause's comma inside the marks; it is punctuation, not the speaker's words.
            while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
                e--;
            if (e > s)
                result.Add(new Quotation(new TextRange(markStart, markEnd), new TextRange(s, e)));
        }
    }
}
