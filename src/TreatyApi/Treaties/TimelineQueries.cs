using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Facts;

namespace TreatyApi.Treaties;

/// <summary>
/// A treaty's timeline: its catalog dates, the states' actions, the deadlines of its treaty-text limits, and the
/// deadlines, events and statements of the documents, merged in date order. Ties on a day are broken by a fixed rank
/// (treaty date, state action, limit due, deadline, event, statement), then by id. Paged by a keyset cursor
/// "date|rank|id": the catalog's entries are few and filtered in memory; each kind of document fact is read from
/// that point on, at most a page of each, so a page costs the same however long the timeline is.
/// </summary>
public static class TimelineQueries
{
    private const int TreatyDateRank = 0,
        ActionRank = 1,
        LimitRank = 2;
    private const int DeadlineRank = 3,
        EventRank = 4,
        StatementRank = 5;

    private sealed record Entry(string SortDate, int Rank, string Key, TimelineItem Item);

    /// <summary>The position after which a page starts; null for the first page.</summary>
    public sealed record After(string Date, int Rank, string Key)
    {
        public static After? Parse(string? key)
        {
            var parts = key?.Split('|');
            return
                parts is [var date, var rank, var id]
                && int.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                ? new After(date, r, id)
                : null;
        }

        public override string ToString() => $"{Date}|{Rank.ToString(CultureInfo.InvariantCulture)}|{Key}";

        /// <summary>Where an arm of the given rank resumes: on the cursor's day, after its id when the rank is the
        /// cursor's, all of that day when the rank comes later, none of it when it came earlier.</summary>
        public (string FromDate, string AfterId) For(int rank) =>
            rank > Rank ? (Date, "")
            : rank == Rank ? (Date, Key)
            : (Date, "\uffff");

        /// <summary>True when an entry at (date, rank, key) comes after this position.</summary>
        public bool Precedes(string date, int rank, string key) =>
            (string.CompareOrdinal(date, Date), rank.CompareTo(Rank), string.CompareOrdinal(key, Key)) switch
            {
                (> 0, _, _) => true,
                (0, > 0, _) => true,
                (0, 0, > 0) => true,
                _ => false,
            };
    }

    /// <summary>One page (<paramref name="take"/> items, one more to tell whether another page follows).</summary>
    public static List<(TimelineItem Item, string Key)> Page(SqliteConnection db, string treaty, After? after, int take)
    {
        var entries = new List<Entry>();
        entries.AddRange(
            CatalogEntries(db, treaty).Where(e => after is null || after.Precedes(e.SortDate, e.Rank, e.Key))
        );
        (string, string) From(int rank) => after?.For(rank) ?? ("", "");

        var (d, i) = From(DeadlineRank);
        foreach (var x in FactQueries.DeadlinesOfTreatyFrom(db, treaty, d, i, take))
            if (x.Date is { } due)
                entries.Add(
                    new Entry(
                        due.Date,
                        DeadlineRank,
                        x.Id,
                        new TimelineItem(
                            due,
                            "deadline",
                            x.Kind,
                            null,
                            $"{Capital(x.Kind)}: {x.Action}",
                            x.Id,
                            x.Source
                        )
                    )
                );
        (d, i) = From(EventRank);
        foreach (var x in FactQueries.EventsOfTreatyFrom(db, treaty, d, i, take))
            entries.Add(
                new Entry(
                    x.Date.Date,
                    EventRank,
                    x.Id,
                    new TimelineItem(x.Date, "event", x.Kind, null, EventSummary(x), x.Id, x.Source)
                )
            );
        (d, i) = From(StatementRank);
        foreach (var x in FactQueries.StatementsOfTreatyFrom(db, treaty, d, i, take))
            if (x.Date is { } date)
                entries.Add(
                    new Entry(
                        date.Date,
                        StatementRank,
                        x.Id,
                        new TimelineItem(date, "statement", "statement", null, StatementSummary(x), x.Id, x.Source)
                    )
                );
        return entries
            .OrderBy(e => e.SortDate, StringComparer.Ordinal)
            .ThenBy(e => e.Rank)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(take)
            .Select(e => (e.Item, new After(e.SortDate, e.Rank, e.Key).ToString()))
            .ToList();
    }

