namespace TreatyApi.Extraction;

/// <summary>
/// Where a quotation is and the clauses around it: quotations that run across paragraphs (a statement quoted
/// whole), headlines, and the clause before and the sentence after each quotation.
/// </summary>
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// Quotations of every paragraph in order. One that opens and is not closed in its paragraph, where no later
    /// paragraph reopens it, runs on to the first closing mark in the paragraphs after it (a statement quoted whole).
    /// </summary>
    private static List<Quoted> QuotationsAcross(string text, IReadOnlyList<TextRange> paragraphs)
    {
        var result = new List<Quoted>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var quotes = Quotations.Find(text, paragraphs[p]);
            for (int q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                bool open =
                    q == quotes.Count - 1
                    && quote.Marks.End == paragraphs[p].End
                    && text[paragraphs[p].End - 1] is not ('\u201D' or '"');
                if (open && Closing(text, paragraphs, p) is { } close)
                {
                    var (k, at) = close;
                    int innerEnd = at;
                    while (
                        innerEnd > quote.Inner.Start
                        && (char.IsWhiteSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ',')
                    )
                        innerEnd--;
                    result.Add(
                        new Quoted(
                            new Quotation(
                                new TextRange(quote.Marks.Start, at + 1),
                                new TextRange(quote.Inner.Start, innerEnd)
                            ),
                            p,
                            k
                        )
                    );
                    // The rest of the closing paragraph has quotations of its own.
                    foreach (var rest in Quotations.Find(text, new TextRange(at + 1, paragraphs[k].End)))
                        result.Add(new Quoted(rest, k, k));
                    p = k;
                    goto next;
                }
                result.Add(new Quoted(quote, p, p));
            }
            next:
            ;
        }
        return result;
    }

    /// <summary>
    /// The paragraph and offset of the mark that closes a quotation left open at the end of paragraph p.
    /// </summary>
    private static (int Paragraph, int At)? Closing(string text, IReadOnlyList<TextRange> paragraphs, int p)
    {
        for (int k = p + 1; k < paragraphs.Count && k <= p + 12; k++)
        {
            var para = paragraphs[k];
            if (text[para.Start] is '\u201C' or '"')
                return null; // news style: each paragraph reopens the quotation
            for (int i = para.Start; i < para.End; i++)
            {
                if (text[i] == '\u201C')
                    return null;
                if (text[i] == '\u201D' || (text[i] == '"' && i > para.Start && !char.IsWhiteSpace(text[i - 1])))
                    return (k, i);
                if (text[i] == '"')
                    return null;
            }
        }
        return null;
    }

    /// <summary>A first paragraph of one short line that does not end a sentence: a headline.</summary>
    private static bool IsHeadline(string text, TextRange first)
    {
        if (first.Length > 200 || text.AsSpan(first.Start, first.Length).Contains('\n'))
            return false;
        int end = first.End;
        while (end > first.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\u201D' or '\''))
            end--;
        return end > first.Start && text[end - 1] is not ('.' or '!' or '?' or ':');
    }

    private static bool IsBlank(string text, int from, int to) => text.AsSpan(from, to - from).IsWhiteSpace();

    /// <summary>
    /// "… our forces." Obama, for his part, said: a quotation that ends its sentence inside the marks and is
    /// followed by a capitalised word ends the sentence; what follows is not its attribution.
    /// </summary>
    private static bool EndsSentence(string text, Quotation quote)
    {
        if (quote.Inner.End <= quote.Inner.Start || text[quote.Inner.End - 1] is not ('.' or '!' or '?'))
            return false;
        // A line break after the closing mark ends the sentence too ("…consequences.”\nIt did not say …"): what
        // follows on the next line is another sentence, not the quotation's attribution.
        int k = quote.Marks.End;
        while (k < text.Length && text[k] is ' ' or '\u00A0' or '\t')
            k++;
        if (k < text.Length && text[k] is '\n' or '\r')
            return true;
        return k < text.Length && char.IsUpper(text[k]);
    }

    /// <summary>Whether punctuation sets the quotation off from what follows: a comma, question or exclamation
    /// mark, full stop or dash inside the closing mark or right after it.</summary>
    private static bool SetOff(string text, Quotation quote)
    {
        for (int k = quote.Inner.End; k < quote.Marks.End; k++)
            if (text[k] is ',' or '?' or '!' or '.' or '\u2014' or '\u2013' or ':' or ';')
                return true;
        int after = quote.Marks.End;
        while (after < text.Length && text[after] is ' ' or '\u00A0')
            after++;
        return after >= text.Length || text[after] is ',' or '\u2014' or '\u2013' or '-' or '.' or ';' or ')' or '\n';
    }

    private static int WordCount(string text, TextRange r) =>
        text.AsSpan(r.Start, r.Length).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static TextRange FirstSentence(string text, TextRange r)
    {
        if (r.Length == 0)
            return r;
        var s = TextStructure.Sentences(text, r);
        return s.Count == 0 ? new TextRange(r.Start, r.Start) : s[0];
    }

    /// <summary>
    /// The part of the sentence that leads into the quotation; empty when a sentence ended before it.
    /// </summary>
    private static TextRange LastClause(string text, TextRange r)
    {
        var s = TextStructure.Sentences(text, r);
        if (s.Count == 0)
            return new TextRange(r.End, r.End);
        var last = s[^1];
        return text[last.End - 1] is '.' or '!' or '?' ? new TextRange(r.End, r.End) : last;
    }

    /// <summary>Whether a quotation is a paragraph of its own: nothing but blanks before it on its line, nothing
    /// but a full stop after it.</summary>
    private static bool OwnParagraph(string text, Quotation quote)
    {
        int lineStart = quote.Marks.Start == 0 ? 0 : text.LastIndexOf('\n', quote.Marks.Start - 1) + 1;
        if (!text.AsSpan(lineStart, quote.Marks.Start - lineStart).IsWhiteSpace())
            return false;
        int lineEnd = text.IndexOf('\n', quote.Marks.End);
        var rest = text.AsSpan(quote.Marks.End, (lineEnd < 0 ? text.Length : lineEnd) - quote.Marks.End).Trim();
        return rest.Length == 0 || rest is ".";
    }

    /// <summary>
    /// The last sentence of the paragraph (non-blank line) right before <paramref name="at"/>, when it holds no
    /// quotation and ends a sentence; null otherwise.
    /// </summary>
    private static TextRange? IntroducingSentence(string text, int at)
    {
        int lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        int end = lineStart - 1;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end <= 0 || text[end - 1] is not '.')
            return null;
        int start = text.LastIndexOf('\n', end - 1) + 1;
        var sentences = TextStructure.Sentences(text, new TextRange(start, end));
        if (sentences.Count == 0)
            return null;
        var last = sentences[^1];
        return text.AsSpan(last.Start, last.Length).ContainsAny("\"\u201C\u201D") ? null : last;
    }
}
