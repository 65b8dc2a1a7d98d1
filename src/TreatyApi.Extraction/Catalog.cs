using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TreatyApi.Extraction;

/// <summary>A public source: <see cref="Kind"/> is "reference" (an official page) or "treaty-text".</summary>
public sealed record Citation(string Title, string Url, string Kind = CitationKinds.Reference);

public static class CitationKinds
{
    public const string Reference = "reference";
    public const string TreatyText = "treaty-text";
}

/// <summary><see cref="Checked"/>: the value was seen in the text of the cited source (false: not checked).</summary>
public sealed record TreatyDate(string Kind, DateOnly Date, string? Place, string Citation, bool Checked = false);

/// <summary>How many states are parties to a multilateral treaty, as its depositary (or a reference) counts
/// them.</summary>
public sealed record PartyCount(int Count, DateOnly AsOf, string Citation, bool Checked = false);

public sealed record TreatyEntry(
    string Slug,
    string Name,
    string FullName,
    IReadOnlyList<string> Aliases,
    string Kind,
    IReadOnlyList<string> Parties,
    IReadOnlyList<TreatyDate> Dates,
    IReadOnlyList<string>? Depositaries = null,
    PartyCount? PartyCount = null
)
{
    /// <summary>The date of a kind of event of this treaty ("entered-into-force"), the last one given.</summary>
    public DateOnly? DateOf(string kind) => Dates.LastOrDefault(d => d.Kind == kind)?.Date;
}

/// <summary>A deadline as the treaty text gives it: a date, or an offset from a dated event of the treaty.</summary>
public sealed record LimitDeadlineEntry(DateOnly? Date = null, string? RelativeTo = null, string? Offset = null);

/// <summary>A limit written in a treaty's text, with its article and paragraph (treaty-limits.json).</summary>
public sealed record TreatyLimitEntry(
    string Treaty,
    string Key,
    string Article,
    string? Paragraph,
    string Measure,
    decimal Value,
    decimal? Min,
    string Unit,
    string Counted,
    IReadOnlyList<string> Binds,
    bool EachParty,
    LimitDeadlineEntry? Deadline,
    LimitDuration? Duration,
    string Citation,
    bool Checked = false
);

/// <summary>What a state did about a treaty (state-actions.json). For "withdrew", Date is the notice.</summary>
public sealed record StateActionEntry(
    string Treaty,
    string State,
    string Kind,
    DateOnly Date,
    DateOnly? Effective,
    string Citation,
    bool Checked = false,
    string? Note = null
);

public static class StateActionKinds
{
    public const string Signed = "signed";
    public const string Ratified = "ratified";
    public const string Acceded = "acceded";
    public const string Succeeded = "succeeded";
    public const string Withdrew = "withdrew";
    public const string Suspended = "suspended";
    public const string Resumed = "resumed";
    public const string RatificationWithdrawn = "ratification-withdrawn";
    public static readonly string[] All =
    [
        Signed,
        Ratified,
        Acceded,
        Succeeded,
        Withdrew,
        Suspended,
        Resumed,
        RatificationWithdrawn,
    ];
}

public sealed record RoleEntry(string Role, string Of, DateOnly From, DateOnly? To, string Citation)
{
    public bool HeldOn(DateOnly day) => From <= day && (To is null || day < To.Value);
}

public sealed record ActorEntry(
    string Slug,
    string Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Adjectives,
    string Citation,
    IReadOnlyList<RoleEntry> Roles
);

/// <summary>
/// Reference data the extractor recognises and the API serves. Parsed from JSON text handed in by the
/// caller (the extractor itself reads no files). Every value carries a citation key into <see cref="Citations"/>.
/// A catalog that contradicts itself (an unknown state, dates out of order, a value without a citation, an alias
/// naming two treaties) is refused with a <see cref="CatalogException"/> naming the file, the entry and the field.
/// </summary>
public sealed partial class Catalog
{
    public const string TreatiesFile = "treaties.json";
    public const string ActorsFile = "actors.json";
    public const string LimitsFile = "treaty-limits.json";
    public const string ActionsFile = "state-actions.json";

