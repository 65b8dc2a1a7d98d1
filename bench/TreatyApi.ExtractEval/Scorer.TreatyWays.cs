using System.Globalization;
using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Precision per way a catalogued treaty was named, for deciding which ways to trust on new text. A treaty is scored
/// per article (a slug given is right when the gold lists it), so each way is counted twice: per mention ("any"),
/// and per slug whose every mention is of that way ("only": what abstaining in that way would cost or save). Ways are
/// features of the mention, not of the rule: how the name is written (the catalog's name, its full name, an acronym,
/// a descriptive alias, a family name that is part of another treaty's name), where it sits (headline, quotation,
/// list or label line, parentheses), and when the text was published against the treaty's own dates.
/// EVAL_TRACE_WAYS=1 prints every slug returned with its verdict and the ways of each of its mentions.
/// </summary>
public sealed partial class Scorer
{
    private readonly SortedDictionary<string, (int Right, int Wrong)> _treatyWays = new(StringComparer.Ordinal);

    private void TreatyWay(string key, bool right)
    {
        CountClass(_treatyWays, key, right);
    }

    /// <summary>Every catalogued slug returned for one article, graded against its gold list.</summary>
    private void TreatyWays(string article, string text, Gold gold, ExtractionResult facts)
    {
        var published = DateOnly.ParseExact(gold.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var group in facts.Treaties.Where(m => m.Known).GroupBy(m => m.Slug))
        {
            bool right = gold.Treaties.Contains(group.Key);
            var ways = group.Select(m => MentionWays(text, m, published)).ToList();
            foreach (var w in ways.SelectMany(x => x).Distinct())
            {
                TreatyWay($"any   {w}", right);
                if (ways.All(x => x.Contains(w)))
                    TreatyWay($"only  {w}", right);
            }
            TreatyWay(ways.Count == 1 ? "slug  one paragraph" : "slug  several paragraphs", right);
            if (Trace)
                Console.WriteLine(
                    $"  treaty {(right ? "RIGHT" : "WRONG")} {group.Key} {article}: "
                        + string.Join(" / ", group.Zip(ways, (m, w) => $"«{m.Span.Quote}» [{string.Join(", ", w)}]"))
                );
        }
    }

    /// <summary>The ways of one mention: its written form, its place, its time against the treaty's dates.</summary>
    private List<string> MentionWays(string text, TreatyMention m, DateOnly published)
    {
        var ways = new List<string> { "form " + TreatyForm(m) };
        var (ls, le) = LineOf(text, m.Span.Start);
        var line = text[ls..le].Trim();
        if (ls == FirstLineStart(text))
            ways.Add("place headline");
        if (InQuotation(text, m.Span.Start))
            ways.Add("place quotation");
        bool item = Regex.IsMatch(line, @"^(?:[-•*–·]|\d+[.)])\s");
        if (line.Length > 0 && (item || !Regex.IsMatch(line, @"[.!?;:]")))
            ways.Add("place list or label line");
        if (m.Span.Start > 0 && text.LastIndexOf('(', m.Span.Start - 1) > text.LastIndexOf(')', m.Span.Start - 1))
            ways.Add("place parentheses");
        var after = Regex.Match(text[m.Span.End..], @"^[\s\u00A0]*([A-Za-z][\w-]*)");
        if (after.Success && char.IsLower(after.Groups[1].Value[0]))
            ways.Add("next lowercase word");
        if (TreatyEntryOf(m.Slug) is { } t && t.Dates.Count > 0)
        {
            if (published < t.Dates.Min(d => d.Date))
                ways.Add("time before the treaty's first date");
            if (t.Dates.FirstOrDefault(d => d.Kind is "expires" or "terminated") is { } end && published > end.Date)
                ways.Add("time after the treaty ended");
        }
        return ways;
    }

    /// <summary>How the matched words stand to the catalog entry.</summary>
    private string TreatyForm(TreatyMention m)
    {
        var q = Regex.Replace(m.Span.Quote, @"[\s\u00A0]+", " ");
        var t = TreatyEntryOf(m.Slug);
        if (t is null)
            return "unknown";
        bool family = catalog.Treaties.Any(o =>
            o.Slug != t.Slug
            && o.Aliases.Append(o.Name)
                .Any(a => (" " + a + " ").Contains(" " + q + " ", StringComparison.OrdinalIgnoreCase) && a != q)
        );
        string shape;
        if (string.Equals(q, t.Name, StringComparison.Ordinal))
            shape = "catalog name";
        else if (string.Equals(q, t.FullName, StringComparison.Ordinal))
            shape = "full name";
        else if (!t.Aliases.Append(t.Name).Contains(q, StringComparer.Ordinal))
            shape = "case variant";
        else if (Regex.IsMatch(q, @"^[A-Z]{2,}(?:[- ]?(?:[IV]+|\d))?$"))
            shape = "acronym";
        else if (Regex.IsMatch(q, @"^[A-Z]{2,}(?:[- ]?(?:[IV]+|\d))? [A-Z][a-z]+$"))
            shape = "acronym + noun";
        else if (q.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0])))
            shape = "descriptive alias";
        else
            shape = "spelled-out alias";
        return family ? shape + " (family name)" : shape;
    }

    private TreatyEntry? TreatyEntryOf(string slug) => catalog.Treaties.FirstOrDefault(t => t.Slug == slug);

    private static (int Start, int End) LineOf(string text, int at)
    {
        int s = at <= 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        int e = text.IndexOf('\n', at);
        return (s, e < 0 ? text.Length : e);
    }

    private static int FirstLineStart(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i <= 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
    }

    /// <summary>Inside an open quotation of its paragraph: more opening than closing curly quotes before it, or an
    /// odd number of straight ones.</summary>
    private static bool InQuotation(string text, int at)
    {
        int p = text.LastIndexOf("\n\n", Math.Max(0, at - 1), StringComparison.Ordinal);
        var before = text.AsSpan(p < 0 ? 0 : p, at - (p < 0 ? 0 : p));
        return before.Count('“') > before.Count('”') || before.Count('"') % 2 == 1;
    }

    private void PrintTreatyWays(TextWriter o)
    {
        o.WriteLine(
            "treaty precision per way named (any: slugs with a mention so; only: every mention so; right/wrong):"
        );
        foreach (var (k, (r, w)) in _treatyWays)
            o.WriteLine(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "  trway {0,-66} {1,5:P0} {2,8}",
                    k,
                    r + w == 0 ? 1 : (double)r / (r + w),
                    $"{r}/{w}"
                )
            );
    }
}
