using System.Globalization;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Precision per class of reading (<see cref="StatementReading"/>): each quotation's speaker, date and outlet as the
/// readings gave them, graded before a class the extractor does not keep is withheld, so that a class cut is
/// measured as well as one kept. "withheld" counts the answers of the class the extractor no longer gives.
/// </summary>
public sealed partial class Scorer
{
    private readonly SortedDictionary<string, (int Right, int Wrong, int Ungraded, int Withheld)> _classes = new(
        StringComparer.Ordinal
    );

    private void Class(string key, bool? right, bool withheld, string detail)
    {
        if (Trace)
        {
            var verdict = right switch
            {
                true => "RIGHT",
                false => "WRONG",
                null => "ungraded",
            };
            Console.WriteLine($"  class {key} {verdict}{(withheld ? " (withheld)" : "")}: {detail}");
        }
        var (r, w, u, h) = _classes.GetValueOrDefault(key);
        _classes[key] = right switch
        {
            true => (r + 1, w, u, h + (withheld ? 1 : 0)),
            false => (r, w + 1, u, h + (withheld ? 1 : 0)),
            null => (r, w, u + 1, h + (withheld ? 1 : 0)),
        };
    }

    /// <summary>A gold quotation found: its speaker, date and outlet graded by the class of reading of each.</summary>
    private void Classes(ExtractionResult facts, StatementFact hit, GoldQuotation g)
    {
        if (facts.Explanations.GetValueOrDefault(hit.Id)?.Reading is not { } reading)
            return;
        var read = reading.Unabridged;
        if (read.Speakers.Count > 0)
            Class(
                $"speaker {reading.Speaker}",
                g.Speakers.Count == read.Speakers.Count && g.Speakers.All(n => read.Speakers.Any(s => SameActor(n, s))),
                hit.Speakers.Count == 0,
                Detail(read)
            );
        if (read.Date is { } d)
            Class(
                $"date {reading.Date}",
                g.Date is null ? null : d.Iso == g.Date,
                hit.Date is null,
                $"{d.Iso} gold {g.Date} {Detail(read)}"
            );
        if (read.Outlet is { } o)
            Class(
                $"outlet {reading.Outlet}",
                g.Outlet is not null && SameName(g.Outlet, o.Name, o.Label),
                hit.Outlet is null,
                $"{o.Label} gold {g.Outlet ?? "none"} {Detail(read)}"
            );
    }

    /// <summary>A quotation not in gold: its speaker and outlet are wrong ones.</summary>
    private void ClassesUnmatched(ExtractionResult facts, StatementFact s)
    {
        if (facts.Explanations.GetValueOrDefault(s.Id)?.Reading is not { } reading)
            return;
        var read = reading.Unabridged;
        if (read.Speakers.Count > 0)
            Class($"speaker {reading.Speaker} (quotation not in gold)", false, s.Speakers.Count == 0, Detail(read));
        if (read.Outlet is not null)
            Class($"outlet {reading.Outlet} (quotation not in gold)", false, s.Outlet is null, Detail(read));
    }

    private void PrintClasses(TextWriter o)
    {
        o.WriteLine("precision per class of reading, before withholding (right/wrong/ungraded, withheld):");
        foreach (var (k, (r, w, u, h)) in _classes)
            o.WriteLine(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "  class {0,-50} {1,5:P0} {2,12} {3,4}",
                    k,
                    r + w == 0 ? 1 : (double)r / (r + w),
                    $"{r}/{w}/{u}",
                    h
                )
            );
    }
}
