using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace TreatyApi.Facts;

/// <summary>Reads limits, deadlines and statements with their sources. Each query sits next to its
/// parameters.</summary>
public static class FactQueries
{
    private const string DocumentColumns =
        "d.title AS DocTitle, d.publisher AS DocPublisher, d.published AS DocPublished, d.url AS DocUrl";

    private sealed record LimitRow(
        string Id,
        string DocumentId,
        string? Treaty,
        double Value,
        string Unit,
        string Counted,
        string Binds,
        long EachParty,
        string? DeadlineDate,
        string? DeadlinePrecision,
        long Start,
        long End,
        string Quote,
        string Measure,
        double? Min,
        string? RelativeTo,
        string? RelativeOffset,
        string? DurationOffset,
        string? DurationFrom,
        string? DurationUntil,
        string DocTitle,
        string? DocPublisher,
        string? DocPublished,
        string? DocUrl
    );

    private const string LimitSelect = $"""
        SELECT l.id, l.document_id, l.treaty, l.value, l.unit, l.counted, l.binds, l.each_party,
               l.deadline_date, l.deadline_precision, l.start, l."end", l.quote,
               l.measure, l.min, l.relative_to, l.relative_offset,
               l.duration_offset, l.duration_from, l.duration_until,
               {DocumentColumns}
        FROM limits l JOIN documents d ON d.id = l.document_id
        """;

    /// <summary>
    /// A treaty's limits: those written in its text first (in catalog order), then those reported in documents (by
    /// document and position). A reported limit that disagrees with the text on its unit and measure names the text's
    /// limits in disagreesWith. <paramref name="take"/> -1 means all.
    /// </summary>
    public static List<Limit> LimitsOfTreaty(SqliteConnection db, string treaty, int offset = 0, int take = -1)
    {
        var text = TreatyTextLimits(db, treaty);
        var fromText = text.Skip(offset).Take(take < 0 ? int.MaxValue : take).ToList();
        var rest = take < 0 ? -1 : take - fromText.Count;
        if (rest == 0)
            return fromText;
        var reported = db.Query<LimitRow>(
                LimitsOfTreatySql + " LIMIT @rest OFFSET @skip",
                new
                {
                    treaty,
                    rest,
                    skip = Math.Max(0, offset - text.Count),
                }
            )
            .Select(r => ToLimit(r, text));
        return [.. fromText, .. reported];
    }

    // The order of limits_by_treaty, so that a page is read from it rather than sorted.
    private const string LimitsOfTreatySql =
        LimitSelect + " WHERE l.treaty = @treaty ORDER BY l.document_id, l.start, l.\"end\", l.id";

    private sealed record TextLimitRow(
        string Id,
        string Treaty,
        string Article,
        string? Paragraph,
        string Measure,
        double Value,
        double? Min,
        string Unit,
        string Counted,
        string Binds,
        long EachParty,
        string? DeadlineDate,
        string? DeadlineBasis,
        string? DeadlineNote,
        string? RelativeTo,
        string? RelativeOffset,
        string? DurationOffset,
        string? DurationFrom,
        string? DurationUntil,
        long Checked,
        string CitationKind,
        string Title,
        string Url
    );

    // One range of the (treaty, ordinal) key: a treaty's text has a handful of limits.
    private const string TreatyTextLimitsSql = """
        SELECT l.id, l.treaty, l.article, l.paragraph, l.measure, l.value, l.min, l.unit, l.counted, l.binds,
               l.each_party, l.deadline_date, l.deadline_basis,
               l.deadline_note, l.relative_to, l.relative_offset,
               l.duration_offset, l.duration_from, l.duration_until,
               l.checked, c.kind AS CitationKind, c.title, c.url
        FROM treaty_text_limits l JOIN citations c ON c.key = l.citation
        WHERE l.treaty = @treaty ORDER BY l.ordinal
        """;

