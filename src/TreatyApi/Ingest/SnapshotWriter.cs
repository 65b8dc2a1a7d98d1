using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using TreatyApi.Extraction;

namespace TreatyApi.Ingest;

/// <summary>A row of the search index before it is numbered: see <see cref="SnapshotWriter.SearchRows"/>.</summary>
internal sealed record SearchRow(
    string Kind,
    string RefId,
    string? Treaty,
    string? Date,
    string Body,
    string Extra,
    IReadOnlyList<string> Speakers
);

/// <summary>The INSERTs of a snapshot, each next to its parameters.</summary>
internal sealed partial class SnapshotWriter(SqliteConnection db) : IDisposable
{
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _treaties = new(StringComparer.Ordinal);

    /// <summary>
    /// One prepared statement per SQL text, reused for every row: a document gives some thirty rows, and parsing
    /// and planning each INSERT again (as a new command per call does) was half of the writer's time.
    /// Keyed by reference: every SQL text here is a literal, and literals are interned.
    /// The statements are SQLite's own (SQLitePCL.raw), run on the open connection inside its transaction: a
    /// SqliteCommand's ExecuteNonQuery opens a data reader, walks its statements and binds each parameter through
    /// type dispatch, which cost the single writer about as much CPU as SQLite's own work (README → Performance).
    /// </summary>
    private readonly Dictionary<string, (sqlite3_stmt Statement, int[] Slots)> _prepared = new(
        ReferenceEqualityComparer.Instance
    );