    public IReadOnlyList<TreatyEntry> Treaties { get; }
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>Role slug → the nouns that name it in text ("leader" → president).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RoleNouns { get; }
    public IReadOnlyDictionary<string, Citation> Citations { get; }
    public IReadOnlyList<TreatyLimitEntry> TreatyLimits { get; }
    public IReadOnlyList<StateActionEntry> StateActions { get; }

    private readonly Dictionary<string, ActorEntry> _actorsBySlug;

    public Catalog(
        IReadOnlyList<TreatyEntry> treaties,
        IReadOnlyList<ActorEntry> actors,
        IReadOnlyDictionary<string, IReadOnlyList<string>> roleNouns,
        IReadOnlyDictionary<string, Citation> citations,
        IReadOnlyList<TreatyLimitEntry>? treatyLimits = null,
        IReadOnlyList<StateActionEntry>? stateActions = null
    )
    {
        Treaties = treaties;
        Actors = actors;
        RoleNouns = roleNouns;
        Citations = citations;
        TreatyLimits = treatyLimits ?? [];
        StateActions = stateActions ?? [];
        _actorsBySlug = actors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Validate();
    }

    public ActorEntry? Actor(string slug) => _actorsBySlug.GetValueOrDefault(slug);

    /// <summary>
    /// The catalog files' shapes, read with code generated at build time rather than by reflection: reading the
    /// catalog is serial start-up (nothing is extracted before it), and reflection spent it JIT-compiling the
    /// serializer's generic code and emitting accessors for every record (README → Performance, session 12).
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip
    )]
    [JsonSerializable(typeof(TreatyFile))]
    [JsonSerializable(typeof(ActorFile))]
    [JsonSerializable(typeof(LimitFile))]
    [JsonSerializable(typeof(ActionFile))]
    private sealed partial class CatalogJsonContext : JsonSerializerContext;

    private sealed record TreatyFile(List<TreatyEntry> Treaties, Dictionary<string, Citation> Citations);

    private sealed record ActorFileEntry(
        string Slug,
        string Kind,
        string Name,
        List<string> Aliases,
        List<string> Adjectives,
        string Citation,
        List<RoleEntry>? Roles
    );

    private sealed record ActorFile(
        Dictionary<string, List<string>> RoleNouns,
        List<ActorFileEntry> Actors,
        Dictionary<string, Citation> Citations
    );

    private sealed record LimitFile(List<TreatyLimitEntry> Limits, Dictionary<string, Citation>? Citations);

    private sealed record ActionFile(List<StateActionEntry> Actions, Dictionary<string, Citation>? Citations);

    private static T Read<T>(string file, string json)
    {
        try
        {
            var shape = (JsonTypeInfo<T>)CatalogJsonContext.Default.GetTypeInfo(typeof(T))!;
            return JsonSerializer.Deserialize(json, shape) ?? throw new CatalogException($"{file}: empty");
        }
        catch (JsonException e)
        {
            throw new CatalogException($"{file}: line {(e.LineNumber ?? 0) + 1}: {e.Message}");
        }
    }

    /// <summary>Builds the catalog from the text of its files; the limits and actions files may be absent
    /// (null).</summary>
    public static Catalog Parse(
        string treatiesJson,
        string actorsJson,
        string? limitsJson = null,
        string? actionsJson = null
    )
    {
        var t = Read<TreatyFile>(TreatiesFile, treatiesJson);
        var a = Read<ActorFile>(ActorsFile, actorsJson);
        var l = limitsJson is null ? null : Read<LimitFile>(LimitsFile, limitsJson);
        var s = actionsJson is null ? null : Read<ActionFile>(ActionsFile, actionsJson);
        // Citation keys are unique across all catalog files.
        var citations = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (
            var (file, keys) in new[]
            {
                (TreatiesFile, t.Citations),
                (ActorsFile, a.Citations),
                (LimitsFile, l?.Citations),
                (ActionsFile, s?.Citations),
            }
        )
        foreach (var (k, v) in keys ?? [])
        {
            if (!citations.TryAdd(k, v))
                throw new CatalogException(
                    $"{file}: citation '{k}': field 'key': defined twice (keys are unique across the catalog files)"
                );
            if (string.IsNullOrWhiteSpace(v.Title) || string.IsNullOrWhiteSpace(v.Url))
                throw new CatalogException(
                    $"{file}: citation '{k}': field '{(string.IsNullOrWhiteSpace(v.Title) ? "title" : "url")}': missing"
                );
            if (v.Kind is not (CitationKinds.Reference or CitationKinds.TreatyText))
                throw new CatalogException(
                    $"{file}: citation '{k}': field 'kind': '{v.Kind}' is not reference or treaty-text"
                );
        }
        var actors = a
            .Actors.Select(x => new ActorEntry(
                x.Slug,
                x.Kind,
                x.Name,
                x.Aliases,
                x.Adjectives,
                x.Citation,
                (IReadOnlyList<RoleEntry>?)x.Roles ?? []
            ))
            .ToList();
        return new Catalog(
            t.Treaties,
            actors,
            a.RoleNouns.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value),
            citations,
            l?.Limits,
            s?.Actions
        );
    }

    private static CatalogException Fail(string file, string entry, string field, string problem) =>
        new($"{file}: {entry}: field '{field}': {problem}");

    private static string Iso(DateOnly d) =>
        d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private void Validate()
    {
        void Cite(string? key, string file, string entry, string field = "citation")
        {
            if (string.IsNullOrWhiteSpace(key))
                throw Fail(file, entry, field, "missing: every value cites a source");
            if (!Citations.ContainsKey(key))
                throw Fail(file, entry, field, $"citation '{key}' is not defined");
        }
        var treaties = new Dictionary<string, TreatyEntry>(StringComparer.Ordinal);
        var aliasOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in Treaties)
        {
            var entry = $"treaty '{t.Slug}'";
            if (!treaties.TryAdd(t.Slug, t))
                throw Fail(TreatiesFile, entry, "slug", "defined twice");
            if (t.Kind is not ("bilateral" or "multilateral"))
                throw Fail(TreatiesFile, entry, "kind", $"'{t.Kind}' is not bilateral or multilateral");
            foreach (var alias in t.Aliases.Append(t.Name).Append(t.FullName).Append(t.Slug))
            {
                // Case- and whitespace-insensitive, as requests and the recogniser match them.
                var key = TextStructure.Normalize(alias).ToLowerInvariant();
                if (aliasOwner.TryGetValue(key, out var owner) && owner != t.Slug)
                    throw Fail(TreatiesFile, entry, "aliases", $"'{alias}' also names treaty '{owner}'");
                aliasOwner[key] = t.Slug;
            }
            foreach (var d in t.Dates)
                Cite(d.Citation, TreatiesFile, $"{entry} date '{d.Kind}'");
            foreach (var p in t.Parties)
                if (!_actorsBySlug.ContainsKey(p))
                    throw Fail(TreatiesFile, entry, "parties", $"unknown party '{p}'");
            foreach (var p in t.Depositaries ?? [])
                if (!_actorsBySlug.ContainsKey(p))
                    throw Fail(TreatiesFile, entry, "depositaries", $"unknown actor '{p}'");
            if (t.PartyCount is { } count)
            {
                Cite(count.Citation, TreatiesFile, entry, "partyCount.citation");
                if (count.Count < 0)
                    throw Fail(TreatiesFile, entry, "partyCount.count", "must not be negative");
            }
            // An event cannot come before the signature that opened the treaty, nor its end before its entry into
            // force.
            var opened = t.DateOf("signed") ?? t.DateOf("opened-for-signature");
            var inForce = t.DateOf("entered-into-force");
            if (opened is { } o && inForce is { } f && f < o)
                throw Fail(
                    TreatiesFile,
                    $"{entry} date 'entered-into-force'",
                    "date",
                    $"{Iso(f)} is before the signature ({Iso(o)})"
                );
            foreach (var end in new[] { "expires", "terminated" })
                if (t.DateOf(end) is { } e && (inForce ?? opened) is { } start && e < start)
                    throw Fail(TreatiesFile, $"{entry} date '{end}'", "date", $"{Iso(e)} is before {Iso(start)}");
        }
        foreach (var a in Actors)
        {
            Cite(a.Citation, ActorsFile, $"actor '{a.Slug}'");
            foreach (var r in a.Roles)
            {
                Cite(r.Citation, ActorsFile, $"actor '{a.Slug}' role '{r.Role}'");
                if (!RoleNouns.ContainsKey(r.Role))
                    throw Fail(ActorsFile, $"actor '{a.Slug}'", "roles", $"unknown role '{r.Role}'");
                if (!_actorsBySlug.ContainsKey(r.Of))
                    throw Fail(ActorsFile, $"actor '{a.Slug}'", "roles", $"role of unknown '{r.Of}'");
            }
        }
        ValidateLimits(treaties, Cite);
        ValidateActions(treaties, Cite);
    }

    private static readonly string[] MeasureNames =
    [
        Measures.Count,
        Measures.Percent,
        Measures.Mass,
        Measures.Distance,
        Measures.Area,
    ];

    private void ValidateLimits(Dictionary<string, TreatyEntry> treaties, Action<string?, string, string, string> cite)
    {
        var keys = new HashSet<(string, string)>();
        for (var i = 0; i < TreatyLimits.Count; i++)
        {
            var l = TreatyLimits[i];
            var entry = $"limits[{i}] ({l.Treaty} {l.Key})";
            if (l.Treaty is null || !treaties.TryGetValue(l.Treaty, out var treaty))
                throw Fail(LimitsFile, entry, "treaty", $"unknown treaty '{l.Treaty}'");
            if (string.IsNullOrWhiteSpace(l.Key))
                throw Fail(LimitsFile, entry, "key", "missing");
            if (!keys.Add((l.Treaty, l.Key)))
                throw Fail(LimitsFile, entry, "key", "defined twice for this treaty");
            if (string.IsNullOrWhiteSpace(l.Article))
                throw Fail(LimitsFile, entry, "article", "missing");
            cite(l.Citation, LimitsFile, entry, "citation");
            if (!MeasureNames.Contains(l.Measure))
                throw Fail(
                    LimitsFile,
                    entry,
                    "measure",
                    $"'{l.Measure}' is not one of {string.Join(", ", MeasureNames)}"
                );
            if (string.IsNullOrWhiteSpace(l.Unit))
                throw Fail(LimitsFile, entry, "unit", "missing");
            if (string.IsNullOrWhiteSpace(l.Counted))
                throw Fail(LimitsFile, entry, "counted", "missing");
            if (l.Min is { } min && min > l.Value)
                throw Fail(LimitsFile, entry, "min", $"{min} is above value {l.Value}");
            foreach (var b in l.Binds ?? [])
                if (!_actorsBySlug.ContainsKey(b))
                    throw Fail(LimitsFile, entry, "binds", $"unknown party '{b}'");
            if (l.Deadline is { } d)
            {
                if (d.Date is not null == (d.RelativeTo is not null))
                    throw Fail(LimitsFile, entry, "deadline", "give either date, or relativeTo with offset");
                if (d.RelativeTo is not null)
                    EventOffset(treaty, d.RelativeTo, d.Offset, entry, "deadline");
            }
            if (l.Duration is { } du)
            {
                if (du.From is not null)
                    EventOffset(treaty, du.From, du.Offset, entry, "duration");
                else if (IsoDuration.Add(new DateOnly(2000, 1, 1), du.Offset) is null)
                    throw Fail(
                        LimitsFile,
                        entry,
                        "duration.offset",
                        $"'{du.Offset}' is not an ISO 8601 duration (P10Y, P6M)"
                    );
            }
        }
    }

    /// <summary>An event named by a limit must be a dated event of its treaty, and the offset a duration.</summary>
    private static void EventOffset(TreatyEntry treaty, string @event, string? offset, string entry, string field)
    {
        if (IsoDuration.Add(new DateOnly(2000, 1, 1), offset) is null)
            throw Fail(
                LimitsFile,
                entry,
                field + ".offset",
                $"'{offset}' is not an ISO 8601 duration (P7Y, P6M, P90D)"
            );
        if (treaty.Dates.All(x => x.Kind != @event))
            throw Fail(
                LimitsFile,
                entry,
                field,
                $"'{@event}' is not a date kind of treaty '{treaty.Slug}' in {TreatiesFile}"
            );
    }

    private void ValidateActions(Dictionary<string, TreatyEntry> treaties, Action<string?, string, string, string> cite)
    {
        var seen = new HashSet<(string, string, string, DateOnly)>();
        for (var i = 0; i < StateActions.Count; i++)
        {
            var a = StateActions[i];
            var entry = $"actions[{i}] ({a.Treaty} {a.State} {a.Kind})";
            if (a.Treaty is null || !treaties.ContainsKey(a.Treaty))
                throw Fail(ActionsFile, entry, "treaty", $"unknown treaty '{a.Treaty}'");
            if (a.State is null || _actorsBySlug.GetValueOrDefault(a.State) is not { Kind: "state" })
                throw Fail(ActionsFile, entry, "state", $"'{a.State}' is not a state in {ActorsFile}");
            if (!StateActionKinds.All.Contains(a.Kind))
                throw Fail(
                    ActionsFile,
                    entry,
                    "kind",
                    $"'{a.Kind}' is not one of {string.Join(", ", StateActionKinds.All)}"
                );
            cite(a.Citation, ActionsFile, entry, "citation");
            if (!seen.Add((a.Treaty, a.State, a.Kind, a.Date)))
                throw Fail(ActionsFile, entry, "date", $"listed twice (the same act on {Iso(a.Date)})");
            if (a.Effective is { } eff)
            {
                if (a.Kind != StateActionKinds.Withdrew)
                    throw Fail(
                        ActionsFile,
                        entry,
                        "effective",
                        "only a withdrawal has an effective date apart from its notice"
                    );
                if (eff < a.Date)
                    throw Fail(
                        ActionsFile,
                        entry,
                        "effective",
                        $"the withdrawal takes effect ({Iso(eff)}) before its notice ({Iso(a.Date)})"
                    );
            }
        }
        // Within one state's actions on one treaty: nothing is ratified before it was signed, and a ratification
        // is withdrawn only after it was given.
        foreach (var g in StateActions.Select((a, i) => (a, i)).GroupBy(x => (x.a.Treaty, x.a.State)))
        {
            DateOnly? First(params string[] kinds) =>
                g.Where(x => kinds.Contains(x.a.Kind)).Select(x => (DateOnly?)x.a.Date).Min();
            var signed = First(StateActionKinds.Signed);
            var ratified = First(StateActionKinds.Ratified);
            foreach (var (a, i) in g)
            {
                var entry = $"actions[{i}] ({a.Treaty} {a.State} {a.Kind})";
                if (a.Kind == StateActionKinds.Ratified && signed is { } s && a.Date < s)
                    throw Fail(
                        ActionsFile,
                        entry,
                        "date",
                        $"ratified on {Iso(a.Date)}, before it was signed ({Iso(s)})"
                    );
                if (a.Kind == StateActionKinds.RatificationWithdrawn && (ratified is null || a.Date < ratified))
                    throw Fail(
                        ActionsFile,
                        entry,
                        "date",
                        ratified is { } r
                            ? $"ratification withdrawn on {Iso(a.Date)}, before it was given ({Iso(r)})"
                            : "a ratification is withdrawn, but none is listed for this state and treaty"
                    );
            }
        }
    }
}

/// <summary>ISO 8601 durations of whole years, months, weeks and days ("P7Y", "P6M", "P1Y6M", "P90D").</summary>
public static partial class IsoDuration
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$")]
    private static partial System.Text.RegularExpressions.Regex Form();

    /// <summary>The day <paramref name="offset"/> after <paramref name="from"/>; null when it is not such a
    /// duration.</summary>
    public static DateOnly? Add(DateOnly from, string? offset)
    {
        if (offset is null || offset == "P")
            return null;
        var m = Form().Match(offset);
        if (!m.Success)
            return null;
        int N(int g) =>
            m.Groups[g].Success ? int.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return from.AddYears(N(1)).AddMonths(N(2)).AddDays(7 * N(3) + N(4));
    }
}

public sealed class CatalogException(string message) : Exception(message);