    /// <summary>The limits written in a treaty's text (treaty-limits.json), in catalog order.</summary>
    public static List<Limit> TreatyTextLimits(SqliteConnection db, string treaty) =>
        db.Query<TextLimitRow>(TreatyTextLimitsSql, new { treaty })
            .Select(r => new Limit(
                r.Id,
                r.Treaty,
                r.Value,
                r.Unit,
                r.Counted,
                JsonSerializer.Deserialize<List<string>>(r.Binds) ?? [],
                r.EachParty != 0,
                r.DeadlineDate is null ? null : new DateValue(r.DeadlineDate, "day", r.DeadlineBasis, r.DeadlineNote),
                Source.Catalog(r.CitationKind, r.Title, r.Url, r.Article, r.Paragraph, r.Checked != 0),
                r.Measure,
                r.Min,
                r.RelativeTo is null ? null : new RelativeDeadline(r.RelativeTo, r.RelativeOffset!),
                r.DurationOffset is null ? null : new DurationValue(r.DurationOffset, r.DurationFrom, r.DurationUntil),
                []
            ))
            .ToList();

    /// <summary>
    /// The treaty-text limits a reported figure disagrees with: those on the same unit and measure, when the figure is
    /// none of them (neither a ceiling nor a range's lower end the text gives). A figure that matches one of them
    /// agrees; a unit the text does not limit says nothing. When unsure, no disagreement.
    /// </summary>
    internal static List<string> Disagreements(
        double value,
        double? min,
        string unit,
        string measure,
        IReadOnlyList<Limit> text
    )
    {
        var same = text.Where(t => t.Unit == unit && t.Measure == measure).ToList();
        bool Matches(Limit t) => min is { } m ? t.Min == m && t.Value == value : t.Value == value || t.Min == value;
        return same.Count == 0 || same.Any(Matches) ? [] : same.Select(t => t.Id).ToList();
    }

    /// <summary>(id, value) of the limits on one unit (of one treaty, when given), in listing order: what a claim's
    /// figure is weighed against. Whole limits are read only for the evidence listed.</summary>
    public static List<(string Id, double Value)> LimitValuesOfUnit(SqliteConnection db, string unit, string? treaty) =>
        db.Query<(string Id, double Value)>(LimitValuesOfUnitSql, new { unit, treaty }).ToList();

    // Reads limits_by_unit in order.
    private const string LimitValuesOfUnitSql = """
        SELECT id, value FROM limits
        WHERE unit = @unit AND (@treaty IS NULL OR treaty = @treaty)
        ORDER BY document_id, start
        """;

    public static Limit? LimitById(SqliteConnection db, string id) =>
        ToLimits(db, db.Query<LimitRow>(LimitSelect + " WHERE l.id = @id", new { id })).FirstOrDefault();

    public static List<Limit> LimitsOfDocument(SqliteConnection db, string documentId) =>
        ToLimits(
            db,
            db.Query<LimitRow>(
                LimitSelect + " WHERE l.document_id = @documentId ORDER BY l.start, l.\"end\", l.id",
                new { documentId }
            )
        );

    /// <summary>A reported limit; <paramref name="text"/> are its treaty's treaty-text limits, when known.</summary>
    private static Limit ToLimit(LimitRow r, IReadOnlyList<Limit>? text) =>
        new(
            r.Id,
            r.Treaty,
            r.Value,
            r.Unit,
            r.Counted,
            JsonSerializer.Deserialize<List<string>>(r.Binds) ?? [],
            r.EachParty != 0,
            r.DeadlineDate is null
                ? null
                : new DateValue(
                    r.DeadlineDate,
                    r.DeadlinePrecision!,
                    r.RelativeTo is null ? "stated" : "relative",
                    r.RelativeTo is null ? null : $"{r.RelativeOffset} after {r.RelativeTo}"
                ),
            Source.Document(
                r.DocumentId,
                r.DocTitle,
                r.DocPublisher,
                r.DocPublished,
                r.DocUrl,
                (int)r.Start,
                (int)r.End,
                r.Quote,
                null
            ),
            r.Measure,
            r.Min,
            r.RelativeTo is null ? null : new RelativeDeadline(r.RelativeTo, r.RelativeOffset!),
            r.DurationOffset is null ? null : new DurationValue(r.DurationOffset, r.DurationFrom, r.DurationUntil),
            text is null ? [] : Disagreements(r.Value, r.Min, r.Unit, r.Measure, text)
        );

