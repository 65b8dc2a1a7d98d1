using Dapper;
using Microsoft.Data.Sqlite;

namespace TreatyApi.Claims;

/// <summary>
/// The catalog's people and states by every name they are written with ("United States", "U.S.", "Washington"),
/// and which people held an office of which state. Used to tell whether a sentence of a report is about the same
/// people as a claim: "Washington concedes …" is not "Russian leaders worry …".
/// </summary>
public sealed class ActorNames
{
    private readonly List<(string Alias, string Actor)> _aliases;
    private readonly Dictionary<string, HashSet<string>> _related;

    private ActorNames(List<(string Alias, string Actor)> aliases, Dictionary<string, HashSet<string>> related)
    {
        _aliases = aliases;
        _related = related;
    }

    internal static ActorNames Read(SqliteConnection db)
    {
        var aliases = db.Query<(string Alias, string Actor)>(
                """
                SELECT a.alias, a.actor FROM actor_aliases a JOIN actors x ON x.slug = a.actor
                WHERE x.kind IN ('person', 'state') AND a.alias <> a.actor ORDER BY a.actor, a.alias
                """
            )
            .Where(a => a.Alias.Length >= 2)
            .ToList();
        var related = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (person, state) in db.Query<(string, string)>("SELECT DISTINCT actor, of_actor FROM actor_roles"))
        {
            Add(person, state);
            Add(state, person);
        }
        return new ActorNames(aliases, related);

        void Add(string a, string b)
        {
            if (!related.TryGetValue(a, out var set))
                related[a] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(b);
        }
    }

    /// <summary>
    /// The people and states a text names: a catalog name starting a word ("Russia" also in "Russian"), case as
    /// written.
    /// </summary>
    public HashSet<string> In(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (alias, actor) in _aliases)
        {
            if (found.Contains(actor))
                continue;
            for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0; )
            {
                if (at == 0 || !char.IsLetter(text[at - 1]))
                {
                    found.Add(actor);
                    break;
                }
                at = text.IndexOf(alias, at + 1, StringComparison.Ordinal);
            }
        }
        return found;
    }

    /// <summary>
    /// Whether one of these actors is the actor or stands for it: a person of its state, its state of a person
    /// ("Obama and Putin agreed" against "Russia and the United States agreed").
    /// </summary>
    public bool Covers(IReadOnlySet<string> actors, string actor) =>
        actors.Contains(actor) || (_related.TryGetValue(actor, out var r) && r.Overlaps(actors));
}
