using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

/// <summary>
/// The lists a claim check reads whole, kept for the life of the snapshot they were read from (a served snapshot
/// never changes): a speaker's statement texts, the figures reported on a unit of a treaty, a treaty's deadline
/// dates. On 10,000 documents one speaker has about 2,500 statements and one unit 4,000 reported figures: reading them
/// again for every distinct claim was most of the check's cost. Bounded by the snapshot: one list per speaker, unit and
/// treaty it holds, together no more than its statements, limits and deadlines. The lists are shared: read-only.
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
}
