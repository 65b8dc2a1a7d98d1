using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;

namespace TreatyApi.Treaties;

public static class TreatyQueries
{
    private sealed record TreatyRow(string Slug, string Name, string? FullName, string? Kind, long Catalogued);

    /// <summary>The canonical slug for a slug or any alias ("New START", "new start"); null when unknown.</summary>
    public static string? Resolve(SqliteConnection db, string slugOrAlias)
    {
        var exact = db.QueryFirstOrDefault<string>(
            "SELECT slug FROM treaties WHERE slug = @slugOrAlias",
            new { slugOrAlias }
        );
        if (exact is not null)
            return exact;
        var key = TextStructure.Normalize(slugOrAlias).ToLowerInvariant();
        return db.QueryFirstOrDefault<string>(
            "SELECT treaty FROM treaty_aliases WHERE alias_key = @key ORDER BY treaty LIMIT 1",
            new { key }
        );
    }

    /// <summary>The treaty with the most limits (for documentation examples).</summary>
    public static string Richest(SqliteConnection db) =>
        db.QueryFirstOrDefault<string>(
            """
            SELECT t.slug FROM treaties t LEFT JOIN limits l ON l.treaty = t.slug
            GROUP BY t.slug ORDER BY count(l.id) DESC, t.slug LIMIT 1
            """
        ) ?? "";

    public static List<TreatySummary> Page(SqliteConnection db, string? afterSlug, bool desc, int take, DateOnly today)
    {
        var rows = db.Query<TreatyRow>(
                """
                SELECT slug, name, full_name, kind, catalogued FROM treaties
                WHERE @afterSlug IS NULL OR (@desc = 0 AND slug > @afterSlug) OR (@desc = 1 AND slug < @afterSlug)
                ORDER BY CASE WHEN @desc = 0 THEN slug END, CASE WHEN @desc = 1 THEN slug END DESC LIMIT @take
                """,
                new
                {
                    afterSlug,
                    desc,
                    take,
                }
            )
            .ToList();
        var dates = DatesOf(db, rows.Select(r => r.Slug).ToList());
        return rows.Select(r =>
            {
                var (status, _) = TreatyStatus.Derive(r.Catalogued != 0, dates[r.Slug].ToList(), today);
                return new TreatySummary(
                    r.Slug,
                    r.Name,
                    r.FullName,
                    r.Kind,
                    r.Catalogued != 0,
                    status,
                    "/treaties/" + r.Slug
                );
            })
            .ToList();
    }

    // Mentions are read from treaty_mentions_by_treaty (treaty, document_id, start) in order; each count reads one
    // index range.
    private const string MentionsSql = """
        SELECT document_id, start, "end", quote FROM treaty_mentions
        WHERE treaty = @slug ORDER BY document_id, start LIMIT @take
        """;

    private const string CountsSql = """
        SELECT (SELECT count(*) FROM limits WHERE treaty = @slug)
                 + (SELECT count(*) FROM treaty_text_limits WHERE treaty = @slug) AS Limits,
               (SELECT count(*) FROM deadlines WHERE treaty = @slug) AS Deadlines,
               (SELECT count(*) FROM treaty_statements WHERE treaty = @slug) AS Statements,
               (SELECT count(*) FROM treaty_mentions WHERE treaty = @slug) AS Mentions
        """;

    /// <summary>A treaty page's queries that grow with the corpus, for a test that reads their query plans.</summary>
    internal static IEnumerable<(string Name, string Sql)> PlannedQueries =>
        [("mentions of a treaty", MentionsSql), ("fact counts of a treaty", CountsSql)];

    public static TreatyDetail? Detail(SqliteConnection db, string slug, DateOnly today)
    {
        var row = db.QueryFirstOrDefault<TreatyRow>(
            "SELECT slug, name, full_name, kind, catalogued FROM treaties WHERE slug = @slug",
            new { slug }
        );
        if (row is null)
            return null;
        var aliases = db.Query<string>(
                "SELECT alias FROM treaty_aliases WHERE treaty = @slug ORDER BY alias",
                new { slug }
            )
            .Distinct()
            .ToList();
        var depositaries = db.Query<ActorRef>(
                """
                SELECT a.slug, a.name FROM treaty_depositaries p JOIN actors a ON a.slug = p.actor
                WHERE p.treaty = @slug ORDER BY p.ordinal
                """,
                new { slug }
            )
            .ToList();
        var dates = DatesOf(db, [slug])[slug].ToList();
        var take = TreatyDetail.Embedded;
        var mentions = db.Query<TreatyMentionSource>(MentionsSql, new { slug, take }).ToList();
        var counts = db.QuerySingle<FactCounts>(CountsSql, new { slug });
        var (status, basis) = TreatyStatus.Derive(row.Catalogued != 0, dates, today);
        return new TreatyDetail(
            row.Slug,
            row.Name,
            row.FullName,
            row.Kind,
            row.Catalogued != 0,
            aliases,
            PartyQueries.Summary(db, slug, today),
            depositaries,
            status,
            basis,
            dates,
            FactQueries.LimitsOfTreaty(db, slug, 0, take),
            FactQueries.DeadlinesOfTreaty(db, slug, 0, take),
            FactQueries.StatementsOfTreaty(db, slug, 0, take),
            mentions,
            counts,
            new TreatyLinks(
                $"/treaties/{slug}",
                $"/treaties/{slug}/limits",
                $"/treaties/{slug}/deadlines",
                $"/treaties/{slug}/statements",
                $"/treaties/{slug}/parties",
                $"/treaties/{slug}/timeline"
            )
        );
    }

    private sealed record DateRow(
        string Treaty,
        string Kind,
        string Date,
        string? Place,
        string Title,
        string Url,
        long Checked
    );

    private static ILookup<string, TreatyDateEntry> DatesOf(SqliteConnection db, List<string> slugs) =>
        db.Query<DateRow>(
                """
                SELECT d.treaty, d.kind, d.date, d.place, c.title, c.url, d.checked
                FROM treaty_dates d JOIN citations c ON c.key = d.citation
                WHERE d.treaty IN @slugs ORDER BY d.treaty, d.ordinal
                """,
                new { slugs }
            )
            .ToLookup(
                r => r.Treaty,
                r => new TreatyDateEntry(r.Kind, r.Date, r.Place, new SourceLink(r.Title, r.Url), r.Checked != 0)
            );
}
