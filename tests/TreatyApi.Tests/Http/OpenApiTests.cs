using System.Text.Json.Nodes;

namespace TreatyApi.Tests.Http;

/// <summary>
/// The committed openapi.yaml is the served document, byte for byte. To regenerate it after a change:
/// `UPDATE_OPENAPI=1 dotnet test --filter OpenApi` (README says the same).
/// </summary>
public class OpenApiTests(SharedApi api) : IClassFixture<SharedApi>
{
    private static readonly string Committed = Path.Combine(Repo.Root, "openapi.yaml");

    [Fact]
    public async Task Committed_openapi_yaml_matches_the_served_document()
    {
        var served = await api.Client.GetByteArrayAsync("/swagger/v1/swagger.yaml");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            await File.WriteAllBytesAsync(Committed, served);
        Assert.True(
            File.Exists(Committed),
            "openapi.yaml is missing: run UPDATE_OPENAPI=1 dotnet test --filter OpenApi"
        );
        var committed = await File.ReadAllBytesAsync(Committed);
        Assert.True(
            served.AsSpan().SequenceEqual(committed),
            "openapi.yaml differs from the served document: run UPDATE_OPENAPI=1 dotnet test --filter OpenApi"
        );
    }

    [Fact]
    public async Task Every_operation_has_an_id_a_summary_errors_and_an_example()
    {
        var doc = JsonNode.Parse(await api.Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = doc["paths"]!
            .AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Op: o.Value!)))
            .ToList();
        Assert.True(operations.Count >= 12);
        foreach (var (path, op) in operations)
        {
            Assert.False(string.IsNullOrEmpty((string?)op["operationId"]), path);
            Assert.False(string.IsNullOrEmpty((string?)op["summary"]), path);
            var responses = op["responses"]!.AsObject();
            Assert.True(responses["400"] is not null, path + ": 400");
            Assert.True(responses["500"] is not null, path + ": 500");
            // Kestrel answers 414 and 431 with no body; a HEAD has none at all.
            Assert.True(responses["414"] is not null && responses["431"] is not null, path + ": 414, 431");
            if (((string?)op["operationId"])!.StartsWith("head", StringComparison.Ordinal))
            {
                Assert.All(responses, r => Assert.Null(r.Value?["content"]));
                continue;
            }
            Assert.True(
                responses["200"]?["content"]?["application/json"]?["example"] is not null,
                path + ": 200 example"
            );
            Assert.All(
                responses.Where(r => (r.Key.StartsWith('4') || r.Key.StartsWith('5')) && r.Key is not ("414" or "431")),
                r =>
                    Assert.True(
                        r.Value?["content"]?["application/problem+json"]?["example"] is not null,
                        $"{path}: {r.Key} example"
                    )
            );
        }
    }

    [Fact]
    public async Task Served_twice_the_document_is_the_same()
    {
        var a = await api.Client.GetStringAsync("/swagger/v1/swagger.yaml");
        var b = await api.Client.GetStringAsync("/swagger/v1/swagger.yaml");
        Assert.Equal(a, b);
    }
}
