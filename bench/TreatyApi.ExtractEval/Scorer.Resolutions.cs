using System.Globalization;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Precision per way a quotation's speaker, date and outlet were found: the speaker's resolution
/// (<see cref="SpeakerRef.Resolution"/>: name, pronoun, continuation, body…), the date's basis (stated, relative,
/// publication…) and where the outlet was named (the quotation's own paragraph or another). A low-precision way
/// is a guard to write; this shows it on every set.
/// </summary>
public sealed partial class Scorer
{
    private readonly SortedDictionary<string, (int Right, int Wrong, int Ungraded)> _ways = new(StringComparer.Ordinal);

    // EVAL_TRACE_WAYS=1 prints every speaker, date and outlet returned for a gold quotation, right or wrong.
    private static readonly bool Trace = Environment.GetEnvironmentVariable("EVAL_TRACE_WAYS") == "1";

    private void Way(string key, bool? right, string? detail = null)
    {
        if (Trace && detail is not null)
        {
            var verdict = right switch
            {
                true => "RIGHT",
                false => "WRONG",
                null => "ungraded",
            };
            Console.WriteLine($"  way {key} {verdict}: {detail}");
        }
        var (r, w, u) = _ways.GetValueOrDefault(key);
        _ways[key] = right switch
        {
            true => (r + 1, w, u),
            false => (r, w + 1, u),
            null => (r, w, u + 1),
        };
    }

    private static string Resolutions(StatementFact s) =>
        string.Join('+', s.Speakers.Select(x => x.Resolution).Distinct().Order(StringComparer.Ordinal));

    /// <summary>A gold quotation found: its speaker by resolution, its date by basis (ungraded when the gold
    /// reader could not date it).</summary>
    private void Resolved(StatementFact hit, bool speakerRight, string? goldDate)
    {
        if (hit.Speakers.Count > 0)
            Way($"speaker {Resolutions(hit)}", speakerRight, Detail(hit));
        if (hit.Date is { } d)
            Way(
                $"date {d.Basis}",
                goldDate is null ? null : d.Iso == goldDate,
                $"{d.Iso} gold {goldDate} {Detail(hit)}"
            );
    }

    /// <summary>A quotation not in gold: its speaker is a wrong one (as the speaker precision counts it).</summary>
    private void Unmatched(StatementFact s)
    {
        if (s.Speakers.Count > 0)
            Way($"speaker {Resolutions(s)} (quotation not in gold)", false, Detail(s));
    }

    /// <summary>An outlet returned, by where it is named: in the quotation's paragraph or in another.</summary>
    private void OutletPlace(StatementFact hit, bool right, string text)
    {
        if (hit.Outlet is not { } o)
            return;
        static int Paragraph(string t, int at)
        {
            int p = t.LastIndexOf("\n\n", Math.Clamp(at, 0, Math.Max(0, t.Length - 1)), StringComparison.Ordinal);
            return p;
        }
        var where = Paragraph(text, o.Span.Start) == Paragraph(text, hit.Span.Start) ? "same paragraph" : "other";
        Way($"outlet {where}", right, $"{o.Label} {Detail(hit)}");
    }

    private static string Detail(StatementFact s) =>
        string.Join(", ", s.Speakers.Select(x => $"{x.Name} ({x.Resolution}: {x.Mention})"))
        + $" «{(s.Text.Length <= 60 ? s.Text : s.Text[..57] + "…")}»";

    private void PrintResolutions(TextWriter o)
    {
        o.WriteLine("precision per way found (right/wrong/ungraded):");
        foreach (var (k, (r, w, u)) in _ways)
            o.WriteLine(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "  {0,-48} {1,7:P0} {2,12}",
                    k,
                    r + w == 0 ? 1 : (double)r / (r + w),
                    $"{r}/{w}/{u}"
                )
            );
    }
}
