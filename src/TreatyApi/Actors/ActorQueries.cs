using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Treaties;

namespace TreatyApi.Actors;

public static class ActorQueries
{
    /// <summary>The slug for a slug or an alias ("Obama", "barack obama"); null when unknown.</summary>
    public static string? Resolve(SqliteConnection db, string slugOrAlias)
    {
        var exact = db.QueryFirstOrDefault<string>(
            "SELECT slug FROM actors WHERE slug = @slugOrAlias",
            new { slugOrAlias }
        );
        if (exact is not null)
            return exact;
        var key = TextStructure.Normalize(slugOrAlias).ToLowerInvariant();
        return db.QueryFirstOrDefault<string>(
            "SELECT actor FROM actor_aliases WHERE alias_key = @key ORDER BY actor LIMIT 1",
            new { key }
        );
    }

    /// <summary>
    /// The name of a state; null when the slug is not a state (a person, an organisation) or unknown.
    /// </summary>
    public static string? StateName(SqliteConnection db, string slug) =>
        db.QueryFirstOrDefault<string>("SELECT name FROM actors WHERE slug = @slug AND kind = 'state'", new { slug });

    /// <summary>The actor with the most statements (for documentation examples).</summary>
    public static string MostQuoted(SqliteConnection db) =>
        db.QueryFirstOrDefault<string>(
            """
            SELECT a.slug FROM actors a LEFT JOIN statement_speakers s ON s.actor = a.slug
            GROUP BY a.slug ORDER BY count(s.statement_id) DESC, a.slug LIMIT 1
            """
        ) ?? "";

    private sealed record ActorRow(
        string Slug,
        string Kind,
        string Name,
        long Catalogued,
        string? CitationTitle,
        string? CitationUrl
    );

    private sealed record SummaryRow(string Slug, string Kind, string Name, long Catalogued);

    public static List<ActorSummary> Page(SqliteConnection db, string? kind, string? afterSlug, bool desc, int take) =>
        db.Query<SummaryRow>(
                """
                SELECT slug, kind, name, catalogued FROM actors
                WHERE (@kind IS NULL OR kind = @kind)
                  AND (@afterSlug IS NULL OR (@desc = 0 AND slug > @afterSlug) OR (@desc = 1 AND slug < @afterSlug))
                ORDER BY CASE WHEN @desc = 0 THEN slug END, CASE WHEN @desc = 1 THEN slug END DESC LIMIT @take
                """,
                new
                {
                    kind,
                    afterSlug,
                    desc,
                    take,
                }
            )
            .Select(r => new ActorSummary(r.Slug, r.Kind, r.Name, r.Catalogued != 0, "/actors/" + r.Slug))
            .ToList();

    private sealed record RoleRow(
        string Role,
        string OfSlug,
        string OfName,
        string FromDate,
        string? ToDate,
        string Title,
        string Url
    );

    // One range of statement_speakers_by_actor (a statement names each of its speakers once).
    private const string StatementCountSql = "SELECT count(*) FROM statement_speakers WHERE actor = @slug";

    /// <summary>An actor page's query that grows with the corpus, for a test that reads its query plan.</summary>
    internal static IEnumerable<(string Name, string Sql)> PlannedQueries =>
        [("statement count of an actor", StatementCountSql)];

    public static ActorDetail? Detail(SqliteConnection db, string slug)
    {
        var row = db.QueryFirstOrDefault<ActorRow>(
            """
            SELECT a.slug, a.kind, a.name, a.catalogued, c.title AS CitationTitle, c.url AS CitationUrl
            FROM actors a LEFT JOIN citations c ON c.key = a.citation WHERE a.slug = @slug
            """,
            new { slug }
        );
        if (row is null)
            return null;
        var aliases = db.Query<string>(
                "SELECT alias FROM actor_aliases WHERE actor = @slug ORDER BY alias",
                new { slug }
            )
            .Distinct()
            .ToList();
        var roles = db.Query<RoleRow>(
                """
                SELECT r.role, r.of_actor AS OfSlug, o.name AS OfName, r.from_date, r.to_date, c.title, c.url
                FROM actor_roles r JOIN actors o ON o.slug = r.of_actor JOIN citations c ON c.key = r.citation
                WHERE r.actor = @slug ORDER BY r.from_date, r.role
                """,
                new { slug }
            )
            .Select(r => new ActorRole(
                r.Role,
                new ActorRef(r.OfSlug, r.OfName),
                r.FromDate,
                r.ToDate,
                new SourceLink(r.Title, r.Url)
            ))
            .ToList();
        var statements = db.QuerySingle<long>(StatementCountSql, new { slug });
        return new ActorDetail(
            row.Slug,
            row.Kind,
            row.Name,
            row.Catalogued != 0,
            aliases,
            row.CitationTitle is null ? null : new SourceLink(row.CitationTitle, row.CitationUrl!),
            roles,
            FactQueries.StatementPage(db, slug, null, null, null, null, ActorDetail.Embedded),
            new ActorCounts(statements),
            new ActorLinks("/actors/" + slug, "/statements?speaker=" + slug)
        );
    }
}
