using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TreatyApi.Extraction;

namespace TreatyApi.Ingest;

/// <summary>Metadata a document's text does not give, from its side file "&lt;id&gt;.meta.json".</summary>
public sealed record DocumentMeta(string? Publisher, string? Url, DateOnly? Published, string? Title);

/// <summary>A source document as read from seeds/documents, with what is known about it.</summary>
public sealed record SeedDocument(
    string Id,
    string Path,
    string Text,
    string Sha256,
    string Title,
    DateOnly? Published,
    DocumentMeta Meta
);

/// <summary>Reads seeds/: the catalog and the documents, strictly (a malformed file stops ingest, naming it).</summary>
public static class SeedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );
    private static readonly JsonSerializerOptions MetaJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The catalog files' text; treaty-limits.json and state-actions.json are optional (null when
    /// absent).</summary>
    public static CatalogJson ReadCatalogJson(string seedsDir)
    {
        var dir = System.IO.Path.Combine(seedsDir, "catalog");
        string? Optional(string name) =>
            File.Exists(System.IO.Path.Combine(dir, name)) ? File.ReadAllText(System.IO.Path.Combine(dir, name)) : null;
        return new CatalogJson(
            File.ReadAllText(System.IO.Path.Combine(dir, Catalog.TreatiesFile)),
            File.ReadAllText(System.IO.Path.Combine(dir, Catalog.ActorsFile)),
            Optional(Catalog.LimitsFile),
            Optional(Catalog.ActionsFile)
        );
    }

    public static Catalog ReadCatalog(string seedsDir)
    {
        var dir = System.IO.Path.Combine(seedsDir, "catalog");
        try
        {
            var json = ReadCatalogJson(seedsDir);
            // Catalog errors start with the file's name ("state-actions.json: actions[3] (…): field 'effective':
            // …").
            return Catalog.Parse(json.Treaties, json.Actors, json.Limits, json.Actions);
        }
        catch (CatalogException e)
        {
            throw new IngestException($"{dir}{System.IO.Path.DirectorySeparatorChar}{e.Message}");
        }
    }

    /// <summary>Document files in a stable order (ordinal by name), so ingest is deterministic.</summary>
    public static IEnumerable<string> DocumentPaths(string seedsDir) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(seedsDir, "documents"), "*.txt").Order(StringComparer.Ordinal);

    public static SeedDocument ReadDocument(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new IngestException($"{path}: not valid UTF-8 (byte {e.Index})");
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            throw new IngestException(
                $"{path}: starts with a byte-order mark; store the text without one so offsets are unambiguous"
            );
        if (text.Contains('\0'))
            throw new IngestException($"{path}: contains NUL characters; is it a text file?");
        var title = Extractor.TitleLine(text);
        if (string.IsNullOrWhiteSpace(title))
            throw new IngestException($"{path}: empty document");

        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        var meta = ReadMeta(System.IO.Path.ChangeExtension(path, ".meta.json"));
        // Relative dates ("on Monday") resolve against the publication date, so a document must have one.
        var published = meta.Published
            ?? Dates.PublicationLine(text)
            ?? throw new IngestException(
                $"{path}: no publication date: add a line that is only a date (June 19, 2012) or "
                    + "\"published\" in "
                    + $"{System.IO.Path.GetFileName(System.IO.Path.ChangeExtension(path, ".meta.json"))}"
            );
        return new SeedDocument(
            id,
            path,
            text,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            meta.Title ?? title,
            published,
            meta
        );
    }

    private static DocumentMeta ReadMeta(string path)
    {
        if (!File.Exists(path))
            return new DocumentMeta(null, null, null, null);
        try
        {
            return JsonSerializer.Deserialize<DocumentMeta>(File.ReadAllText(path), MetaJson)
                ?? throw new IngestException($"{path}: empty side file");
        }
        catch (JsonException e)
        {
            throw new IngestException($"{path}: line {(e.LineNumber ?? 0) + 1}: {e.Message}");
        }
    }
}

/// <summary>The text of the catalog files, kept in the snapshot so the API reads claims with the same
/// catalog.</summary>
public sealed record CatalogJson(string Treaties, string Actors, string? Limits, string? Actions);

public sealed class IngestException(string message) : Exception(message);
