using System.Runtime.CompilerServices;

namespace TreatyApi.Extraction;

/// <summary>
/// The extractor: document text (with its publication date) and the catalog in, facts with spans out.
/// Pure and thread-safe: it holds only the recognisers built from the catalog.
/// </summary>
public sealed class Extractor
{
    private readonly Catalog _catalog;
    private readonly TreatyRecognizer _treaties;
    private readonly ActorRecognizer _actors;
    private readonly StatementExtractor _statements;
    private readonly LimitExtractor _limits;
    private readonly EventExtractor _events;

    public Extractor(Catalog catalog)
    {
        _catalog = catalog;
        _treaties = new TreatyRecognizer(catalog);
        _actors = new ActorRecognizer(catalog);
        _statements = new StatementExtractor(_actors, new OutletRecognizer(catalog));
        _limits = new LimitExtractor(_actors);
        _events = new EventExtractor(_actors, catalog);
    }

    public Catalog Catalog => _catalog;
    public TreatyRecognizer Treaties => _treaties;
    public ActorRecognizer Actors => _actors;

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ExtractionResult Extract(SourceDocument doc)
    {
        var text = doc.Text;
        if (Language.Check(text) is { } warning)
            return new ExtractionResult([], [], [], [], []) { Warnings = [warning] };
        var published = doc.Published ?? Dates.PublicationLine(text);
        var all = new TextRange(0, text.Length);
        var paragraphs = TextStructure.Paragraphs(text);
        var treaties = _treaties.Find(text, all, published);
        var mentions = _actors.Find(text, all, published);
        var explain = new Dictionary<string, Explanation>(StringComparer.Ordinal);
        var events = _events.Extract(text, doc.Id, paragraphs, published).DistinctBy(e => e.Id).ToList();
        var statements = _statements.Extract(text, doc.Id, paragraphs, published, mentions, explain, events);
        var (limits, deadlines) = _limits.Extract(text, doc.Id, paragraphs, treaties, _catalog, published, explain);

        // A scraped page often repeats its lead at the end: the same fact twice is one fact, the first one.
        return new ExtractionResult(
            OncePerParagraph(treaties, paragraphs),
            limits.DistinctBy(l => l.Id).ToList(),
            deadlines.DistinctBy(d => d.Id).ToList(),
            statements.DistinctBy(s => s.Id).ToList(),
            events
        )
        {
            Explanations = explain,
        };
    }

    /// <summary>
    /// Runs the class constructor of every type of the extraction assembly, which builds its patterns (hundreds of
    /// them, parsed and compiled to IL): called by ingest as it starts, before the catalog is read. Why in one burst
    /// rather than at first use, inside the first document: the runtime counts calls to decide what to optimise only
    /// once ~100 ms pass with no method seen for the first time. Spread over the first document, pattern building
    /// outlasted such pauses, so the regex parser and compiler (~300 methods, used only at start) were queued for
    /// optimisation ahead of the extractor's own code, and the tiering thread compiled them first; built in one burst
    /// while new methods are still being met, they are not (README → Performance, session 12).
    /// </summary>
    public static void BuildPatterns()
    {
        foreach (var type in typeof(Extractor).Assembly.GetTypes())
            if (type.TypeInitializer is not null && !type.IsGenericTypeDefinition)
                RuntimeHelpers.RunClassConstructor(type.TypeHandle);
    }

    /// <summary>
    /// Each treaty once per paragraph, at its first mention there: a text that repeats itself (or names a treaty
    /// in every sentence) lists a treaty as many times as it has paragraphs, not sentences or words.
    /// </summary>
    private static List<TreatyMention> OncePerParagraph(List<TreatyMention> treaties, List<TextRange> paragraphs)
    {
        var result = new List<TreatyMention>();
        int p = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in treaties)
        {
            while (p < paragraphs.Count && paragraphs[p].End <= t.Span.Start)
            {
                p++;
                seen.Clear();
            }
            if (seen.Add(t.Slug))
                result.Add(t);
        }
        return result;
    }

    /// <summary>The title of a news page: its first non-empty line.</summary>
    public static string? TitleLine(string text)
    {
        // Line by line, not text.Split('\n'): ingest reads every document's title, and splitting allocated every
        // line of it.
        for (var start = 0; start <= text.Length; )
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
                return line.ToString();
            start = end + 1;
        }
        return null;
    }
}
