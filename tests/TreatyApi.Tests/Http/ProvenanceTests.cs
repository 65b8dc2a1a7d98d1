using System.Text.Json.Nodes;

namespace TreatyApi.Tests.Http;

/// <summary>Every quote the API serves is exactly its document's text between start and end.</summary>
public class ProvenanceTests(SharedApi api) : IClassFixture<SharedApi>
{
    private readonly Dictionary<string, string> _texts = [];

    private async Task<string> TextOf(string documentId)
    {
        if (!_texts.TryGetValue(documentId, out var text))
            _texts[documentId] = text = (string)
                JsonNode.Parse(await api.Client.GetStringAsync("/documents/" + documentId))!["text"]!;
        return text;
    }

    /// <summary>Every object with start, end and quote below a node, with the document it belongs to.</summary>
    private static IEnumerable<(string? DocumentId, JsonObject Span)> Spans(JsonNode? node, string? documentId)
    {
        switch (node)
        {
            case JsonObject o:
                // A fact's own spans (its attribution, its outlet) belong to the document of its source.
                documentId = (string?)o["documentId"] ?? (string?)o["source"]?["documentId"] ?? documentId;
                if (o["start"] is not null && o["end"] is not null && o["quote"] is not null)
                    yield return (documentId, o);
                foreach (var (_, child) in o)
                foreach (var s in Spans(child, documentId))
                    yield return s;
                break;
            case JsonArray a:
                foreach (var child in a)
                foreach (var s in Spans(child, documentId))
                    yield return s;
                break;
        }
    }

    [Theory]
    [InlineData("/treaties/new-start")]
    [InlineData("/statements")]
    [InlineData("/actors/barack-obama")]
    [InlineData("/treaties/new-start/limits")]
    public async Task Every_served_quote_matches_its_span(string url)
    {
        var spans = Spans(JsonNode.Parse(await api.Client.GetStringAsync(url)), null).ToList();
        Assert.NotEmpty(spans);
        foreach (var (documentId, span) in spans)
        {
            Assert.NotNull(documentId);
            var text = await TextOf(documentId);
            int start = (int)span["start"]!,
                end = (int)span["end"]!;
            Assert.Equal(text[start..end], (string)span["quote"]!);
        }
    }

    [Fact]
    public async Task Every_fact_of_every_document_matches_its_span()
    {
        var documents = JsonNode.Parse(await api.Client.GetStringAsync("/documents"))!["items"]!.AsArray();
        Assert.NotEmpty(documents);
        foreach (var d in documents)
        {
            var id = (string)d!["id"]!;
            var detail = JsonNode.Parse(await api.Client.GetStringAsync("/documents/" + id))!;
            var text = (string)detail["text"]!;
            var spans = Spans(detail, id).ToList();
            Assert.True(spans.Count >= 9, $"{id}: {spans.Count} spans");
            Assert.All(spans, s =>
                Assert.Equal(text[(int)s.Span["start"]!..(int)s.Span["end"]!], (string)s.Span["quote"]!)
            );
        }
    }

    [Fact]
    public async Task The_served_text_is_the_seed_file_exactly()
    {
        var id = Path.GetFileNameWithoutExtension(Repo.SeedDocument);
        Assert.Equal(await File.ReadAllTextAsync(Repo.SeedDocument), await TextOf(id));
    }
}
