using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Facts;

namespace TreatyApi.Treaties;

/// <summary>
/// Each state's status in a treaty on a day, derived from the catalog's state actions and the treaty's own dates;
/// never stored, since it depends on the day asked.
/// </summary>
public static class PartyQueries
{
    private sealed record ActionRow(
        string Id,
        string Treaty,
        string State,
        string StateName,
        string Kind,
        string Date,
        string? Effective,
        string? Note,
        long Checked,
        string CitationKind,
        string Title,
        string Url
    );

    private const string ActionColumns = """
        SELECT x.id, x.treaty, x.state, a.name AS StateName, x.kind, x.date, x.effective, x.note, x.checked,
               c.kind AS CitationKind, c.title, c.url
        FROM state_actions x JOIN actors a ON a.slug = x.state JOIN citations c ON c.key = x.citation
        """;

    // Read from state_actions_by_treaty and state_actions_by_state in their order: a treaty's or a state's actions are
    // a few dozen rows at most.
    private const string ActionsOfTreatySql =
        ActionColumns + " WHERE x.treaty = @treaty ORDER BY x.state, x.date, x.ordinal";
    private const string ActionsOfStateSql =
        ActionColumns + " WHERE x.state = @state ORDER BY x.treaty, x.date, x.ordinal";

    internal static IEnumerable<(string Name, string Sql)> PlannedQueries =>
        [("state actions of a treaty", ActionsOfTreatySql), ("state actions of a state", ActionsOfStateSql)];

    private static StateAction ToAction(ActionRow r) =>
        new(
            r.Id,
            r.Kind,
            r.Date,
            r.Effective,
            r.Note,
            Source.Catalog(r.CitationKind, r.Title, r.Url, null, null, r.Checked != 0)
        );

    /// <summary>What the status derivation needs of a treaty: its dated events and its original parties.</summary>
    private sealed record TreatyFrame(
        string Slug,
        string Name,
        string? Kind,
        IReadOnlyDictionary<string, DateOnly> Dates,
        IReadOnlyList<ActorRef> Original
    );

    private sealed record DateKindRow(string Treaty, string Kind, string Date);

    private sealed record OriginalRow(string Treaty, string Slug, string Name);

    private sealed record FrameRow(string Slug, string Name, string? Kind);

    private static List<TreatyFrame> Frames(SqliteConnection db, IReadOnlyList<string> slugs)
    {
        var rows = db.Query<FrameRow>(
            "SELECT slug, name, kind FROM treaties WHERE slug IN @slugs ORDER BY slug",
            new { slugs }
        );
        // The last date of each kind, as the treaty page reads them.
        var dates = db.Query<DateKindRow>(
                "SELECT treaty, kind, date FROM treaty_dates WHERE treaty IN @slugs ORDER BY treaty, ordinal",
                new { slugs }
            )
            .GroupBy(r => r.Treaty)
            .ToDictionary(
                g => g.Key,
                g =>
                    g.GroupBy(r => r.Kind).ToDictionary(k => k.Key, k => Day(k.Last().Date))
                    as IReadOnlyDictionary<string, DateOnly>
            );
        var original = db.Query<OriginalRow>(
                """
                SELECT p.treaty, a.slug, a.name FROM treaty_parties p JOIN actors a ON a.slug = p.actor
                WHERE p.treaty IN @slugs ORDER BY p.treaty, p.ordinal
                """,
                new { slugs }
            )
            .ToLookup(r => r.Treaty, r => new ActorRef(r.Slug, r.Name));
        return rows.Select(r => new TreatyFrame(
                r.Slug,
                r.Name,
                r.Kind,
                dates.GetValueOrDefault(r.Slug) ?? new Dictionary<string, DateOnly>(),
                original[r.Slug].ToList()
            ))
            .ToList();
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A state's status on <paramref name="on"/>. The acts are read in date order: a signature makes a signatory; a
    /// ratification, accession or succession a party once the treaty is in force (before: ratified); a withdrawal is
    /// pending from its notice and done from its effective date; a suspension lasts until a resumption. An original
    /// party of a bilateral treaty signed and became a party on the treaty's own dates unless its actions say
    /// otherwise. Once the treaty expired or was terminated, a state still in it is "ended".
    /// </summary>
    private static (string Status, string? Since) Derive(
        TreatyFrame treaty,
        string state,
        IReadOnlyList<StateAction> actions,
        DateOnly on
    )
    {
        var acts = actions
            .Select(a =>
                (Kind: a.Kind, Date: Day(a.Date), Effective: a.Effective is { } eff ? Day(eff) : (DateOnly?)null)
            )
            .ToList();
        if (treaty.Original.Any(p => p.Slug == state))
        {
            if (treaty.Dates.TryGetValue("signed", out var signed) && acts.All(a => a.Kind != "signed"))
                acts.Add(("signed", signed, null));
            if (
                treaty.Dates.TryGetValue("entered-into-force", out var inForce)
                && acts.All(a => a.Kind is not ("ratified" or "acceded" or "succeeded"))
            )
                acts.Add(("ratified", inForce, null));
        }
        DateOnly? entry = treaty.Dates.TryGetValue("entered-into-force", out var e) ? e : null;
        var (status, since) = ("not-signed", (DateOnly?)null);
        foreach (var a in acts.Where(a => a.Date <= on).OrderBy(a => a.Date).ThenBy(a => Order(a.Kind)))
        {
            (status, since) = a.Kind switch
            {
                "signed" when status == "not-signed" => ("signatory", a.Date),
                "ratified" or "acceded" or "succeeded" => entry is { } f && f <= a.Date
                    ? ("party", a.Date)
                    : ("ratified", (DateOnly?)a.Date),
                "ratification-withdrawn" => ("signatory", a.Date),
                "withdrew" => a.Effective is { } eff && eff <= on ? ("withdrawn", eff) : ("withdrawal-pending", a.Date),
                "suspended" => ("suspended", a.Date),
                "resumed" => ("party", a.Date),
                _ => (status, since),
            };
        }
        // A ratification given before entry into force makes a party from that day.
        if (status == "ratified" && entry is { } start && start <= on)
            (status, since) = ("party", start);
        var ended = new[] { "terminated", "expires" }
            .Select(k => treaty.Dates.TryGetValue(k, out var d) ? d : (DateOnly?)null)
            .Where(d => d <= on)
            .Min();
        if (ended is { } end && status is "party" or "signatory" or "ratified" or "suspended" or "withdrawal-pending")
            (status, since) = ("ended", end);
        return (status, since is { } day ? Iso(day) : null);
    }

    /// <summary>On one day: a signature before a ratification, a ratification before a suspension, and so on.</summary>
    private static int Order(string kind) =>
        kind switch
        {
            "signed" => 0,
            "ratified" or "acceded" or "succeeded" => 1,
            "suspended" => 2,
            "resumed" => 3,
            "withdrew" => 4,
            _ => 5,
        };

    private static List<PartyStatus> Statuses(TreatyFrame treaty, List<ActionRow> rows, DateOnly on)
    {
        var byState = rows.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.ToList());
        // The original parties first, in the treaty's order; then every other state with an action, by slug.
        var states = treaty
            .Original.Select(p => (p.Slug, p.Name))
            .Concat(
                byState
                    .Keys.Where(s => treaty.Original.All(p => p.Slug != s))
                    .Order(StringComparer.Ordinal)
                    .Select(s => (Slug: s, Name: byState[s][0].StateName))
            );
        return states
            .Select(s =>
            {
                var actions = (byState.GetValueOrDefault(s.Slug) ?? []).Select(ToAction).ToList();
                var (status, since) = Derive(treaty, s.Slug, actions, on);
                return new PartyStatus(s.Slug, s.Name, status, since, actions);
            })
            .ToList();
    }