    private sealed record DateRow(
        long Ordinal,
        string Kind,
        string Date,
        string? Place,
        long Checked,
        string CitationKind,
        string Title,
        string Url
    );

    private sealed record StateRow(string Slug, string Name);

    /// <summary>The catalog's dated entries of a treaty: a few dozen at most.</summary>
    private static IEnumerable<Entry> CatalogEntries(SqliteConnection db, string treaty)
    {
        static DateValue Day(string date) => new(date, "day", "stated", null);
        foreach (
            var r in db.Query<DateRow>(
                """
                SELECT d.ordinal, d.kind, d.date, d.place, d.checked, c.kind AS CitationKind, c.title, c.url
                FROM treaty_dates d JOIN citations c ON c.key = d.citation WHERE d.treaty = @treaty ORDER BY d.ordinal
                """,
                new { treaty }
            )
        )
        {
            var summary = Capital(r.Kind) + (r.Place is null ? "" : $" in {r.Place}");
            var key = "td" + r.Ordinal.ToString("D4", CultureInfo.InvariantCulture);
            yield return new Entry(
                r.Date,
                TreatyDateRank,
                key,
                new TimelineItem(
                    Day(r.Date),
                    "treaty-date",
                    r.Kind,
                    null,
                    summary,
                    null,
                    Source.Catalog(r.CitationKind, r.Title, r.Url, null, null, r.Checked != 0)
                )
            );
        }
        var parties = PartyQueries.Parties(db, treaty, DateOnly.MaxValue);
        foreach (var p in parties?.Items ?? [])
        foreach (var a in p.Actions)
        {
            yield return new Entry(
                a.Date,
                ActionRank,
                a.Id,
                new TimelineItem(Day(a.Date), "state-action", a.Kind, p.State, ActionSummary(p.Name, a), a.Id, a.Source)
            );
            if (a.Effective is { } effective)
                yield return new Entry(
                    effective,
                    ActionRank,
                    a.Id + ":effective",
                    new TimelineItem(
                        Day(effective),
                        "state-action",
                        "withdrawal-effective",
                        p.State,
                        $"{p.Name}'s withdrawal took effect",
                        a.Id,
                        a.Source
                    )
                );
        }
        foreach (var l in FactQueries.TreatyTextLimits(db, treaty).Where(l => l.Deadline is not null))
            yield return new Entry(
                l.Deadline!.Date,
                LimitRank,
                l.Id,
                new TimelineItem(
                    l.Deadline,
                    "limit-due",
                    "limit-due",
                    null,
                    $"Limit due: {Figure(l)} {l.Unit} ({l.Counted})",
                    l.Id,
                    l.Source
                )
            );
    }

    private static string Figure(Limit l) =>
        (l.Min is { } min ? min.ToString("#,0.##", CultureInfo.InvariantCulture) + "–" : "at most ")
        + l.Value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string ActionSummary(string state, StateAction a) =>
        a.Kind switch
        {
            "withdrew" => $"{state} gave notice of withdrawal"
                + (a.Effective is null ? "" : $", effective {a.Effective}"),
            "suspended" => $"{state} suspended its participation",
            "resumed" => $"{state} resumed its participation",
            "ratification-withdrawn" => $"{state} withdrew its ratification",
            "succeeded" => $"{state} succeeded to the treaty",
            _ => $"{state} {a.Kind}",
        };

    private static string EventSummary(Event e) =>
        Capital(e.Kind)
        + (e.Participants.Count == 0 ? "" : ": " + string.Join(", ", e.Participants.Select(p => p.Name)))
        + (e.Place is null ? "" : $" in {e.Place}");

    private static string StatementSummary(Statement s)
    {
        const int Max = 140;
        var cut = s.Text.LastIndexOf(' ', Math.Min(Max, s.Text.Length) - 1);
        var text = s.Text.Length <= Max ? s.Text : s.Text[..(cut > 0 ? cut : Max)] + "…";
        var who = s.Speakers.Count == 0 ? "" : string.Join(" and ", s.Speakers.Select(x => x.Name)) + ": ";
        return $"{who}\u201C{text}\u201D";
    }

    /// <summary>"entered-into-force" → "Entered into force".</summary>
    private static string Capital(string kind) =>
        kind.Length == 0 ? kind : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ');
}
