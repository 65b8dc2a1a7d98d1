using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

/// <summary>
/// What claim checks read from the snapshot again and again, kept for the life of the snapshot it was read from (a
/// served snapshot never changes): a speaker's statement texts, the figures reported on a unit of a treaty, a treaty's
/// deadline dates, its catalog entry, dates and treaty-text limits, and the limits and deadlines cited as evidence. On
/// 10,000 documents one speaker has about 2,500 statements and one unit 4,000 reported figures: reading them again
/// for every distinct claim was most of the check's cost; then each deadline cited (up to 20 an answer) was one query
/// more. Bounded by the snapshot: one entry per speaker, unit, treaty, limit and deadline it holds. Everything kept is
/// immutable or handed out read-only, so shared between requests.
/// </summary>
public sealed class ClaimReads
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Id, string Text)>> _texts = new(
        StringComparer.Ordinal
    );
    private readonly ConcurrentDictionary<
        (string Unit, string? Treaty),
        IReadOnlyList<(string Id, double Value)>
    > _values = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Id, string Date, string Action)>> _deadlines =
        new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ClaimChecker.TreatyInfo?> _treaties = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<ClaimChecker.DateRow>> _dates = new(
        StringComparer.Ordinal
    );
    private readonly ConcurrentDictionary<string, IReadOnlyList<Limit>> _textLimits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Limit?> _limits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Deadline?> _deadlineById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<
        (string Treaty, string Unit),
        IReadOnlyList<(string Id, string Date, string Action)>
    > _deadlinesOn = new();
    private IReadOnlyList<(string Id, string Date, string Action)>? _looseDeadlines;
    private ActorNames? _names;
    private readonly ConcurrentDictionary<string, string?> _documentTexts = new(StringComparer.Ordinal);

    /// <summary>Each statement of a speaker as (id, text), oldest first.</summary>
    public IReadOnlyList<(string Id, string Text)> TextsOfSpeaker(SqliteConnection db, string speaker) =>
        _texts.GetOrAdd(speaker, static (s, db) => FactQueries.TextsOfSpeaker(db, s), db);

    /// <summary>(id, value) of the limits on a unit (of one treaty, when given), in listing order.</summary>
    public IReadOnlyList<(string Id, double Value)> LimitValuesOfUnit(
        SqliteConnection db,
        string unit,
        string? treaty
    ) => _values.GetOrAdd((unit, treaty), static (k, db) => FactQueries.LimitValuesOfUnit(db, k.Unit, k.Treaty), db);

    /// <summary>(id, date, action) of a treaty's deadlines.</summary>
    public IReadOnlyList<(string Id, string Date, string Action)> DeadlineDates(SqliteConnection db, string treaty) =>
        _deadlines.GetOrAdd(treaty, static (t, db) => FactQueries.DeadlineDates(db, t), db);

    /// <summary>
    /// The deadlines of <see cref="DeadlineDates"/> whose action names a unit ("launchers"): a treaty has thousands on
    /// a large corpus, and units are the parser's closed list.
    /// </summary>
    public IReadOnlyList<(string Id, string Date, string Action)> DeadlinesOn(
        SqliteConnection db,
        string treaty,
        string unit
    ) =>
        _deadlinesOn.GetOrAdd(
            (treaty, unit),
            static (k, x) =>
                x
                    .Reads.DeadlineDates(x.Db, k.Treaty)
                    .Where(d => d.Action.Contains(k.Unit, StringComparison.OrdinalIgnoreCase))
                    .ToList(),
            (Reads: this, Db: db)
        );

    /// <summary>(id, date, action) of the deadlines that belong to no treaty, by date.</summary>
    public IReadOnlyList<(string Id, string Date, string Action)> LooseDeadlines(SqliteConnection db) =>
        _looseDeadlines ??= db.Query<(string Id, string Date, string Action)>(
                "SELECT id, date, action FROM deadlines WHERE treaty IS NULL ORDER BY date, id"
            )
            .ToList();

    /// <summary>The catalog's people and states by the names they are written with, and who is of which
    /// state.</summary>
    public ActorNames Names(SqliteConnection db) => _names ??= ActorNames.Read(db);

    /// <summary>A stored document's text (read only for the few statements a claim's words are found in).</summary>
    public string? DocumentText(SqliteConnection db, string id) =>
        _documentTexts.GetOrAdd(
            id,
            static (id, db) => db.QueryFirstOrDefault<string>("SELECT text FROM documents WHERE id = @id", new { id }),
            db
        );

    /// <summary>A treaty's slug, name and kind; null when the catalog has no such slug.</summary>
    internal ClaimChecker.TreatyInfo? Treaty(SqliteConnection db, string slug) =>
        _treaties.GetOrAdd(
            slug,
            static (slug, db) =>
                db.QueryFirstOrDefault<ClaimChecker.TreatyInfo>(
                    "SELECT slug, name, kind FROM treaties WHERE slug = @slug",
                    new { slug }
                ),
            db
        );

    /// <summary>A treaty's catalog dates with their citations, in catalog order.</summary>
    internal IReadOnlyList<ClaimChecker.DateRow> TreatyDates(SqliteConnection db, string slug) =>
        _dates.GetOrAdd(
            slug,
            static (slug, db) =>
                db.Query<ClaimChecker.DateRow>(
                        """
                        SELECT d.kind, d.date, d.place, d.checked, c.kind AS CitationKind, c.title, c.url
                        FROM treaty_dates d JOIN citations c ON c.key = d.citation WHERE d.treaty = @slug ORDER BY
                            d.ordinal
                        """,
                        new { slug }
                    )
                    .ToList(),
            db
        );

    /// <summary>The limits written in a treaty's text, in catalog order.</summary>
    public IReadOnlyList<Limit> TreatyTextLimits(SqliteConnection db, string treaty) =>
        _textLimits.GetOrAdd(treaty, static (t, db) => FactQueries.TreatyTextLimits(db, t), db);

    /// <summary>A reported limit, whole (for the evidence listed).</summary>
    public Limit? LimitById(SqliteConnection db, string id) =>
        _limits.GetOrAdd(id, static (id, db) => FactQueries.LimitById(db, id), db);

    /// <summary>A deadline, whole (for the evidence listed).</summary>
    public Deadline? DeadlineById(SqliteConnection db, string id) =>
        _deadlineById.GetOrAdd(id, static (id, db) => FactQueries.DeadlineById(db, id), db);
}
