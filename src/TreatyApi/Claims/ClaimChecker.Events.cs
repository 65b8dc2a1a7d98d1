using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>Event aspects: a meeting (who, when, where) and the titles the claim gives the people.</summary>
public static partial class ClaimChecker
{
    private sealed record EventRow(
        string Id,
        string Kind,
        string Date,
        string? Place,
        string DocumentId,
        long Start,
        long End,
        string Quote,
        string DocTitle,
        string? DocPublisher,
        string? DocPublished,
        string? DocUrl
    );

    private static ClaimAspect CheckEvent(Context c, ClaimDate? d)
    {
        var p = c.P;
        if (d is not null)
            c.Used.Add(d);
        var people = p.Actors.Where(a => a.Kind == "person").Select(a => a.Slug).Distinct().ToList();
        var names = string.Join(" and ", p.Actors.Where(a => a.Kind == "person").Select(a => a.Name).Distinct());
        var text = string.Join(" … ", new[] { names, d?.Span.Quote, p.Place }.Where(x => x is not null));
        var events = c
            .Db.Query<EventRow>(
                """
                SELECT e.id, e.kind, e.date, e.place, e.document_id AS DocumentId, e.start, e."end", e.quote,
                       d.title AS DocTitle, d.publisher AS DocPublisher, d.published AS DocPublished, d.url AS DocUrl
                FROM events e JOIN documents d ON d.id = e.document_id
                WHERE e.id IN (SELECT event_id FROM event_participants WHERE actor IN @people
                               GROUP BY event_id HAVING count(DISTINCT actor) = @n)
                ORDER BY e.date, e.id LIMIT 1000
                """,
                new { people, n = people.Count }
            )
            .ToList();
        var withAll = events;
        var dated = d is null ? withAll : withAll.Where(e => Same(d, e.Date)).ToList();
        // A place the event's own record lacks is looked for in the document that reports the meeting.
        var placed = p.Place is null
            ? dated
            : dated
                .Where(e =>
                    e.Place is { } pl
                        ? Places(p.Place, pl)
                        : c.Db.ExecuteScalar<long>(
                            "SELECT instr(text, @place) > 0 FROM documents WHERE id = @doc",
                            new { place = p.Place, doc = e.DocumentId }
                        ) > 0
                )
                .ToList();
        if (p.Weekday is { } weekday)
            placed = placed
                .Where(e =>
                    e.Date.Length == 10
                    && DateOnly.ParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek.ToString()
                        == weekday
                )
                .ToList();
        ClaimEvidence Ev(EventRow e) =>
            new(
                "event",
                e.Id,
                $"{e.Kind} {e.Date}{(e.Place is null ? "" : " in " + e.Place)}",
                Source.Document(
                    e.DocumentId,
                    e.DocTitle,
                    e.DocPublisher,
                    e.DocPublished,
                    e.DocUrl,
                    (int)e.Start,
                    (int)e.End,
                    e.Quote,
                    null
                )
            );
        if (placed.Count > 0)
        {
            var ev = placed.Take(ClaimAspect.MaxEvidence).Select(Ev).ToList();
            return new(
                AspectKind.Event,
                ClaimVerdict.Supported,
                text,
                $"{names} met on {Show(placed[0].Date)}{(p.Place is null ? "" : " in " + p.Place)}, according to "
                    + $"{Where(ev[0].Source)}.",
                null,
                c.Treaty?.Slug,
                null,
                ev,
                placed.Count
            );
        }
        // Meetings repeat: a meeting on another day does not by itself contradict this one. But the one meeting these
        // people held in that place, told with another day less than a year away (or another weekday), is that
        // meeting misdated; and a meeting on the claimed day (or month) in another place is that meeting misplaced.
        // Here the place must be told as the meeting's: the event's own, or a sentence of its report that names the
        // place with a meeting ("a summit in Los Cabos"). A meeting to come ("will meet") is not a recorded one.
        bool AtPlace(EventRow e) =>
            p.Place is not null
            && (
                e.Place is { } pl
                    ? Places(p.Place, pl)
                    : SentenceBreak()
                        .Split(
                            c.Db.ExecuteScalar<string>(
                                "SELECT text FROM documents WHERE id = @doc",
                                new { doc = e.DocumentId }
                            ) ?? ""
                        )
                        .Any(x => x.Contains(p.Place, StringComparison.Ordinal) && MeetingWord().IsMatch(x))
            );
        var there = FutureMeeting().IsMatch(c.Text) ? [] : withAll.Where(AtPlace).ToList();
        var dayKnown = there.Where(e => e.Date.Length == 10).ToList();
        string? wrong = null;
        List<EventRow> against = [];
        if (d is not null && there.Count == 1 && dated.Count == 0 && Near(d, there[0].Date))
            (wrong, against) = ($"in {p.Place} on {Show(there[0].Date)}, not {Show(d)}", there);
        else if (d is null && p.Weekday is { } wd && dayKnown.Count > 0 && dayKnown.Count == there.Count)
            (wrong, against) = (
                $"in {p.Place} on {string.Join(" and ", dayKnown.Select(e => WeekdayOf(e.Date) + ", " +
                Show(e.Date)))}, not on a {wd}",
                dayKnown
            );
        else if (
            d is not null
            && d.Precision != DatePrecision.Year
            && p.Place is not null
            && dated.Count > 0
            && !FutureMeeting().IsMatch(c.Text)
            && dated.Select(e => e.Place ?? ReportedPlace(c, e)).ToList() is var places
            && places.All(x => x is not null && !Places(p.Place, x))
            && !dated.Any(AtPlace)
        )
            (wrong, against) = ($"on {Show(dated[0].Date)} in {places[0]}, not in {p.Place}", dated);
        if (wrong is not null)
        {
            var ev = against.Take(ClaimAspect.MaxEvidence).Select(Ev).ToList();
            return new(
                AspectKind.Event,
                ClaimVerdict.Contradicted,
                text,
                $"{names} met {wrong}, according to {Where(ev[0].Source)}.",
                against[0].Date,
                c.Treaty?.Slug,
                null,
                ev,
                against.Count
            );
        }
        return new(
            AspectKind.Event,
            ClaimVerdict.Unverifiable,
            text,
            withAll.Count == 0
                ? $"The sources record no meeting of {names}."
                : $"The sources record {withAll.Count} meeting(s) of {names}, "
                    + $"none {(d is null ? "" : "on " + Show(d) + " ")}"
                    + $"{(p.Place is null ? "" : "in " + p.Place)} that they place there.".Replace("  ", " "),
            null,
            c.Treaty?.Slug,
            null,
            withAll.Take(ClaimAspect.MaxEvidence).Select(Ev).ToList(),
            withAll.Count
        );
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(?:met|meeting|meetings|summit|talks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(
        @"\b(?:will|would|shall|to|plan\s+to|plans\s+to|are\s+to|is\s+to)\s+(?:\w+\s+)?meet\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex FutureMeeting();

    // "a summit in Los Cabos, Mexico": the place a report gives a meeting.
    [GeneratedRegex(
        @"\b(?:summit|meeting|talks|met)\s+(?:\w+\s+){0,2}?in\s+(?<place>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*)"
    )]
    private static partial Regex MeetingPlace();

    /// <summary>The one place the report of a meeting gives meetings, when it names exactly one; else null.</summary>
    private static string? ReportedPlace(Context c, EventRow e)
    {
        var text = c.Db.ExecuteScalar<string>("SELECT text FROM documents WHERE id = @doc", new { doc = e.DocumentId })
            ?? "";
        var places = MeetingPlace().Matches(text).Select(m => m.Groups["place"].Value).Distinct().ToList();
        return places.Count == 1 ? places[0] : null;
    }

    // A title written before a name ("Russian Prime Minister Vladimir Putin"), as the catalog's roles name them.
    [GeneratedRegex(
        @"(?<title>President|Prime\s+Minister|Foreign\s+Minister|Secretary\s+of\s+State|spokes(?:man|woman|person))"
            + @"\s+$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TitleBefore();

    /// <summary>
    /// "Russian Prime Minister Vladimir Putin met Obama in June 2012": the title a claim gives a person, against the
    /// catalog's roles of that person over the whole of the claimed period. Roles held then that are all other ones
    /// contradict it; a role of that title then supports it; no role known then leaves it unchecked.
    /// A claim with no date ("Foreign Minister Dmitry Peskov said …") is weighed against every role ever held.
    /// </summary>
    private static ClaimAspect? Titles(Context c, ClaimDate? on)
    {
        foreach (var a in c.P.Actors.Where(a => a.Kind == "person"))
        {
            // The title may be part of the words the actor was found by ("Prime Minister Vladimir Putin").
            var nameAt = c.Text.IndexOf(a.Name.Split(' ')[0], a.Span.Start, StringComparison.Ordinal);
            var before = c.Text[..(nameAt >= a.Span.Start && nameAt < a.Span.End ? nameAt : a.Span.Start)];
            if (TitleBefore().Match(before) is not { Success: true } m)
                continue;
            var role = Regex.Replace(m.Groups["title"].Value.ToLowerInvariant(), @"\s+", "-");
            if (role is "spokesman" or "spokeswoman")
                role = "spokesperson";
            var (from, to) = on is null ? (DateOnly.MinValue, DateOnly.MaxValue) : Period(on);
            var roles = c
                .Db.Query<(string Role, string? From, string? To)>(
                    "SELECT role, from_date, to_date FROM actor_roles WHERE actor = @actor",
                    new { actor = a.Slug }
                )
                .Where(r =>
                    (r.From is null || string.CompareOrdinal(r.From, Iso(to)) <= 0)
                    && (r.To is null || string.CompareOrdinal(r.To, Iso(from)) >= 0)
                )
                .ToList();
            if (roles.Count == 0)
                continue;
            var text = c.Text[m.Index..a.Span.End];
            var held = string.Join(" and ", roles.Select(r => r.Role.Replace('-', ' ')).Distinct());
            // A period across a change of office ("in 2012") settles the title only if every role then agrees.
            var verdict =
                roles.All(r => r.Role == role) ? ClaimVerdict.Supported
                : roles.Any(r => r.Role == role) ? ClaimVerdict.Unverifiable
                : ClaimVerdict.Contradicted;
            return new(
                AspectKind.Event,
                verdict,
                text,
                $"{a.Name} was {held}{(on is null ? "" : " in " + Show(on))}, according to the catalog.",
                verdict == ClaimVerdict.Contradicted ? held : null,
                c.Treaty?.Slug,
                null,
                [],
                0
            );
        }
        return null;
    }

    /// <summary>Whether a recorded day is less than a year from the claimed period.</summary>
    private static bool Near(ClaimDate d, string iso)
    {
        var (from, to) = Period(d);
        var day = DateOnly.ParseExact(
            iso.Length == 10 ? iso
                : iso.Length == 7 ? iso + "-01"
                : iso + "-01-01",
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture
        );
        return day > from.AddYears(-1) && day < to.AddYears(1);
    }

    private static string WeekdayOf(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek.ToString();
}
