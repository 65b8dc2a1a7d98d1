using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyApi.Extraction;

public sealed record Citation(string Title, string Url);

public sealed record TreatyDate(string Kind, DateOnly Date, string? Place, string Citation);

public sealed record TreatyEntry(
    string Slug, string Name, string FullName, IReadOnlyList<string> Aliases, string Kind,
    IReadOnlyList<string> Parties, IReadOnlyList<TreatyDate> Dates);

public sealed record RoleEntry(string Role, string Of, DateOnly From, DateOnly? To, string Citation)
{
    public bool HeldOn(DateOnly day) => From <= day && (To is null || day < To.Value);
}

public sealed record ActorEntry(
    string Slug, string Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Adjectives,
    string Citation, IReadOnlyList<RoleEntry> Roles);

/// <summary>
/// Reference data the extractor recognises and the API serves. Parsed from JSON text handed in by the
/// caller (the extractor itself reads no files). Every value carries a citation key into <see cref="Citations"/>.
/// </summary>
public sealed class Catalog
{
    public IReadOnlyList<TreatyEntry> Treaties { get; }
    public IReadOnlyList<ActorEntry> Actors { get; }
    /// <summary>Role slug → the nouns that name it in text ("leader" → president).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RoleNouns { get; }
    public IReadOnlyDictionary<string, Citation> Citations { get; }

    private readonly Dictionary<string, ActorEntry> _actorsBySlug;

    public Catalog(IReadOnlyList<TreatyEntry> treaties, IReadOnlyList<ActorEntry> actors,
        IReadOnlyDictionary<string, IReadOnlyList<string>> roleNouns, IReadOnlyDictionary<string, Citation> citations)
    {
        Treaties = treaties;
        Actors = actors;
        RoleNouns = roleNouns;
        Citations = citations;
        _actorsBySlug = actors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Validate();
    }

    public ActorEntry? Actor(string slug) => _actorsBySlug.GetValueOrDefault(slug);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private sealed record TreatyFile(List<TreatyEntry> Treaties, Dictionary<string, Citation> Citations);
    private sealed record ActorFileEntry(string Slug, string Kind, string Name, List<string> Aliases,
        List<string> Adjectives, string Citation, List<RoleEntry>? Roles);
    private sealed record ActorFile(Dictionary<string, List<string>> RoleNouns, List<ActorFileEntry> Actors,
        Dictionary<string, Citation> Citations);

    /// <summary>Builds the catalog from the text of treaties.json and actors.json.</summary>
    public static Catalog Parse(string treatiesJson, string actorsJson)
    {
        var t = JsonSerializer.Deserialize<TreatyFile>(treatiesJson, Json)
            ?? throw new CatalogException("treaties.json: empty");
        var a = JsonSerializer.Deserialize<ActorFile>(actorsJson, Json)
            ?? throw new CatalogException("actors.json: empty");
        var citations = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var (k, v) in t.Citations.Concat(a.Citations))
        {
            if (!citations.TryAdd(k, v)) throw new CatalogException($"citation '{k}' is defined twice");
        }
        var actors = a.Actors.Select(x => new ActorEntry(x.Slug, x.Kind, x.Name, x.Aliases, x.Adjectives, x.Citation,
            (IReadOnlyList<RoleEntry>?)x.Roles ?? [])).ToList();
        return new Catalog(t.Treaties, actors,
            a.RoleNouns.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value), citations);
    }

    private void Validate()
    {
        void Cite(string key, string where)
        {
            if (!Citations.ContainsKey(key)) throw new CatalogException($"{where}: citation '{key}' is not defined");
        }
        foreach (var t in Treaties)
        {
            foreach (var d in t.Dates) Cite(d.Citation, $"treaty '{t.Slug}' date '{d.Kind}'");
            foreach (var p in t.Parties)
                if (!_actorsBySlug.ContainsKey(p)) throw new CatalogException($"treaty '{t.Slug}': unknown party '{p}'");
        }
        foreach (var a in Actors)
        {
            Cite(a.Citation, $"actor '{a.Slug}'");
            foreach (var r in a.Roles)
            {
                Cite(r.Citation, $"actor '{a.Slug}' role '{r.Role}'");
                if (!RoleNouns.ContainsKey(r.Role)) throw new CatalogException($"actor '{a.Slug}': unknown role '{r.Role}'");
                if (!_actorsBySlug.ContainsKey(r.Of)) throw new CatalogException($"actor '{a.Slug}': role of unknown '{r.Of}'");
            }
        }
    }
}

public sealed class CatalogException(string message) : Exception(message);
