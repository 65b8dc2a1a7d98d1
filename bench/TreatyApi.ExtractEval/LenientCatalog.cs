using System.Text.Json.Nodes;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// The catalog for the evaluation: seeds/catalog, or another catalog folder (--catalog) whose files may carry fields
/// the extractor's catalog does not read yet; those fields are dropped here, so the evaluation can run against a
/// catalog being extended on another branch.
/// </summary>
public static class LenientCatalog
{
    private static readonly string[] TreatyFields = ["slug", "name", "fullName", "aliases", "kind", "parties", "dates"];
    private static readonly string[] DateFields = ["kind", "date", "place", "citation"];
    private static readonly string[] ActorFields =
    [
        "slug",
        "kind",
        "name",
        "aliases",
        "adjectives",
        "citation",
        "roles",
    ];

    public static Catalog Load(string dir)
    {
        var treaties = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "treaties.json")))!.AsObject();
        foreach (var t in treaties["treaties"]!.AsArray().Select(n => n!.AsObject()))
        {
            Keep(t, TreatyFields);
            foreach (var d in t["dates"]!.AsArray().Select(n => n!.AsObject()))
                Keep(d, DateFields);
        }
        Keep(treaties, ["treaties", "citations"]);
        foreach (var (_, cite) in treaties["citations"]!.AsObject())
            Keep(cite!.AsObject(), ["title", "url"]);
        var actors = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "actors.json")))!.AsObject();
        foreach (var a in actors["actors"]!.AsArray().Select(n => n!.AsObject()))
            Keep(a, ActorFields);
        Keep(actors, ["roleNouns", "actors", "citations"]);
        foreach (var (_, cite) in actors["citations"]!.AsObject())
            Keep(cite!.AsObject(), ["title", "url"]);
        // The treaty texts' limits, as ingest reads them: a limit's duration in an article is counted from the event
        // the treaty's text counts it from.
        var limits = Path.Combine(dir, "treaty-limits.json");
        return Catalog.Parse(
            treaties.ToJsonString(),
            actors.ToJsonString(),
            File.Exists(limits) ? File.ReadAllText(limits) : null
        );
    }

    private static void Keep(JsonObject o, string[] fields)
    {
        foreach (var k in o.Select(kv => kv.Key).Where(k => !fields.Contains(k)).ToList())
            o.Remove(k);
    }
}
