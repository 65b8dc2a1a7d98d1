using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;

namespace TreatyApi.Search;

public static class SearchQueries
{
    private const char Open = '\u0001',
        Close = '\u0002';

    /// <summary>
    /// The FTS5 query for a person's words: each word a quoted string, all required. Never their syntax.
    /// </summary>
    public static string MatchExpression(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => "\"" + w + "\""));

    public static string CursorKey(int offset) => "search:" + offset.ToString(CultureInfo.InvariantCulture);

    /// <summary>The offset a (verified) search cursor key carries; 0 without one.</summary>
    public static int OffsetOf(string? key) =>
        key is not null
        && key.StartsWith("search:", StringComparison.Ordinal)
        && int.TryParse(key.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : 0;

    // A class, not a positional record: with no rows SQLite reports expression columns as blobs, which a
    // constructor match would reject.
    private sealed class HitRow
    {
        public string Kind { get; init; } = "";
        public string RefId { get; init; } = "";
        public string DocumentId { get; init; } = "";
        public double Score { get; init; }
        public string Snippet { get; init; } = "";
    }

    // bm25 ranks every match before the page is cut (SQLite sorts them): the one query whose cost grows with the
    // number of matches rather than the page size. The filters are read per match from search_refs by rowid.
    private const string PageSql = """
        SELECT r.kind, r.ref_id, r.document_id, bm25(search) AS Score,
               snippet(search, 0, char(1), char(2), '…', 24) AS Snippet
        FROM search JOIN search_refs r ON r.rowid = search.rowid
        WHERE search MATCH @match
          AND (@kind IS NULL OR r.kind = @kind)
          AND (@treaty IS NULL OR r.treaty = @treaty
               OR (r.treaty IS NULL AND r.document_id IN
                   (SELECT document_id FROM treaty_mentions WHERE treaty = @treaty)))
          AND (@speaker IS NULL OR r.rowid IN (SELECT rowid FROM search_speakers WHERE actor = @speaker))
          AND (@from IS NULL OR r.date >= @from)
          AND (@to IS NULL OR r.date <= @to)
        ORDER BY CASE WHEN @sort = 'date' THEN r.date END, CASE WHEN @sort = '-date' THEN r.date END DESC,
                 Score, r.kind, r.ref_id
        LIMIT @take OFFSET @offset
        """;

    /// <summary>The search query, for a test that reads its query plan.</summary>
    internal static IEnumerable<(string Name, string Sql)> PlannedQueries => [("search", PageSql)];

    public static List<SearchHit> Page(
        SqliteConnection db,
        IReadOnlyList<string> words,
        string? kind,
        string? treaty,
        string? speaker,
        string? from,
        string? to,
        int offset,
        int take,
        string? sort = null
    )
    {
        var match = MatchExpression(words);
        var rows = db.Query<HitRow>(
                PageSql,
                new
                {
                    match,
                    kind,
                    treaty,
                    speaker,
                    from,
                    to,
                    take,
                    offset,
                    sort,
                }
            )
            .ToList();
        return rows.Select(r => ToHit(db, r, words)).OfType<SearchHit>().ToList();
    }

    private static SearchHit? ToHit(SqliteConnection db, HitRow r, IReadOnlyList<string> words)
    {
        var (snippet, highlights) = Highlights(r.Snippet);
        var score = Math.Round(-r.Score, 6);
        Source? source = r.Kind switch
        {
            "statement" => FactQueries.StatementById(db, r.RefId)?.Source,
            "limit" => FactQueries.LimitById(db, r.RefId)?.Source,
            "deadline" => FactQueries.DeadlineById(db, r.RefId)?.Source,
            _ => DocumentSource(db, r.RefId, words),
        };
        if (source is null)
            return null;
        var url = r.Kind switch
        {
            "statement" => "/statements/" + r.RefId,
            "document" => "/documents/" + r.RefId,
            _ => $"/documents/{r.DocumentId}",
        };
        return new SearchHit(r.Kind, r.RefId, url, score, snippet, highlights, source);
    }

    /// <summary>
    /// Turns FTS5's marked snippet into plain text with highlight offsets (no markup for a client to escape).
    /// </summary>
    public static (string Text, List<Highlight> Highlights) Highlights(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var highlights = new List<Highlight>();
        int start = -1;
        foreach (var c in marked)
        {
            if (c == Open)
                start = text.Length;
            else if (c == Close && start >= 0)
            {
                highlights.Add(new Highlight(start, text.Length));
                start = -1;
            }
            else
                text.Append(c);
        }
        return (text.ToString(), highlights);
    }

    private sealed record DocumentRow(
        string Id,
        string Title,
        string? Publisher,
        string? Published,
        string? Url,
        string Text
    );

    /// <summary>A document hit's source: the first place one of the searched words stands in its text.</summary>
    private static Source? DocumentSource(SqliteConnection db, string id, IReadOnlyList<string> words)
    {
        var d = db.QueryFirstOrDefault<DocumentRow>(
            "SELECT id, title, publisher, published, url, text FROM documents WHERE id = @id",
            new { id }
        );
        if (d is null)
            return null;
        var (start, end) = (0, d.Text.IndexOf('\n') is var nl and > 0 ? nl : Math.Min(d.Text.Length, 200));
        foreach (
            System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                d.Text,
                @"[\p{L}\p{N}]+(?:,\d{3})*"
            )
        )
        {
            if (!words.Contains(SearchText.Words(m.Value).FirstOrDefault() ?? ""))
                continue;
            (start, end) = (m.Index, m.Index + m.Length);
            break;
        }
        return Source.Document(d.Id, d.Title, d.Publisher, d.Published, d.Url, start, end, d.Text[start..end], null);
    }
}
