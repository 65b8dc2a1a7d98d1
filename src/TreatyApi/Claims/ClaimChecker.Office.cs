using System.Text.RegularExpressions;
using Dapper;
using TreatyApi.Extraction;

namespace TreatyApi.Claims;

/// <summary>
/// "… when Donald Trump took office in January 2017": the day a person took up an office the catalog lists.
/// </summary>
public static partial class ClaimChecker
{
    [GeneratedRegex(
        @"^\s+(?:took\s+office|assumed\s+office|was\s+sworn\s+in|was\s+inaugurated|came\s+to\s+power)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TookOfficeWords();

    /// <summary>
    /// A person named as taking office, with the date the claim gives for it (the next date after the words): compared
    /// with the start of that person's roles in the catalog. Null when the claim says no such thing.
    /// </summary>
    private static ClaimAspect? TookOffice(Context c)
    {
        foreach (var a in c.P.Actors.Where(a => a.Kind == "person"))
        {
            var m = TookOfficeWords().Match(c.Text[a.Span.End..]);
            if (!m.Success)
                continue;
            var end = a.Span.End + m.Length;
            var d = c.P.Dates.FirstOrDefault(x => x.Span.Start >= end && x.Span.Start - end <= 4);
            if (d is null)
                return null;
            var starts = c
                .Db.Query<(string Role, string? From)>(
                    "SELECT role, from_date FROM actor_roles WHERE actor = @actor",
                    new { actor = a.Slug }
                )
                .Where(r => r.From is { Length: 10 })
                .ToList();
            var text = c.Text[a.Span.Start..d.Span.End];
            c.Read.Add((a.Span.End, end));
            if (starts.Count == 0)
                return null;
            var same = starts.Where(r => Same(d, r.From!)).ToList();
            var held = string.Join(
                " and ",
                starts.Select(r => $"{r.Role.Replace('-', ' ')} from {Show(r.From!)}").Distinct()
            );
            // The catalog lists some offices, not every one a person held: a date that starts none of them is not
            // grounds for a contradiction.
            var verdict = same.Count > 0 ? ClaimVerdict.Supported : ClaimVerdict.Unverifiable;
            return new(
                AspectKind.Event,
                verdict,
                text,
                $"{a.Name} was {held}, according to the catalog.",
                null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        }
        return null;
    }
}