    /// <summary>Reported limits, each compared with its own treaty's text (read once per treaty).</summary>
    private static List<Limit> ToLimits(SqliteConnection db, IEnumerable<LimitRow> rows)
    {
        var texts = new Dictionary<string, List<Limit>>(StringComparer.Ordinal);
        return rows.Select(r =>
                ToLimit(
                    r,
                    r.Treaty is null ? null
                        : texts.TryGetValue(r.Treaty, out var t) ? t
                        : texts[r.Treaty] = TreatyTextLimits(db, r.Treaty)
                )
            )
            .ToList();
    }

    private sealed record DeadlineRow(
        string Id,
        string DocumentId,
        string? Treaty,
        string? Date,
        string? Precision,
        string Kind,
        string Action,
        long Start,
        long End,
        string Quote,
        string? RelativeTo,
        string? RelativeOffset,
        string DocTitle,
        string? DocPublisher,
        string? DocPublished,
        string? DocUrl
    );

    private const string DeadlineSelect = $"""
        SELECT x.id, x.document_id, x.treaty, x.date, x.precision, x.kind, x.action, x.start, x."end", x.quote,
               x.relative_to, x.relative_offset, {DocumentColumns}
        FROM deadlines x JOIN documents d ON d.id = x.document_id
        """;

    public static List<Deadline> DeadlinesOfTreaty(SqliteConnection db, string treaty, int offset = 0, int take = -1) =>
        db.Query<DeadlineRow>(
                DeadlinesOfTreatySql + " LIMIT @take OFFSET @offset",
                new
                {
                    treaty,
                    take,
                    offset,
                }
            )
            .Select(ToDeadline)
            .ToList();

    // The order of deadlines_by_treaty, so that a page is read from it rather than sorted.
    private const string DeadlinesOfTreatySql = DeadlineSelect + " WHERE x.treaty = @treaty ORDER BY x.date, x.id";

    /// <summary>(id, date, action) of a treaty's deadlines, or of all when no treaty is given, by date: what a date
    /// claim is weighed against. Whole deadlines are read only for the evidence listed.</summary>
    public static List<(string Id, string Date, string Action)> DeadlineDates(SqliteConnection db, string? treaty) =>
        // Two queries rather than one with "@treaty IS NULL OR", which SQLite answers by reading every deadline.
        db.Query<(string Id, string Date, string Action)>(
                treaty is null ? AllDeadlineDatesSql : DeadlineDatesOfTreatySql,
                new { treaty }
            )
            .ToList();

    // Only dated deadlines: an undated relative one (0007) says nothing a date claim can be weighed against.
    private const string DeadlineDatesOfTreatySql =
        "SELECT id, date, action FROM deadlines WHERE treaty = @treaty AND date IS NOT NULL ORDER BY date, id";
    private const string AllDeadlineDatesSql =
        "SELECT id, date, action FROM deadlines WHERE date IS NOT NULL ORDER BY date, id";

    /// <summary>
    /// A treaty's deadlines from a point of its timeline on: dated on or after <paramref name="fromDate"/>, and on that
    /// day only those with an id after <paramref name="afterId"/> ("" for all of them). Read from deadlines_by_treaty.
    /// </summary>
    public static List<Deadline> DeadlinesOfTreatyFrom(
        SqliteConnection db,
        string treaty,
        string fromDate,
        string afterId,
        int take
    ) =>
        db.Query<DeadlineRow>(
                DeadlinesFromSql,
                new
                {
                    treaty,
                    fromDate,
                    afterId,
                    take,
                }
            )
            .Select(ToDeadline)
            .ToList();

