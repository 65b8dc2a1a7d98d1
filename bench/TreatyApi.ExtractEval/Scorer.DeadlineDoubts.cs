using System.Globalization;
using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Deadline precision per feature of doubt that is not the rule that found it: where the deadline sits (headline,
/// quotation, list or label line), the words around it (a condition or a plan, a past-tense verb), how its date
/// was had (inferred year, month or year only), how many dates its sentence holds, and how far its words run. A
/// deadline has several features at once; each is counted on its own. EVAL_TRACE_WAYS=1 prints every deadline
/// returned with its features and verdict.
/// </summary>
public sealed partial class Scorer
{
    private readonly SortedDictionary<string, (int Right, int Wrong)> _deadlineDoubts = new(StringComparer.Ordinal);

    private void DeadlineDoubts(
        string article,
        string text,
        DeadlineFact d,
        bool right,
        DateOnly? published,
        ExtractionResult facts
    )
    {
        var features = DeadlineFeatures(text, d, published);
        var (ss, se) = SentenceAround(text, d.Span.Start, d.Span.End);
        features.Add(
            facts.Deadlines.Count(o => o.Span.Start >= ss && o.Span.Start < se) >= 2
                ? "sentence gives two or more deadlines"
                : "sentence gives one deadline"
        );
        foreach (var f in features)
            CountClass(_deadlineDoubts, f, right);
        if (Trace)
            Console.WriteLine(
                $"  dldoubt {(right ? "RIGHT" : "WRONG")} {article}: {d.Date?.Iso ?? d.Relative?.Offset} "
                    + $"«{Short(d.Span.Quote)}» [{string.Join(", ", features)}]"
            );
    }

    [GeneratedRegex(
        @"(?i)\b(?:if|unless|would|could|might|may|should|proposed?|propos\w+|plans?|planned|planning|aims?|seeks?|"
            + @"wants?|hopes?|expects?|expected|likely|possible|possibly|considering|offered|suggested|called for|"
            + @"urged?|threaten\w*)\b"
    )]
    private static partial Regex Conditional();

    [GeneratedRegex(
        @"(?i)\b(?:was|were|had|did|expired|ended|entered|took|withdrew|left|pulled|suspended|signed|ratified|"
            + @"collapsed|lapsed|terminated|announced|said|agreed|completed|went)\b"
    )]
    private static partial Regex PastVerb();

    [GeneratedRegex(
        @"(?i)\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|\w+teen|\w+ty)[\s-]+"
            + @"(?:years?|months?|weeks?|days?)\s+(?:after|from|following)\b[^.;]*$"
    )]
    private static partial Regex PeriodAfterBefore();

    [GeneratedRegex(@"(?i)\b(?:treaty|treaties|pact|accord|convention|agreement|deal|protocol|document)\b")]
    private static partial Regex TreatyWord();

    private List<string>? _aliases;

    private bool TreatyNamesIn(string sentence)
    {
        _aliases ??= catalog.Treaties.SelectMany(t => t.Aliases.Append(t.Name)).Where(a => a.Length >= 3).ToList();
        return _aliases.Any(a => Regex.IsMatch(sentence, @"(?<![\w-])" + Regex.Escape(a) + @"(?![\w-])"));
    }

    private List<string> DeadlineFeatures(string text, DeadlineFact d, DateOnly? published)
    {
        var f = new List<string>();
        var (ss, se) = SentenceAround(text, d.Span.Start, d.Span.End);
        var sentence = text[ss..se];
        var (ls, le) = LineOf(text, d.Span.Start);
        var line = text[ls..le].Trim();
        if (ls == FirstLineStart(text))
            f.Add("place headline");
        if (InQuotation(text, d.Span.Start))
            f.Add("place quotation");
        bool item = Regex.IsMatch(line, @"^(?:[-•*–·]|\d+[.)])\s");
        if (item || !Regex.IsMatch(line, @"[.!?;]"))
            f.Add("place list or label line");
        if (Conditional().IsMatch(sentence))
            f.Add("words condition or plan in sentence");
        if (Conditional().IsMatch(d.Span.Quote))
            f.Add("words condition or plan in span");
        if (PastVerb().IsMatch(sentence))
            f.Add("words past verb in sentence");
        if (d.Date is { } fd)
        {
            f.Add("date " + Scorer.DateClass(d));
            if (published is { } p)
                f.Add(fd.Date < p ? "time date before publication" : "time date on/after publication");
        }
        else
            f.Add("date none");
        int dates = Dates.Find(text, new TextRange(ss, se), published).Count;
        f.Add(dates >= 2 ? "sentence two or more dates" : "sentence one date or none");
        int len = d.Span.End - d.Span.Start;
        f.Add(len > 60 ? "span over 60 chars" : "span up to 60 chars");
        f.Add("kind " + d.Kind);
        if (TreatyNamesIn(sentence))
            f.Add("treaty named in the sentence");
        else if (TreatyWord().IsMatch(sentence))
            f.Add("treaty word only in the sentence");
        else
            f.Add("treaty neither named nor a treaty word in the sentence");
        bool noTreaty = f.Contains("treaty neither named nor a treaty word in the sentence");
        bool quoted = f.Contains("place quotation");
        bool conditional = f.Contains("words condition or plan in sentence");
        if (noTreaty && quoted)
            f.Add("combo no treaty in sentence + quotation");
        if (noTreaty && conditional)
            f.Add("combo no treaty in sentence + condition");
        if (quoted && conditional)
            f.Add("combo quotation + condition");
        if (noTreaty && (quoted || conditional))
            f.Add("combo no treaty in sentence + (quotation or condition)");
        if (noTreaty && f.Contains("date full date in text") is false && f.Contains("date none") is false)
            f.Add("combo no treaty in sentence + date not stated in full");
        var before = text[ss..d.Span.Start];
        if (PeriodAfterBefore().IsMatch(before))
            f.Add("anchor a period after ... before it");
        var after = text[d.Span.End..se];
        var quoteAndAfter = d.Span.Quote + after[..Math.Min(after.Length, 40)];
        if (Regex.IsMatch(quoteAndAfter, @"\bfrom\b.*\b(?:until|till|to|through)\b"))
            f.Add("range from-date with an until-date after");
        return f;
    }

    /// <summary>The sentence holding a span: from the stop or line break before it to the one after.</summary>
    private static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        int s = start;
        while (s > 0 && !(text[s - 1] == '\n' || (s >= 2 && ".!?".Contains(text[s - 2]) && text[s - 1] == ' ')))
            s--;
        int e = end;
        bool Stop(int i) => ".!?".Contains(text[i]) && (i + 1 == text.Length || text[i + 1] == ' ');
        while (e < text.Length && text[e] != '\n' && !Stop(e))
            e++;
        return (s, Math.Min(text.Length, e + 1));
    }

    private static DateOnly? PublishedOf(Gold gold) =>
        DateOnly.TryParseExact(
            gold.Published,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var p
        )
            ? p
            : null;

    private void PrintDeadlineDoubts(TextWriter o)
    {
        o.WriteLine("deadline precision per feature of doubt (right/wrong):");
        foreach (var (k, (r, w)) in _deadlineDoubts)
            o.WriteLine(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "  dldoubt {0,-66} {1,5:P0} {2,8}",
                    k,
                    r + w == 0 ? 1 : (double)r / (r + w),
                    $"{r}/{w}"
                )
            );
    }
}
