using System.Text.RegularExpressions;
using Dapper;
using TreatyApi.Extraction;

namespace TreatyApi.Claims;

/// <summary>
/// "… when Donald Trump took office in January 2017": the day a person took up an office the catalog lists;
/// "Joe Biden was president when …": who held an office the catalog lists on the day of the claim's event.
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

    // "was president when", "had been Russia's prime minister when": an office held on the day of the event after
    // "when". Nothing may stand between the title and "when" ("secretary of state for a week when" is not read).
    [GeneratedRegex(
        @"^\s+(?:was|had\s+been)\s+(?:still\s+|already\s+)?(?:serving\s+as\s+)?(?:the\s+)?"
            + @"(?:(?:U\.S\.|US|American|Russian|[A-Z][a-z]+['\u2019]s|the\s+country['\u2019]s)\s+)?"
            + @"(?<title>president|prime\s+minister|foreign\s+minister|secretary\s+of\s+state|"
            + @"spokes(?:man|woman|person))"
            + @"(?:\s+at\s+the\s+time)?\s+when\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex HeldOfficeWhenWords();

    /// <summary>
    /// "Joe Biden was president when the U.S. withdrawal took effect in November 2020": the person's catalog roles of
    /// that title over the whole of the event's period (the first date after "when") support it; the same office held
    /// then by someone else, by the catalog, contradicts it; anything else leaves it unchecked. Null when the claim
    /// says no such thing or gives no date for the event.
    /// </summary>
    private static ClaimAspect? HeldOfficeWhen(Context c)
    {
        foreach (var a in c.P.Actors.Where(a => a.Kind == "person"))
        {
            var m = HeldOfficeWhenWords().Match(c.Text[a.Span.End..]);
            if (!m.Success)
                continue;
            var end = a.Span.End + m.Length;
            if (c.P.Dates.FirstOrDefault(x => x.Span.Start >= end) is not { } on)
                return null;
            var role = Regex.Replace(m.Groups["title"].Value.ToLowerInvariant(), @"\s+", "-");
            if (role is "spokesman" or "spokeswoman")
                role = "spokesperson";
            var (from, to) = Period(on);
            var roles = c
                .Db.Query<(string Actor, string Name, string OfActor, string From, string? To)>(
                    """
                    SELECT r.actor, p.name, r.of_actor, r.from_date, r.to_date
                    FROM actor_roles r JOIN actors p ON p.slug = r.actor
                    WHERE r.role = @role
                    """,
                    new { role }
                )
                .ToList();
            var own = roles.Where(r => r.Actor == a.Slug).ToList();
            // The office is the one the person held (president of Russia, not of the United States).
            var offices = own.Select(r => r.OfActor).ToHashSet();
            bool Covers((string Actor, string Name, string OfActor, string From, string? To) r) =>
                string.CompareOrdinal(r.From, Iso(from)) <= 0
                && (r.To is null || string.CompareOrdinal(r.To, Iso(to)) > 0);
            var holder = roles.FirstOrDefault(r => offices.Contains(r.OfActor) && r.Actor != a.Slug && Covers(r));
            var verdict =
                own.Any(Covers) ? ClaimVerdict.Supported
                : holder.Actor is not null ? ClaimVerdict.Contradicted
                : ClaimVerdict.Unverifiable;
            c.Read.Add((a.Span.End, end));
            var title = role.Replace('-', ' ');
            var held = string.Join(
                " and ",
                own.Select(r => $"{title} from {Show(r.From)}{(r.To is { } t ? $" to {Show(t)}" : "")}")
            );
            return new(
                AspectKind.Event,
                verdict,
                c.Text[a.Span.Start..end],
                verdict == ClaimVerdict.Contradicted
                        ? $"{holder.Name}, not {a.Name}, was {title} in {Show(on)}, according to the catalog."
                    : own.Count > 0 ? $"{a.Name} was {held}, according to the catalog."
                    : $"The catalog lists no term of {a.Name} as {title}, so who held it then is not checked.",
                verdict == ClaimVerdict.Contradicted ? holder.Name : null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        }
        return null;
    }
}