    // "x.date >= @fromDate" also leaves out undated relative deadlines: a timeline lists what has a date.
    private const string DeadlinesFromSql =
        DeadlineSelect
        + """
             WHERE x.treaty = @treaty AND x.date >= @fromDate AND (x.date > @fromDate OR x.id > @afterId)
             ORDER BY x.date, x.id LIMIT @take
            """;

    public static Deadline? DeadlineById(SqliteConnection db, string id) =>
        db.Query<DeadlineRow>(DeadlineSelect + " WHERE x.id = @id", new { id }).Select(ToDeadline).FirstOrDefault();

    public static List<Deadline> DeadlinesOfDocument(SqliteConnection db, string documentId) =>
        db.Query<DeadlineRow>(
                DeadlineSelect + " WHERE x.document_id = @documentId ORDER BY x.start, x.id",
                new { documentId }
            )
            .Select(ToDeadline)
            .ToList();

    // A relative deadline whose event is not dated has no date, only relative (0007).
    private static Deadline ToDeadline(DeadlineRow r) =>
        new(
            r.Id,
            r.Treaty,
            r.Date is null
                ? null
                : new DateValue(
                    r.Date,
                    r.Precision!,
                    r.RelativeTo is null ? "stated" : "relative",
                    r.RelativeTo is null ? null : $"{r.RelativeOffset} after {r.RelativeTo}"
                ),
            r.Kind,
            r.Action,
            Source.Document(
                r.DocumentId,
                r.DocTitle,
                r.DocPublisher,
                r.DocPublished,
                r.DocUrl,
                (int)r.Start,
                (int)r.End,
                r.Quote,
                null
            ),
            r.RelativeTo is null ? null : new RelativeDeadline(r.RelativeTo, r.RelativeOffset!)
        );

    private sealed record StatementRow(
        string Id,
        string DocumentId,
        string Text,
        string? Date,
        string? DatePrecision,
        string? DateBasis,
        string? DateNote,
        string? Place,
        string? OutletActor,
        string? OutletName,
        string? OutletLabel,
        string? OutletDate,
        long? OutletStart,
        long? OutletEnd,
        string? OutletQuote,
        long Start,
        long End,
        string Quote,
        long? AttributionStart,
        long? AttributionEnd,
        string? AttributionQuote,
        string DocTitle,
        string? DocPublisher,
        string? DocPublished,
        string? DocUrl
    );

    private const string StatementColumns = $"""
        SELECT s.id, s.document_id, s.text, s.date, s.date_precision, s.date_basis,
               s.date_note, s.place, s.outlet_actor, s.outlet_name,
               s.outlet_label, s.outlet_date, s.outlet_start, s.outlet_end,
               s.outlet_quote, s.start, s."end", s.quote, s.attribution_start,
               s.attribution_end, s.attribution_quote, {DocumentColumns}

        """;

    private const string StatementSelect =
        StatementColumns + " FROM statements s JOIN documents d ON d.id = s.document_id";

    public static Statement? StatementById(SqliteConnection db, string id) =>
        WithSpeakers(db, db.Query<StatementRow>(StatementSelect + " WHERE s.id = @id", new { id })).FirstOrDefault();

    public static List<Statement> StatementsOfDocument(SqliteConnection db, string documentId) =>
        WithSpeakers(
            db,
            db.Query<StatementRow>(
                StatementSelect + " WHERE s.document_id = @documentId ORDER BY s.start",
                new { documentId }
            )
        );

    /// <summary>Statements in the documents that mention the treaty (a statement rarely names the treaty
    /// itself).</summary>
    public static List<Statement> StatementsOfTreaty(
        SqliteConnection db,
        string treaty,
        int offset = 0,
        int take = -1
    ) =>
        WithSpeakers(
            db,
            db.Query<StatementRow>(
                OfTreaty + " LIMIT @take OFFSET @offset",
                new
                {
                    treaty,
                    take,
                    offset,
                }
            )
        );

    private const string OfTreaty =
        StatementColumns
        + """
             FROM treaty_statements ts JOIN statements s ON s.id = ts.statement_id
             JOIN documents d ON d.id = s.document_id
             WHERE ts.treaty = @treaty
             ORDER BY ts.date, ts.statement_id
            """;

