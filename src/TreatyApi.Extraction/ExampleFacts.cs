using System.Globalization;

namespace TreatyApi.Extraction;

/// <summary>
/// Facts as the phrase book's examples name them: "limit 700 launchers", "limit 1700-2200 warheads",
/// "deadline 2026-02-05", "quote Ana Ruiz", "outlet RIA Novosti", and "no limit" or "no deadline" when a text
/// gives none.
/// </summary>
public static class ExampleFacts
{
    public static List<string> Describe(ExtractionResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        var result = new List<string>();
        foreach (var l in r.Limits)
            result.Add(
                l.Min is { } min
                    ? $"limit {min.ToString(inv)}-{l.Value.ToString(inv)} {l.Unit}"
                    : $"limit {l.Value.ToString(inv)} {l.Unit}"
            );
        if (r.Limits.Count == 0)
            result.Add("no limit");
        foreach (var d in r.Deadlines)
        {
            // A relative deadline the catalog resolved ("for 15 years" from a known start) is both: the example
            // may name its period, which holds with any catalog, or its date, which holds with the real one.
            if (d.Date is { } date)
                result.Add($"deadline {date.Iso}");
            if (d.Relative is { } rel)
                result.Add($"deadline {rel.Offset}");
        }
        if (r.Deadlines.Count == 0)
            result.Add("no deadline");
        foreach (var s in r.Statements)
        {
            result.Add("quote " + string.Join(" & ", s.Speakers.Select(x => x.Name)));
            if (s.Outlet is { } o)
                result.Add("outlet " + o.Name);
        }
        return result;
    }

    /// <summary>Whether an example's text gives the fact it promises (published 2023-02-21).</summary>
    public static (bool Ok, List<string> Found) Check(Extractor extractor, Phrase phrase)
    {
        var found = Describe(
            extractor.Extract(new SourceDocument("example", phrase.Example, new DateOnly(2023, 2, 21)))
        );
        return (found.Contains(phrase.Expect), found);
    }
}
