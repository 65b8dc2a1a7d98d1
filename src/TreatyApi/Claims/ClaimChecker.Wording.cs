using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>Shared comparison of dates and the wording of answers: dates, figures, sources, evidence.</summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// Compare at the claim's precision: "in 2018" matches February 5, 2018; "in 2018" never matches 2019.
    /// </summary>
    private static bool Same(ClaimDate d, string iso)
    {
        // Read without allocating: a date claim is compared with every deadline of a treaty (hundreds on a large
        // corpus). An ISO date as stored: a year, a month or a day.
        Span<int> parts = stackalloc int[3];
        var count = 0;
        foreach (var part in iso.AsSpan().Split('-'))
            parts[count++] = int.Parse(iso.AsSpan()[part], CultureInfo.InvariantCulture);
        ReadOnlySpan<int> theirs = parts[..count];
        // "the autumn of 1972", "late April 1997": a run of days holds the fact when all the fact's days are in it.
        if (d.Until is { } until)
            return theirs.Length >= 2
                && new DateOnly(theirs[0], theirs[1], theirs.Length > 2 ? theirs[2] : 1) >= d.Date
                && (
                    theirs.Length > 2
                        ? new DateOnly(theirs[0], theirs[1], theirs[2])
                        : new DateOnly(theirs[0], theirs[1], 1).AddMonths(1).AddDays(-1)
                ) <= until;
        if (d.Through is { } last)
            return d.Date.Year <= theirs[0] && theirs[0] <= last;
        int levels = d.Precision switch
        {
            DatePrecision.Year => 1,
            DatePrecision.Month => 2,
            _ => 3,
        };
        // A fact known only to the year cannot confirm a day.
        if (theirs.Length < levels)
            return false;
        return theirs[0] == d.Date.Year
            && (levels < 2 || theirs[1] == d.Date.Month)
            && (levels < 3 || theirs[2] == d.Date.Day);
    }

    private static string Iso(ClaimDate d) => new FactDate(d.Date, d.Precision, "stated", null).Iso;

    /// <summary>Whether an ISO date (a day, a month or a year) may fall within the days given.</summary>
    private static bool InDays((DateOnly From, DateOnly To) days, string iso)
    {
        var p = iso.Split('-').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        var first = new DateOnly(p[0], p.Length > 1 ? p[1] : 1, p.Length > 2 ? p[2] : 1);
        var last =
            p.Length > 2 ? first
            : p.Length > 1 ? first.AddMonths(1).AddDays(-1)
            : new DateOnly(p[0], 12, 31);
        return first <= days.To && days.From <= last;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(ClaimDate d) =>
        d.Through is not null || d.Until is not null
            ? d.Span.Quote
            : d.Precision switch
            {
                DatePrecision.Year => d.Date.Year.ToString(CultureInfo.InvariantCulture),
                DatePrecision.Month => d.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                _ => d.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            };

    /// <summary>An ISO date as a person reads it: "2011-02-05" → "February 5, 2011"; "2018" stays.</summary>
    private static string Show(string iso) =>
        iso.Length switch
        {
            10 => DateOnly
                .ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                .ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            7 => DateOnly
                .ParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
                .ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => iso,
        };

    internal static string WhereOf(Source s) => Where(s);

    /// <summary>Where evidence comes from, as a person says it: "the treaty text, Article II, paragraph 1(b)", "a
    /// Global
    /// Security Newswire report, citing RIA Novosti", "U.S. Department of State, New START Treaty".</summary>
    private static string Where(Source s) =>
        s.Kind switch
        {
            Source.TreatyTextKind => "the treaty text"
                + (s.Article is null ? "" : $", Article {s.Article}")
                + (s.Paragraph is null ? "" : $", paragraph {s.Paragraph}"),
            // A fact sheet stating a treaty's limit: its title, and the provision it states.
            Source.ReferenceKind => s.Title
                + (s.Article is null ? "" : $", on Article {s.Article}")
                + (s.Paragraph is null ? "" : $", paragraph {s.Paragraph}"),
            _ => $"a {(s.Publisher ?? "news")} report"
                + (s.Published is null ? "" : $" of {Show(s.Published)}")
                + (s.AttributedTo is { } a ? $", citing {a.Name}" : ""),
        };

    private static string Number(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Fold(string s) => TextStructure.Normalize(ClaimParser.Fold(s));

    private static int LongestRun(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int best = 0;
        var prev = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            var cur = new int[b.Count + 1];
            for (int j = 1; j <= b.Count; j++)
                if (a[i - 1] == b[j - 1])
                    best = Math.Max(best, cur[j] = prev[j - 1] + 1);
            prev = cur;
        }
        return best;
    }

    private static string From(DurationValue d) => d.From is null ? "" : " from " + d.From.Replace('-', ' ');

    private static ClaimEvidence Evidence(Limit l) =>
        new(
            l.Source.Kind == Source.TreatyTextKind ? "treaty-text-limit" : "limit",
            l.Id,
            $"{(l.Min is { } m ? Number(m) + "-" : "")}{Number(l.Value)} {l.Unit} ({l.Counted})"
                + $"{(l.Deadline is { } d ? ", by " + d.Date : "")}"
                + $"{(l.Duration is { } du ? $", for {du.Offset}{From(du)}" : "")}",
            l.Source
        );

    private static ClaimEvidence Evidence(Deadline d) =>
        new(
            "deadline",
            d.Id,
            $"{d.Kind} {d.Date?.Date ?? d.Relative?.Offset + " after " + d.Relative?.RelativeTo}: {d.Action}",
            d.Source
        );

    private static ClaimEvidence Evidence(Statement s) =>
        new(
            "statement",
            s.Id,
            $"{string.Join(" and ", s.Speakers.Select(x => x.Name))}{(s.Date is { } d ? ", " + d.Date : "")}:"
                + $" \"{s.Text}\"",
            s.Source
        );

    private static ClaimEvidence Evidence(TreatyInfo t, DateRow r) =>
        new(
            "treaty-date",
            $"{t.Slug}/dates/{r.Kind}",
            $"{t.Name} {Label(r.Kind)} on {r.Date}{(r.Place is null ? "" : " in " + r.Place)}",
            Source.Catalog(r.CitationKind, r.Title, r.Url, null, null, r.Checked != 0)
        );

    private static ClaimEvidence Evidence(ActionRow a) =>
        new(
            "state-action",
            a.Id,
            $"{a.StateName} {a.Kind} {a.Date}{(a.Effective is null ? "" : ", effective " + a.Effective)}"
                + $"{(a.Note is null ? "" : " (" + a.Note + ")")}",
            Source.Catalog(a.CitationKind, a.Title, a.Url, null, null, a.Checked != 0)
        );
}