    /// <summary>A treaty's statements from a point of its timeline on (as <see
    /// cref="DeadlinesOfTreatyFrom"/>).</summary>
    public static List<Statement> StatementsOfTreatyFrom(
        SqliteConnection db,
        string treaty,
        string fromDate,
        string afterId,
        int take
    ) =>
        WithSpeakers(
            db,
            db.Query<StatementRow>(
                StatementsFromSql,
                new
                {
                    treaty,
                    fromDate,
                    afterId,
                    take,
                }
            )
        );

    private const string StatementsFromSql =
        StatementColumns
        + """
             FROM treaty_statements ts JOIN statements s ON s.id = ts.statement_id
             JOIN documents d ON d.id = s.document_id
             WHERE ts.treaty = @treaty AND ts.date >= @fromDate AND (ts.date > @fromDate OR ts.statement_id > @afterId)
             ORDER BY ts.date, ts.statement_id LIMIT @take
            """;

    /// <summary>Each statement of a speaker as (id, text), oldest first: what a paraphrase is compared with.</summary>
    public static List<(string Id, string Text)> TextsOfSpeaker(SqliteConnection db, string speaker) =>
        db.Query<(string Id, string Text)>(TextsOfSpeakerSql, new { speaker }).ToList();

    private const string TextsOfSpeakerSql = """
        SELECT s.id, s.text FROM statement_speakers ss JOIN statements s ON s.id = ss.statement_id
        WHERE ss.actor = @speaker ORDER BY ss.date, ss.statement_id
        """;

    /// <summary>
    /// One page of statements, ordered by (date, id); every filter is optional. <paramref name="afterKey"/> is
    /// the "date|id" of the last statement of the previous page.
    /// </summary>
    public static List<Statement> StatementPage(
        SqliteConnection db,
        string? speaker,
        string? treaty,
        string? from,
        string? to,
        string? afterKey,
        int take,
        bool newestFirst = false
    )
    {
        string? afterDate = null,
            afterId = null;
        if (afterKey is not null && afterKey.IndexOf('|') is var bar and >= 0)
        {
            afterDate = afterKey[..bar];
            afterId = afterKey[(bar + 1)..];
        }
        var parameters = new
        {
            speaker,
            treaty,
            from,
            to,
            afterDate,
            afterId,
            take,
        };
        // Six fixed queries (built once) rather than one assembled per request, chosen so that none scans or sorts all
        // statements: a speaker's page reads that speaker's statements in date order (statement_speakers_by_actor), a
        // treaty's those of the treaty (treaty_statements), any other walks statements_by_date; each stops at the page
        // size.
        var sql = (speaker is not null, treaty is not null, newestFirst) switch
        {
            (true, _, false) => BySpeaker + SpeakerOldest,
            (true, _, true) => BySpeaker + SpeakerNewest,
            (false, true, false) => ByTreaty + TreatyOldest,
            (false, true, true) => ByTreaty + TreatyNewest,
            (false, false, false) => ByDate + Oldest,
            (false, false, true) => ByDate + Newest,
        };
        return WithSpeakers(db, db.Query<StatementRow>(sql, parameters));
    }

    /// <summary>The fact queries, for a test that reads their query plans.</summary>
    internal static IEnumerable<(string Name, string Sql)> PlannedQueries =>
        [
            ("statements of a speaker, oldest first", BySpeaker + SpeakerOldest),
            ("statements of a speaker, newest first", BySpeaker + SpeakerNewest),
            ("statements of a treaty filtered, oldest first", ByTreaty + TreatyOldest),
            ("statements of a treaty filtered, newest first", ByTreaty + TreatyNewest),
            ("statements by date, oldest first", ByDate + Oldest),
            ("statements by date, newest first", ByDate + Newest),
            ("statements of a treaty", OfTreaty + " LIMIT @take"),
            ("limits of a treaty", LimitsOfTreatySql + " LIMIT @take"),
            ("treaty-text limits of a treaty", TreatyTextLimitsSql),
            ("deadlines of a treaty from a day (timeline)", DeadlinesFromSql),
            ("statements of a treaty from a day (timeline)", StatementsFromSql),
            ("deadlines of a treaty", DeadlinesOfTreatySql + " LIMIT @take"),
            ("limits of a unit (claims)", LimitValuesOfUnitSql),
            ("deadlines of a treaty (claims)", DeadlineDatesOfTreatySql),
            ("every deadline (claims, a date claim that names no treaty)", AllDeadlineDatesSql),
            ("statement texts of a speaker (claims)", TextsOfSpeakerSql),
        ];

