using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;

namespace TreatyApi.Ingest;

/// <summary>What one document gave, for the ingest report.</summary>
public sealed record DocumentReport(string Id, int Treaties, int Limits, int Deadlines, int Statements, int Events);

public sealed record IngestReport(string SnapshotId, IReadOnlyList<DocumentReport> Documents, TimeSpan Elapsed);

/// <summary>
/// Builds an SQLite snapshot from seeds/ and the ordered schema files in db/. It writes a temporary file
/// beside the target and renames it into place, so a crash leaves the previous snapshot whole.
/// </summary>
public static class SnapshotBuilder
{
    /// <summary>
    /// A hash of everything the snapshot is made from: schema, catalog, documents and side files, and the
    /// extractor build. Equal inputs give an equal id, so a snapshot is rebuilt only when one changed.
    /// </summary>
    public static string InputHash(string seedsDir, string schemaDir)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(schemaDir, "*.sql")
            .Concat(Directory.EnumerateFiles(Path.Combine(seedsDir, "catalog"), "*.json"))
            .Concat(Directory.EnumerateFiles(Path.Combine(seedsDir, "documents")))
            .Select(Path.GetFullPath).Order(StringComparer.Ordinal);
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(seedsDir, f).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(f));
        }
        sha.AppendData(typeof(Extractor).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    /// <summary>Temporary files of ingests that were killed (their process is gone) are only litter.</summary>
    private static void RemoveAbandonedTemps(string databasePath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        if (!Directory.Exists(dir)) return;
        foreach (var temp in Directory.EnumerateFiles(dir, Path.GetFileName(databasePath) + ".tmp-*"))
        {
            var pid = Path.GetFileName(temp).Split(".tmp-")[^1].Split('-')[0];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && IsRunning(id)) continue;
            try { File.Delete(temp); }
            catch (IOException) { }
        }
    }

    private static bool IsRunning(int pid)
    {
        try { using var p = Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
    }

    /// <summary>
    /// Reads and extracts documents on every core (extraction is pure), handing them to the single writer in
    /// file order, so the snapshot is the same as a sequential build. Streams: a few documents are in flight,
    /// never the whole corpus.
    /// </summary>
    private static IEnumerable<(SeedDocument Doc, ExtractionResult Facts)> ReadAndExtract(string seedsDir, Extractor extractor)
    {
        var pipeline = SeedReader.DocumentPaths(seedsDir).AsParallel().AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
            .Select(path =>
            {
                var doc = SeedReader.ReadDocument(path);
                return (doc, extractor.Extract(new SourceDocument(doc.Id, doc.Text, doc.Published)));
            });
        using var items = pipeline.GetEnumerator();
        while (true)
        {
            try
            {
                if (!items.MoveNext()) yield break;
            }
            catch (AggregateException e) when (e.InnerExceptions.OfType<IngestException>().FirstOrDefault() is { } first)
            {
                // Name the first malformed file in order, as a sequential ingest would.
                throw e.InnerExceptions.OfType<IngestException>().OrderBy(x => x.Message, StringComparer.Ordinal).First() ?? first;
            }
            yield return items.Current;
        }
    }

    public static IngestReport Build(string seedsDir, string schemaDir, string databasePath, TimeProvider clock)
    {
        var watch = Stopwatch.StartNew();
        var catalog = SeedReader.ReadCatalog(seedsDir);
        var catalogJson = SeedReader.ReadCatalogJson(seedsDir);
        var extractor = new Extractor(catalog);
        var snapshotId = InputHash(seedsDir, schemaDir);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        RemoveAbandonedTemps(databasePath);
        var temp = $"{databasePath}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var reports = new List<DocumentReport>();
        try
        {
            // Pooling off: the file must be fully closed before it is renamed.
            using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
            {
                db.Open();
                // A temporary file that is renamed only when complete needs no journal.
                db.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
                foreach (var file in Directory.EnumerateFiles(schemaDir, "*.sql").Order(StringComparer.Ordinal))
                    db.Execute(File.ReadAllText(file));
                using var tx = db.BeginTransaction();
                var writer = new SnapshotWriter(db, tx);
                writer.WriteCatalog(catalog);
                foreach (var (doc, facts) in ReadAndExtract(seedsDir, extractor))
                {
                    writer.WriteDocument(doc, facts);
                    writer.WriteEvents(doc, facts.Events);
                    writer.WriteSearch(doc, facts);
                    reports.Add(new DocumentReport(doc.Id, facts.Treaties.Select(t => t.Slug).Distinct().Count(),
                        facts.Limits.Count, facts.Deadlines.Count, facts.Statements.Count, facts.Events.Count));
                }
                writer.WriteInfo(snapshotId, clock.GetUtcNow(), reports.Count, catalogJson);
                tx.Commit();
                db.Execute("PRAGMA optimize;");
            }
            File.Move(temp, databasePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return new IngestReport(snapshotId, reports, watch.Elapsed);
    }
}

/// <summary>The INSERTs of a snapshot, each next to its parameters.</summary>
internal sealed class SnapshotWriter(SqliteConnection db, SqliteTransaction tx)
{
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _treaties = new(StringComparer.Ordinal);

    private static string Key(string alias) => TextStructure.Normalize(alias).ToLowerInvariant();

    public void WriteCatalog(Catalog catalog)
    {
        db.Execute("INSERT INTO citations (key, title, url) VALUES (@Key, @Title, @Url)",
            catalog.Citations.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new { c.Key, c.Value.Title, c.Value.Url }), tx);
        foreach (var a in catalog.Actors)
        {
            db.Execute("INSERT INTO actors (slug, kind, name, catalogued, citation) VALUES (@Slug, @Kind, @Name, 1, @Citation)", a, tx);
            _actors.Add(a.Slug);
            db.Execute("""
                INSERT INTO actor_aliases (alias_key, actor, alias) VALUES (@Key, @Actor, @Alias)
                ON CONFLICT DO NOTHING
                """,
                a.Aliases.Append(a.Name).Append(a.Slug).Select(x => new { Key = Key(x), Actor = a.Slug, Alias = x }), tx);
        }
        foreach (var a in catalog.Actors)
            db.Execute("""
                INSERT INTO actor_roles (actor, role, of_actor, from_date, to_date, citation)
                VALUES (@Actor, @Role, @Of, @From, @To, @Citation)
                """,
                a.Roles.Select(r => new { Actor = a.Slug, r.Role, r.Of, From = Iso(r.From), To = r.To is { } t ? Iso(t) : null, r.Citation }), tx);
        foreach (var t in catalog.Treaties)
        {
            db.Execute("INSERT INTO treaties (slug, name, full_name, kind, catalogued) VALUES (@Slug, @Name, @FullName, @Kind, 1)", t, tx);
            _treaties.Add(t.Slug);
            db.Execute("""
                INSERT INTO treaty_aliases (alias_key, treaty, alias) VALUES (@Key, @Treaty, @Alias)
                ON CONFLICT DO NOTHING
                """,
                t.Aliases.Append(t.Name).Append(t.Slug).Select(x => new { Key = Key(x), Treaty = t.Slug, Alias = x }), tx);
            db.Execute("INSERT INTO treaty_parties (treaty, ordinal, actor) VALUES (@Treaty, @Ordinal, @Actor)",
                t.Parties.Select((p, i) => new { Treaty = t.Slug, Ordinal = i, Actor = p }), tx);
            db.Execute("""
                INSERT INTO treaty_dates (treaty, ordinal, kind, date, place, citation)
                VALUES (@Treaty, @Ordinal, @Kind, @Date, @Place, @Citation)
                """,
                t.Dates.Select((d, i) => new { Treaty = t.Slug, Ordinal = i, d.Kind, Date = Iso(d.Date), d.Place, d.Citation }), tx);
        }
    }

    public void WriteDocument(SeedDocument doc, ExtractionResult facts)
    {
        db.Execute("""
            INSERT INTO documents (id, title, publisher, url, published, sha256, text)
            VALUES (@Id, @Title, @Publisher, @Url, @Published, @Sha256, @Text)
            """,
            new { doc.Id, doc.Title, doc.Meta.Publisher, doc.Meta.Url, Published = doc.Published is { } p ? Iso(p) : null, doc.Sha256, doc.Text }, tx);

        foreach (var m in facts.Treaties)
        {
            // A treaty known only by its form in this text becomes an uncatalogued treaty.
            if (_treaties.Add(m.Slug))
            {
                db.Execute("INSERT INTO treaties (slug, name, full_name, kind, catalogued) VALUES (@Slug, @Name, NULL, NULL, 0)", m, tx);
                db.Execute("INSERT INTO treaty_aliases (alias_key, treaty, alias) VALUES (@Key, @Slug, @Name) ON CONFLICT DO NOTHING",
                    new { Key = Key(m.Name), m.Slug, m.Name }, tx);
            }
            db.Execute("""
                INSERT INTO treaty_mentions (document_id, treaty, start, "end", quote) VALUES (@Doc, @Slug, @Start, @End, @Quote)
                ON CONFLICT DO NOTHING
                """,
                new { Doc = doc.Id, m.Slug, m.Span.Start, m.Span.End, m.Span.Quote }, tx);
        }

        db.Execute("""
            INSERT INTO limits (id, document_id, treaty, value, unit, counted, binds, each_party, deadline_date, deadline_precision, start, "end", quote)
            VALUES (@Id, @Doc, @TreatySlug, @Value, @Unit, @Counted, @Binds, @EachParty, @DeadlineDate, @DeadlinePrecision, @Start, @End, @Quote)
            """,
            facts.Limits.Select(l => new
            {
                l.Id, Doc = doc.Id, l.TreatySlug, Value = (double)l.Value, l.Unit, l.Counted,
                Binds = JsonSerializer.Serialize(l.Binds), l.EachParty, DeadlineDate = l.Deadline?.Iso,
                DeadlinePrecision = l.Deadline is { } d ? Precision(d.Precision) : null, l.Span.Start, l.Span.End, l.Span.Quote,
            }), tx);

        db.Execute("""
            INSERT INTO deadlines (id, document_id, treaty, date, precision, kind, action, start, "end", quote)
            VALUES (@Id, @Doc, @TreatySlug, @Date, @Precision, @Kind, @Action, @Start, @End, @Quote)
            """,
            facts.Deadlines.Select(d => new
            {
                d.Id, Doc = doc.Id, d.TreatySlug, Date = d.Date.Iso, Precision = Precision(d.Date.Precision), d.Kind, d.Action,
                d.Span.Start, d.Span.End, d.Span.Quote,
            }), tx);

        foreach (var s in facts.Statements)
        {
            foreach (var sp in s.Speakers.Where(sp => _actors.Add(sp.Slug)))
            {
                db.Execute("INSERT INTO actors (slug, kind, name, catalogued, citation) VALUES (@Slug, 'person', @Name, 0, NULL)", sp, tx);
                db.Execute("INSERT INTO actor_aliases (alias_key, actor, alias) VALUES (@Key, @Slug, @Name) ON CONFLICT DO NOTHING",
                    new { Key = Key(sp.Name), sp.Slug, sp.Name }, tx);
            }
            db.Execute("""
                INSERT INTO statements (id, document_id, text, date, date_precision, date_basis, date_note, place,
                    outlet_actor, outlet_name, outlet_label, outlet_date, outlet_start, outlet_end, outlet_quote,
                    start, "end", quote, attribution_start, attribution_end, attribution_quote)
                VALUES (@Id, @Doc, @Text, @Date, @DatePrecision, @DateBasis, @DateNote, @Place,
                    @OutletActor, @OutletName, @OutletLabel, @OutletDate, @OutletStart, @OutletEnd, @OutletQuote,
                    @Start, @End, @Quote, @AttributionStart, @AttributionEnd, @AttributionQuote)
                ON CONFLICT DO NOTHING
                """,
                new
                {
                    s.Id, Doc = doc.Id, s.Text, Date = s.Date?.Iso, DatePrecision = s.Date is { } d ? Precision(d.Precision) : null,
                    DateBasis = s.Date?.Basis, DateNote = s.Date?.Note, s.Place,
                    OutletActor = s.Outlet?.Slug, OutletName = s.Outlet?.Name, OutletLabel = s.Outlet?.Label,
                    OutletDate = s.Outlet?.Date is { } od ? Iso(od) : null,
                    OutletStart = s.Outlet?.Span.Start, OutletEnd = s.Outlet?.Span.End, OutletQuote = s.Outlet?.Span.Quote,
                    s.Span.Start, s.Span.End, s.Span.Quote,
                    AttributionStart = s.Attribution?.Start, AttributionEnd = s.Attribution?.End, AttributionQuote = s.Attribution?.Quote,
                }, tx);
            db.Execute("""
                INSERT INTO statement_speakers (statement_id, ordinal, actor, mention, resolution)
                VALUES (@Id, @Ordinal, @Slug, @Mention, @Resolution)
                ON CONFLICT DO NOTHING
                """,
                s.Speakers.Select((sp, i) => new { s.Id, Ordinal = i, sp.Slug, sp.Mention, sp.Resolution }), tx);
        }
    }

    private long _searchRow;

    /// <summary>Index rows for search: the shown text in body, names and figures in extra.</summary>
    public void WriteSearch(SeedDocument doc, ExtractionResult facts)
    {
        var treatyNames = facts.Treaties.GroupBy(t => t.Slug).ToDictionary(g => g.Key, g => string.Join(' ', g.Select(t => t.Span.Quote).Append(g.First().Name).Distinct()));
        string Names(string? treaty) => treaty is not null && treatyNames.TryGetValue(treaty, out var n) ? n : "";
        void Row(string kind, string refId, string? treaty, string? date, string body, string extra, IEnumerable<string> speakers)
        {
            var rowid = ++_searchRow;
            db.Execute("INSERT INTO search (rowid, body, extra) VALUES (@rowid, @body, @extra)",
                new { rowid, body, extra = extra + " " + SearchText.Figures(body) }, tx);
            db.Execute("""
                INSERT INTO search_refs (rowid, kind, ref_id, document_id, treaty, date)
                VALUES (@rowid, @kind, @refId, @Id, @treaty, @date)
                """, new { rowid, kind, refId, doc.Id, treaty, date }, tx);
            db.Execute("INSERT INTO search_speakers (rowid, actor) VALUES (@rowid, @actor) ON CONFLICT DO NOTHING",
                speakers.Select(actor => new { rowid, actor }), tx);
        }
        foreach (var s in facts.Statements)
            Row("statement", s.Id, null, s.Date?.Iso, s.Span.Quote,
                string.Join(' ', s.Speakers.SelectMany(x => new[] { x.Name, x.Mention })) + " " + s.Outlet?.Name, s.Speakers.Select(x => x.Slug));
        foreach (var l in facts.Limits)
            Row("limit", l.Id, l.TreatySlug, l.Deadline?.Iso, l.Span.Quote, $"{Names(l.TreatySlug)} {l.Counted} {l.Value}", []);
        foreach (var d in facts.Deadlines)
            Row("deadline", d.Id, d.TreatySlug, d.Date.Iso, d.Span.Quote, $"{Names(d.TreatySlug)} {d.Action}", []);
        Row("document", doc.Id, null, doc.Published is { } p ? Iso(p) : null, doc.Text, doc.Title + " " + doc.Meta.Publisher, []);
    }

    public void WriteEvents(SeedDocument doc, IReadOnlyList<EventFact> events)
    {
        foreach (var e in events)
        {
            db.Execute("""
                INSERT INTO events (id, document_id, kind, date, date_precision, date_basis, date_note, place, start, "end", quote)
                VALUES (@Id, @Doc, @Kind, @Date, @DatePrecision, @DateBasis, @DateNote, @Place, @Start, @End, @Quote)
                ON CONFLICT DO NOTHING
                """,
                new
                {
                    e.Id, Doc = doc.Id, e.Kind, Date = e.Date.Iso, DatePrecision = Precision(e.Date.Precision), DateBasis = e.Date.Basis,
                    DateNote = e.Date.Note, e.Place, e.Span.Start, e.Span.End, e.Span.Quote,
                }, tx);
            db.Execute("""
                INSERT INTO event_participants (event_id, ordinal, actor, mention, resolution)
                VALUES (@Id, @Ordinal, @Slug, @Mention, @Resolution)
                ON CONFLICT DO NOTHING
                """,
                e.Participants.Select((p, i) => new { e.Id, Ordinal = i, p.Slug, p.Mention, p.Resolution }), tx);
        }
    }

    /// <param name="catalogJson">The catalog's files, kept so the API reads claims and extracts with the very
    /// catalog the snapshot was built from.</param>
    public void WriteInfo(string snapshotId, DateTimeOffset builtAt, int documents, (string Treaties, string Actors) catalogJson)
    {
        db.Execute("INSERT INTO snapshot_info (key, value) VALUES (@Key, @Value)", new[]
        {
            new { Key = "snapshot_id", Value = snapshotId },
            new { Key = "built_at", Value = builtAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) },
            new { Key = "documents", Value = documents.ToString(CultureInfo.InvariantCulture) },
            new { Key = "catalog_treaties", Value = catalogJson.Treaties },
            new { Key = "catalog_actors", Value = catalogJson.Actors },
        }, tx);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Precision(DatePrecision p) => p.ToString().ToLowerInvariant();
}