    private sealed record CountRow(
        long Count,
        string AsOf,
        long Checked,
        string CitationKind,
        string Title,
        string Url
    );

    private static PartyCountValue? PartyCount(SqliteConnection db, string treaty) =>
        db.Query<CountRow>(
                """
                SELECT p.count, p.as_of, p.checked, c.kind AS CitationKind, c.title, c.url
                FROM treaty_party_counts p JOIN citations c ON c.key = p.citation WHERE p.treaty = @treaty
                """,
                new { treaty }
            )
            .Select(r => new PartyCountValue(
                (int)r.Count,
                r.AsOf,
                Source.Catalog(r.CitationKind, r.Title, r.Url, null, null, r.Checked != 0)
            ))
            .FirstOrDefault();

    /// <summary>Each listed state's status in the treaty on a day; null for an unknown treaty.</summary>
    public static PartyList? Parties(SqliteConnection db, string treaty, DateOnly on) => Load(db, treaty, on)?.List;

    private static (TreatyFrame Frame, PartyList List)? Load(SqliteConnection db, string treaty, DateOnly on)
    {
        if (Frames(db, [treaty]) is not [var frame])
            return null;
        var rows = db.Query<ActionRow>(ActionsOfTreatySql, new { treaty }).ToList();
        var list = new PartyList(frame.Slug, frame.Name, Iso(on), PartyCount(db, treaty), Statuses(frame, rows, on));
        return (frame, list);
    }

    /// <summary>The treaty page's summary of its parties today.</summary>
    public static PartiesSummary Summary(SqliteConnection db, string treaty, DateOnly today)
    {
        var (frame, list) = Load(db, treaty, today)!.Value;
        var byStatus = list
            .Items.GroupBy(i => i.Status)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new PartiesSummary(byStatus.GetValueOrDefault("party"), list.PartyCount, byStatus, frame.Original);
    }

    /// <summary>A state's status in each treaty it is an original party to or has an action in.</summary>
    public static List<StateTreaty> TreatiesOfState(SqliteConnection db, string state, DateOnly on)
    {
        var rows = db.Query<ActionRow>(ActionsOfStateSql, new { state }).ToList();
        var slugs = rows.Select(r => r.Treaty)
            .Concat(db.Query<string>("SELECT treaty FROM treaty_parties WHERE actor = @state", new { state }))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return Frames(db, slugs)
            .Select(frame =>
            {
                var actions = rows.Where(r => r.Treaty == frame.Slug).Select(ToAction).ToList();
                var (status, since) = Derive(frame, state, actions, on);
                return new StateTreaty(frame.Slug, frame.Name, status, since, actions);
            })
            .ToList();
    }
}