    private const string OtherFilters = """

           AND (@treaty IS NULL OR EXISTS (SELECT 1 FROM treaty_statements t
                                           WHERE t.treaty = @treaty AND t.date = s.date AND t.statement_id = s.id))
           AND (@from IS NULL OR s.date >= @from)
           AND (@to IS NULL OR s.date <= @to)
        """;

    private const string BySpeaker =
        StatementColumns
        + """
             FROM statement_speakers ss JOIN statements s ON s.id = ss.statement_id
             JOIN documents d ON d.id = s.document_id
             WHERE ss.actor = @speaker
            """
        + OtherFilters;

    private const string ByTreaty =
        StatementColumns
        + """
             FROM treaty_statements ts JOIN statements s ON s.id = ts.statement_id
             JOIN documents d ON d.id = s.document_id
             WHERE ts.treaty = @treaty
               AND (@from IS NULL OR ts.date >= @from)
               AND (@to IS NULL OR ts.date <= @to)
            """;

    private const string ByDate = StatementSelect + " WHERE 1 = 1" + OtherFilters;

    // Keyset paging on the (date, id) columns that order a page: rows after the cursor, in that order, cut at the
    // page size. Each page's ordering columns are those of the index it walks, so that SQLite reads and stops rather
    // than sorting every match: statements_by_date; for a speaker, the copy of the date in statement_speakers
    // (statement_speakers_by_actor); for a treaty, treaty_statements' key. Each copy of the date equals s.date.
    private static string Keyset(string date, string id, bool newest) =>
        $"""

               AND (@afterId IS NULL OR ({date}, {id}) {(newest ? "<" : ">")} (@afterDate, @afterId))
             ORDER BY {date}{(newest ? " DESC" : "")}, {id}{(newest ? " DESC" : "")}
             LIMIT @take
            """;

    private static readonly string Oldest = Keyset("s.date", "s.id", newest: false);
    private static readonly string Newest = Keyset("s.date", "s.id", newest: true);
    private static readonly string SpeakerOldest = Keyset("ss.date", "ss.statement_id", newest: false);
    private static readonly string SpeakerNewest = Keyset("ss.date", "ss.statement_id", newest: true);
    private static readonly string TreatyOldest = Keyset("ts.date", "ts.statement_id", newest: false);
    private static readonly string TreatyNewest = Keyset("ts.date", "ts.statement_id", newest: true);

    public static string PageKey(Statement s) => s.Date?.Date + "|" + s.Id;

    private sealed record EventRow(
        string Id,
        string DocumentId,
        string Kind,
        string Date,
        string DatePrecision,
        string DateBasis,
        string? DateNote,
        string? Place,
        long Start,
        long End,
        string Quote,
        string DocTitle,
        string? DocPublisher,
        string? DocPublished,
        string? DocUrl
    );

    private const string EventColumns = $"""
        SELECT e.id, e.document_id, e.kind, e.date, e.date_precision, e.date_basis,
               e.date_note, e.place, e.start, e."end", e.quote, {DocumentColumns}
        FROM events e JOIN documents d ON d.id = e.document_id
        """;

    public static List<Event> EventsOfDocument(SqliteConnection db, string documentId) =>
        WithParticipants(
            db,
            db.Query<EventRow>(
                    EventColumns + " WHERE e.document_id = @documentId ORDER BY e.start, e.id",
                    new { documentId }
                )
                .ToList()
        );