    /// <summary>
    /// Runs <paramref name="sql"/> with <paramref name="values"/> bound, in order, to its @names in order of
    /// first appearance. A count that does not match is a bug here, so it throws. Returns the rows changed (0 when an
    /// ON CONFLICT DO NOTHING met a row already there).
    /// </summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Exec(string sql, params object?[] values)
    {
        var handle = db.Handle!;
        if (!_prepared.TryGetValue(sql, out var prepared))
        {
            Check(raw.sqlite3_prepare_v2(handle, sql, out var statement, out var tail), sql);
            if (!string.IsNullOrWhiteSpace(tail))
                throw new InvalidOperationException($"one statement per Exec: {sql}");
            var names = ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal);
            var slots = names.Select(n => raw.sqlite3_bind_parameter_index(statement, n)).ToArray();
            _prepared[sql] = prepared = (statement, slots);
        }
        if (values.Length != prepared.Slots.Length)
            throw new InvalidOperationException($"{prepared.Slots.Length} parameters, {values.Length} values: {sql}");
        var stmt = prepared.Statement;
        try
        {
            for (var i = 0; i < values.Length; i++)
                Check(Bind(stmt, prepared.Slots[i], values[i]), sql);
            var rc = raw.sqlite3_step(stmt);
            if (rc != raw.SQLITE_DONE)
                Check(rc == raw.SQLITE_ROW ? raw.SQLITE_MISUSE : rc, sql);
            return raw.sqlite3_changes(handle);
        }
        finally
        {
            raw.sqlite3_reset(stmt);
        }
    }

    /// <summary>Binds as Microsoft.Data.Sqlite binds these types: text, 64-bit integers (booleans as 0/1),
    /// doubles, NULL. Any other type is a bug here, so it throws.</summary>
    private static int Bind(sqlite3_stmt stmt, int slot, object? value) =>
        value switch
        {
            null or DBNull => raw.sqlite3_bind_null(stmt, slot),
            string s => raw.sqlite3_bind_text(stmt, slot, s),
            int n => raw.sqlite3_bind_int64(stmt, slot, n),
            long n => raw.sqlite3_bind_int64(stmt, slot, n),
            bool b => raw.sqlite3_bind_int64(stmt, slot, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(stmt, slot, d),
            _ => throw new InvalidOperationException($"no binding for a {value.GetType()}"),
        };

    private void Check(int rc, string sql)
    {
        if (rc != raw.SQLITE_OK)
        {
            var message = raw.sqlite3_errmsg(db.Handle).utf8_to_string();
            throw new SqliteException($"SQLite Error {rc}: '{message}' ({sql})", rc);
        }
    }

    public void Dispose()
    {
        foreach (var (statement, _) in _prepared.Values)
            statement.Dispose();
        _prepared.Clear();
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();

    private static string Key(string alias) => TextStructure.Normalize(alias).ToLowerInvariant();

    public void WriteCatalog(Catalog catalog)
    {
        foreach (var (key, citation) in catalog.Citations.OrderBy(c => c.Key, StringComparer.Ordinal))
            Exec(
                "INSERT INTO citations (key, title, url, kind) VALUES (@Key, @Title, @Url, @Kind)",
                key,
                citation.Title,
                citation.Url,
                citation.Kind
            );
        foreach (var a in catalog.Actors)
        {
            Exec(
                """
                INSERT INTO actors (slug, kind, name, catalogued, citation)
                VALUES (@Slug, @Kind, @Name, 1, @Citation)
                """,
                a.Slug,
                a.Kind,
                a.Name,
                a.Citation
            );
            _actors.Add(a.Slug);
            foreach (var alias in a.Aliases.Append(a.Name).Append(a.Slug))
                Exec(
                    """
                    INSERT INTO actor_aliases (alias_key, actor, alias)
                    VALUES (@Key, @Actor, @Alias)
                    ON CONFLICT DO NOTHING
                    """,
                    Key(alias),
                    a.Slug,
                    alias
                );
        }
        foreach (var a in catalog.Actors)
        foreach (var r in a.Roles)
            Exec(
                """
                INSERT INTO actor_roles (actor, role, of_actor, from_date, to_date, citation)
                VALUES (@Actor, @Role, @Of, @From, @To, @Citation)
                """,
                a.Slug,
                r.Role,
                r.Of,
                Iso(r.From),
                r.To is { } t ? Iso(t) : null,
                r.Citation
            );
        foreach (var t in catalog.Treaties)
        {
            Exec(
                """
                INSERT INTO treaties (slug, name, full_name, kind, catalogued)
                VALUES (@Slug, @Name, @FullName, @Kind, 1)
                """,
                t.Slug,
                t.Name,
                t.FullName,
                t.Kind
            );
            _treaties.Add(t.Slug);
            foreach (var alias in t.Aliases.Append(t.Name).Append(t.Slug))
                Exec(
                    """
                    INSERT INTO treaty_aliases (alias_key, treaty, alias)
                    VALUES (@Key, @Treaty, @Alias)
                    ON CONFLICT DO NOTHING
                    """,
                    Key(alias),
                    t.Slug,
                    alias
                );
            for (var i = 0; i < t.Parties.Count; i++)
                Exec(
                    "INSERT INTO treaty_parties (treaty, ordinal, actor) VALUES (@Treaty, @Ordinal, @Actor)",
                    t.Slug,
                    i,
                    t.Parties[i]
                );
            for (var i = 0; i < t.Dates.Count; i++)
                Exec(
                    """
                    INSERT INTO treaty_dates (treaty, ordinal, kind, date, place, citation, checked)
                    VALUES (@Treaty, @Ordinal, @Kind, @Date, @Place, @Citation, @Checked)
                    """,
                    t.Slug,
                    i,
                    t.Dates[i].Kind,
                    Iso(t.Dates[i].Date),
                    t.Dates[i].Place,
                    t.Dates[i].Citation,
                    t.Dates[i].Checked
                );
            _treatyDates[t.Slug] = t;
        }
        WriteCatalogFacts(catalog);
    }

    /// <summary>The catalog's treaties by slug: what a deadline relative to a treaty's event is resolved
    /// against.</summary>
    private readonly Dictionary<string, TreatyEntry> _treatyDates = new(StringComparer.Ordinal);

    /// <summary>The day <paramref name="offset"/> after the treaty's <paramref name="event"/>; null when it is not
    /// dated.</summary>
    private string? Resolve(string? treaty, string @event, string? offset) =>
        treaty is not null
        && _treatyDates.TryGetValue(treaty, out var t)
        && t.DateOf(@event) is { } from
        && IsoDuration.Add(from, offset) is { } day
            ? Iso(day)
            : null;

    /// <summary>Depositaries, party counts, limits written in treaty texts and what each state did, with their
    /// ids.</summary>
    private void WriteCatalogFacts(Catalog catalog)
    {
        foreach (var t in catalog.Treaties)
        {
            var depositaries = t.Depositaries ?? [];
            for (var i = 0; i < depositaries.Count; i++)
                Exec(
                    "INSERT INTO treaty_depositaries (treaty, ordinal, actor) VALUES (@Treaty, @Ordinal, @Actor)",
                    t.Slug,
                    i,
                    depositaries[i]
                );
            if (t.PartyCount is { } c)
                Exec(
                    """
                    INSERT INTO treaty_party_counts (treaty, count, as_of, citation, checked)
                    VALUES (@Treaty, @Count, @AsOf, @Citation, @Checked)
                    """,
                    t.Slug,
                    c.Count,
                    Iso(c.AsOf),
                    c.Citation,
                    c.Checked
                );
        }
        for (var i = 0; i < catalog.TreatyLimits.Count; i++)
        {
            var l = catalog.TreatyLimits[i];
            var relative = l.Deadline is { RelativeTo: { } r } ? (Event: r, Offset: l.Deadline.Offset) : default;
            var deadline =
                l.Deadline?.Date is { } fixedDate ? Iso(fixedDate)
                : relative.Event is not null ? Resolve(l.Treaty, relative.Event, relative.Offset)
                : null;
            var note =
                relative.Event is not null && deadline is not null
                    ? $"{relative.Offset} after {relative.Event} "
                        + $"({Iso(_treatyDates[l.Treaty].DateOf(relative.Event)!.Value)})"
                    : null;
            Exec(
                """
                INSERT INTO treaty_text_limits (id, treaty, ordinal, key, article, paragraph, measure, value, min, unit,
                    counted, binds, each_party, deadline_date, deadline_basis, deadline_note, relative_to,
                    relative_offset,
                    duration_offset, duration_from, duration_until, citation, checked)
                VALUES (@Id, @Treaty, @Ordinal, @Key, @Article, @Paragraph, @Measure, @Value, @Min, @Unit,
                    @Counted, @Binds, @EachParty, @DeadlineDate, @DeadlineBasis, @DeadlineNote, @RelativeTo,
                    @RelativeOffset,
                    @DurationOffset, @DurationFrom, @DurationUntil, @Citation, @Checked)
                """,
                FactIds.Make("tl", l.Treaty, l.Key),
                l.Treaty,
                i,
                l.Key,
                l.Article,
                l.Paragraph,
                l.Measure,
                (double)l.Value,
                (double?)l.Min,
                l.Unit,
                l.Counted,
                JsonSerializer.Serialize(l.Binds ?? []),
                l.EachParty,
                deadline,
                deadline is null ? null
                    : relative.Event is null ? "stated"
                    : "relative",
                note,
                relative.Event,
                relative.Offset,
                l.Duration?.Offset,
                l.Duration?.From,
                l.Duration is { From: { } from } du ? Resolve(l.Treaty, from, du.Offset) : null,
                l.Citation,
                l.Checked
            );
        }
        for (var i = 0; i < catalog.StateActions.Count; i++)
        {
            var a = catalog.StateActions[i];
            Exec(
                """
                INSERT INTO state_actions (id, treaty, state, ordinal, kind, date, effective, citation, checked, note)
                VALUES (@Id, @Treaty, @State, @Ordinal, @Kind, @Date, @Effective, @Citation, @Checked, @Note)
                """,
                FactIds.Make("sa", a.Treaty, a.State, a.Kind, Iso(a.Date)),
                a.Treaty,
                a.State,
                i,
                a.Kind,
                Iso(a.Date),
                a.Effective is { } e ? Iso(e) : null,
                a.Citation,
                a.Checked,
                a.Note
            );
        }
    }

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteDocument(SeedDocument doc, ExtractionResult facts)
    {
        Exec(
            """
            INSERT INTO documents (id, title, publisher, url, published, sha256, text)
            VALUES (@Id, @Title, @Publisher, @Url, @Published, @Sha256, @Text)
            """,
            doc.Id,
            doc.Title,
            doc.Meta.Publisher,
            doc.Meta.Url,
            doc.Published is { } p ? Iso(p) : null,
            doc.Sha256,
            doc.Text
        );

        // The treaties this document's stored mentions name: each statement stored from it belongs to each of them.
        var treaties = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in facts.Treaties)
        {
            // A treaty known only by its form in this text becomes an uncatalogued treaty.
            if (_treaties.Add(m.Slug))
            {
                Exec(
                    """
                    INSERT INTO treaties (slug, name, full_name, kind, catalogued)
                    VALUES (@Slug, @Name, NULL, NULL, 0)
                    """,
                    m.Slug,
                    m.Name
                );
                Exec(
                    """
                    INSERT INTO treaty_aliases (alias_key, treaty, alias)
                    VALUES (@Key, @Slug, @Name)
                    ON CONFLICT DO NOTHING
                    """,
                    Key(m.Name),
                    m.Slug,
                    m.Name
                );
            }
            if (
                Exec(
                    """
                    INSERT INTO treaty_mentions (document_id, treaty, start, "end", quote)
                    VALUES (@Doc, @Slug, @Start, @End, @Quote)
                    ON CONFLICT DO NOTHING
                    """,
                    doc.Id,
                    m.Slug,
                    m.Span.Start,
                    m.Span.End,
                    m.Span.Quote
                ) == 1
            )
                treaties.Add(m.Slug);
        }

        foreach (var l in facts.Limits)
        {
            // A deadline the text gave relative to an event of the treaty is resolved here when the catalog dates it.
            var deadline = l.Deadline?.Iso
                ?? (l.RelativeDeadline is { } r ? Resolve(l.TreatySlug, r.Event, r.Offset) : null);
            var precision =
                l.Deadline is { } d ? Precision(d.Precision)
                : deadline is null ? null
                : "day";
            Exec(
                """
                INSERT INTO limits (id, document_id, treaty, value, unit, counted, binds, each_party, deadline_date,
                    deadline_precision, start, "end", quote, measure, min, relative_to, relative_offset,
                    duration_offset, duration_from, duration_until)
                VALUES (@Id, @Doc, @TreatySlug, @Value, @Unit, @Counted, @Binds, @EachParty, @DeadlineDate,
                    @DeadlinePrecision, @Start, @End, @Quote, @Measure, @Min, @RelativeTo, @RelativeOffset,
                    @DurationOffset, @DurationFrom, @DurationUntil)
                """,
                l.Id,
                doc.Id,
                l.TreatySlug,
                (double)l.Value,
                l.Unit,
                l.Counted,
                JsonSerializer.Serialize(l.Binds),
                l.EachParty,
                deadline,
                precision,
                l.Span.Start,
                l.Span.End,
                l.Span.Quote,
                l.Measure,
                (double?)l.Min,
                l.RelativeDeadline?.Event,
                l.RelativeDeadline?.Offset,
                l.Duration?.Offset,
                l.Duration?.From,
                l.Duration is { From: { } from } du ? Resolve(l.TreatySlug, from, du.Offset) : null
            );
        }

        foreach (var d in facts.Deadlines)
            Exec(
                """
                INSERT INTO deadlines (id, document_id, treaty, date, precision, kind, action, start, "end", quote,
                    relative_to, relative_offset)
                VALUES (@Id, @Doc, @TreatySlug, @Date, @Precision, @Kind, @Action, @Start, @End, @Quote,
                    @RelativeTo, @RelativeOffset)
                """,
                d.Id,
                doc.Id,
                d.TreatySlug,
                d.Date?.Iso,
                d.Date is { } dd ? Precision(dd.Precision) : null,
                d.Kind,
                d.Action,
                d.Span.Start,
                d.Span.End,
                d.Span.Quote,
                d.Relative?.Event,
                d.Relative?.Offset
            );

        foreach (var s in facts.Statements)
        {
            foreach (var sp in s.Speakers.Where(sp => _actors.Add(sp.Slug)))
            {
                Exec(
                    "INSERT INTO actors (slug, kind, name, catalogued, citation) VALUES (@Slug, @Kind, @Name, 0, NULL)",
                    sp.Slug,
                    sp.Kind,
                    sp.Name
                );
                Exec(
                    """
                    INSERT INTO actor_aliases (alias_key, actor, alias)
                    VALUES (@Key, @Slug, @Name)
                    ON CONFLICT DO NOTHING
                    """,
                    Key(sp.Name),
                    sp.Slug,
                    sp.Name
                );
            }
            var stored =
                Exec(
                    """
                    INSERT INTO statements (id, document_id, text, date, date_precision, date_basis, date_note, place,
                        outlet_actor, outlet_name, outlet_label, outlet_date, outlet_start, outlet_end, outlet_quote,
                        start, "end", quote, attribution_start, attribution_end, attribution_quote)
                    VALUES (@Id, @Doc, @Text, @Date, @DatePrecision, @DateBasis, @DateNote, @Place,
                        @OutletActor, @OutletName, @OutletLabel, @OutletDate, @OutletStart, @OutletEnd, @OutletQuote,
                        @Start, @End, @Quote, @AttributionStart, @AttributionEnd, @AttributionQuote)
                    ON CONFLICT DO NOTHING
                    """,
                    s.Id,
                    doc.Id,
                    s.Text,
                    s.Date?.Iso,
                    s.Date is { } d ? Precision(d.Precision) : null,
                    s.Date?.Basis,
                    s.Date?.Note,
                    s.Place,
                    s.Outlet?.Slug,
                    s.Outlet?.Name,
                    s.Outlet?.Label,
                    s.Outlet?.Date is { } od ? Iso(od) : null,
                    s.Outlet?.Span.Start,
                    s.Outlet?.Span.End,
                    s.Outlet?.Span.Quote,
                    s.Span.Start,
                    s.Span.End,
                    s.Span.Quote,
                    s.Attribution?.Start,
                    s.Attribution?.End,
                    s.Attribution?.Quote
                ) == 1;
            // A statement already stored from an earlier document (the same words, reported twice) belongs to that one.
            if (stored)
                foreach (var treaty in treaties)
                    Exec(
                        "INSERT INTO treaty_statements (treaty, date, statement_id) VALUES (@Treaty, @Date, @Id)",
                        treaty,
                        s.Date?.Iso,
                        s.Id
                    );
            for (var i = 0; i < s.Speakers.Count; i++)
                Exec(
                    """
                    INSERT INTO statement_speakers (statement_id, ordinal, actor, mention, resolution, date)
                    VALUES (@Id, @Ordinal, @Slug, @Mention, @Resolution, @Date)
                    ON CONFLICT DO NOTHING
                    """,
                    s.Id,
                    i,
                    s.Speakers[i].Slug,
                    s.Speakers[i].Mention,
                    s.Speakers[i].Resolution,
                    s.Date?.Iso
                );
        }
    }

    private long _searchRow;

    /// <summary>
    /// Index rows for search: the shown text in body, names and figures in extra. Pure, so ingest computes them
    /// beside extraction on every core: the figures of a whole document's text are a scan of it, too slow for the
    /// single writer.
    /// </summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<SearchRow> SearchRows(SeedDocument doc, ExtractionResult facts)
    {
        var rows = new List<SearchRow>();
        var treatyNames = facts
            .Treaties.GroupBy(t => t.Slug)
            .ToDictionary(
                g => g.Key,
                g => string.Join(' ', g.Select(t => t.Span.Quote).Append(g.First().Name).Distinct())
            );
        string Names(string? treaty) => treaty is not null && treatyNames.TryGetValue(treaty, out var n) ? n : "";
        void Row(
            string kind,
            string refId,
            string? treaty,
            string? date,
            string body,
            string extra,
            IEnumerable<string> speakers
        ) =>
            rows.Add(
                new SearchRow(
                    kind,
                    refId,
                    treaty,
                    date,
                    body,
                    extra + " " + SearchText.Figures(body),
                    speakers.ToList()
                )
            );
        foreach (var s in facts.Statements)
            Row(
                "statement",
                s.Id,
                null,
                s.Date?.Iso,
                s.Span.Quote,
                string.Join(' ', s.Speakers.SelectMany(x => new[] { x.Name, x.Mention })) + " " + s.Outlet?.Name,
                s.Speakers.Select(x => x.Slug)
            );
        foreach (var l in facts.Limits)
            Row(
                "limit",
                l.Id,
                l.TreatySlug,
                l.Deadline?.Iso,
                l.Span.Quote,
                $"{Names(l.TreatySlug)} {l.Counted} {l.Value}",
                []
            );
        foreach (var d in facts.Deadlines)
            Row("deadline", d.Id, d.TreatySlug, d.Date?.Iso, d.Span.Quote, $"{Names(d.TreatySlug)} {d.Action}", []);
        Row(
            "document",
            doc.Id,
            null,
            doc.Published is { } p ? Iso(p) : null,
            doc.Text,
            doc.Title + " " + doc.Meta.Publisher,
            []
        );
        return rows;
    }

    /// <summary>Writes a document's <see cref="SearchRows"/>, numbering them in the order written.</summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteSearch(SeedDocument doc, IReadOnlyList<SearchRow> rows)
    {
        foreach (var r in rows)
        {
            var rowid = ++_searchRow;
            Exec("INSERT INTO search (rowid, body, extra) VALUES (@rowid, @body, @extra)", rowid, r.Body, r.Extra);
            Exec(
                """
                INSERT INTO search_refs (rowid, kind, ref_id, document_id, treaty, date)
                VALUES (@rowid, @kind, @refId, @Id, @treaty, @date)
                """,
                rowid,
                r.Kind,
                r.RefId,
                doc.Id,
                r.Treaty,
                r.Date
            );
            foreach (var actor in r.Speakers)
                Exec(
                    "INSERT INTO search_speakers (rowid, actor) VALUES (@rowid, @actor) ON CONFLICT DO NOTHING",
                    rowid,
                    actor
                );
        }
    }

    public void WriteEvents(SeedDocument doc, IReadOnlyList<EventFact> events)
    {
        foreach (var e in events)
        {
            Exec(
                """
                INSERT INTO events
                    (id, document_id, kind, date, date_precision, date_basis, date_note, place, start, "end", quote)
                VALUES (@Id, @Doc, @Kind, @Date, @DatePrecision, @DateBasis, @DateNote, @Place, @Start, @End, @Quote)
                ON CONFLICT DO NOTHING
                """,
                e.Id,
                doc.Id,
                e.Kind,
                e.Date.Iso,
                Precision(e.Date.Precision),
                e.Date.Basis,
                e.Date.Note,
                e.Place,
                e.Span.Start,
                e.Span.End,
                e.Span.Quote
            );
            for (var i = 0; i < e.Participants.Count; i++)
                Exec(
                    """
                    INSERT INTO event_participants (event_id, ordinal, actor, mention, resolution)
                    VALUES (@Id, @Ordinal, @Slug, @Mention, @Resolution)
                    ON CONFLICT DO NOTHING
                    """,
                    e.Id,
                    i,
                    e.Participants[i].Slug,
                    e.Participants[i].Mention,
                    e.Participants[i].Resolution
                );
        }
    }

    /// <param name="catalogJson">The catalog's files, kept so the API reads claims and extracts with the very
    /// catalog the snapshot was built from.</param>
    public void WriteInfo(string snapshotId, DateTimeOffset builtAt, int documents, CatalogJson catalogJson)
    {
        foreach (
            var (key, value) in new[]
            {
                ("catalog_limits", catalogJson.Limits),
                ("catalog_actions", catalogJson.Actions),
                ("snapshot_id", snapshotId),
                ("built_at", builtAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                ("documents", documents.ToString(CultureInfo.InvariantCulture)),
                ("catalog_treaties", catalogJson.Treaties),
                ("catalog_actors", catalogJson.Actors),
            }
        )
        {
            if (value is not null)
                Exec("INSERT INTO snapshot_info (key, value) VALUES (@Key, @Value)", key, value);
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Precision(DatePrecision p) => p.ToString().ToLowerInvariant();
}