    /// <summary>
    /// Events in the documents that mention a treaty, from a point of its timeline on (as <see
    /// cref="DeadlinesOfTreatyFrom"/>).
    /// Events have no treaty of their own and no date index: these are sorted, a few per document.
    /// </summary>
    public static List<Event> EventsOfTreatyFrom(
        SqliteConnection db,
        string treaty,
        string fromDate,
        string afterId,
        int take
    ) =>
        WithParticipants(
            db,
            db.Query<EventRow>(
                    EventColumns
                        + """
                         WHERE e.document_id IN (SELECT document_id FROM treaty_mentions WHERE treaty = @treaty)
                           AND e.date >= @fromDate AND (e.date > @fromDate OR e.id > @afterId)
                         ORDER BY e.date, e.id LIMIT @take
                        """,
                    new
                    {
                        treaty,
                        fromDate,
                        afterId,
                        take,
                    }
                )
                .ToList()
        );

    private static List<Event> WithParticipants(SqliteConnection db, List<EventRow> rows)
    {
        if (rows.Count == 0)
            return [];
        var participants = db.Query<SpeakerRow>(
                """
                SELECT p.event_id AS StatementId, p.actor, a.name, p.mention, p.resolution
                FROM event_participants p JOIN actors a ON a.slug = p.actor
                WHERE p.event_id IN @ids ORDER BY p.event_id, p.ordinal
                """,
                new { ids = rows.Select(r => r.Id).ToList() }
            )
            .ToLookup(s => s.StatementId, s => new SpeakerMention(s.Actor, s.Name, s.Mention, s.Resolution));
        return rows.Select(r => new Event(
                r.Id,
                r.Kind,
                participants[r.Id].ToList(),
                new DateValue(r.Date, r.DatePrecision, r.DateBasis, r.DateNote),
                r.Place,
                Source.Document(
                    r.DocumentId,
                    r.DocTitle,
                    r.DocPublisher,
                    r.DocPublished,
                    r.DocUrl,
                    (int)r.Start,
                    (int)r.End,
                    r.Quote,
                    null
                )
            ))
            .ToList();
    }

    private sealed record SpeakerRow(string StatementId, string Actor, string Name, string Mention, string Resolution);

    private static List<Statement> WithSpeakers(SqliteConnection db, IEnumerable<StatementRow> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
            return [];
        var speakers = db.Query<SpeakerRow>(
                """
                SELECT ss.statement_id, ss.actor, a.name, ss.mention, ss.resolution
                FROM statement_speakers ss JOIN actors a ON a.slug = ss.actor
                WHERE ss.statement_id IN @ids
                ORDER BY ss.statement_id, ss.ordinal
                """,
                new { ids = list.Select(r => r.Id).ToList() }
            )
            .ToLookup(s => s.StatementId, s => new SpeakerMention(s.Actor, s.Name, s.Mention, s.Resolution));
        return list.Select(r => new Statement(
                r.Id,
                r.Text,
                speakers[r.Id].ToList(),
                r.Date is null ? null : new DateValue(r.Date, r.DatePrecision!, r.DateBasis, r.DateNote),
                r.Place,
                r.AttributionStart is null
                    ? null
                    : new Excerpt((int)r.AttributionStart, (int)r.AttributionEnd!, r.AttributionQuote!),
                Source.Document(
                    r.DocumentId,
                    r.DocTitle,
                    r.DocPublisher,
                    r.DocPublished,
                    r.DocUrl,
                    (int)r.Start,
                    (int)r.End,
                    r.Quote,
                    r.OutletName is null
                        ? null
                        : new CitedOutlet(
                            r.OutletActor,
                            r.OutletName,
                            r.OutletLabel!,
                            r.OutletDate,
                            (int)r.OutletStart!,
                            (int)r.OutletEnd!,
                            r.OutletQuote!
                        )
                )
            ))
            .ToList();
    }
}
