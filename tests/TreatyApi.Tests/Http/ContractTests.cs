using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TreatyApi.Tests.Http;

/// <summary>
/// What the contract promises beyond the schemas: bodies that cannot be read get a 400 naming the field, a 304
/// carries its 200's validators and nothing to parse, and a CSV export is the whole list.
/// </summary>
public class ContractTests(SharedApi api) : IClassFixture<SharedApi>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static TheoryData<string, string, string> BadBodies =>
        new()
        {
            { "/claims/check", "", "body" },
            { "/claims/check", "{\"claim\": ", "body" },
            { "/claims/check", "{claim: 'x'}", "body" },
            { "/claims/check", "[]", "body" },
            { "/claims/check", "null", "body" },
            { "/claims/check", "\"New START\"", "body" },
            { "/claims/check", "{\"claim\": 42}", "claim" },
            { "/claims/check", "{\"claim\": [\"a\"]}", "claim" },
            { "/claims/check", "{\"claim\": \"New START\", \"extra\": 1}", "extra" },
            { "/claims/check", "{}", "claim" },
            { "/extract", "", "body" },
            { "/extract", "{\"text\": ", "body" },
            { "/extract", "[1]", "body" },
            { "/extract", "{\"text\": 5}", "text" },
            { "/extract", "{\"text\": \"Lavrov said.\", \"extra\": true}", "extra" },
            { "/extract", "{\"published\": \"2022-08-08\"}", "text" },
        };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_body_that_cannot_be_read_is_a_400_naming_the_field_in_our_words(
        string path,
        string body,
        string field
    )
    {
        var response = await api.Client.PostAsync(path, Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(text)!;
        Assert.Equal("urn:treatyapi:problem:validation", (string?)problem["type"]);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"{body} → {text}");
        Assert.NotEmpty(errors[field]!.AsArray());
        // Framework text names parameters and .NET types; none of it reaches a client.
        foreach (
            var leak in new[] { "Implicit body", "System.", "TreatyApi.", "Did you mean", "LineNumber", "Path: $" }
        )
            Assert.DoesNotContain(leak, text);
    }

    [Fact]
    public async Task An_extra_property_is_refused_and_named_with_the_allowed_ones()
    {
        var response = await api.Client.PostAsync("/claims/check", Json("{\"cliam\": \"New START limits warheads\"}"));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unknown property. Allowed: claim.", (string?)problem["errors"]!["cliam"]![0]);
    }

    [Theory]
    [InlineData("/treaties/new-start", null)]
    [InlineData("/statements?speaker=Peskov&limit=2", null)]
    [InlineData("/treaties/new-start/statements", "text/csv")]
    public async Task A_304_has_no_content_type_or_body_and_the_validators_of_its_200_cached_or_not(
        string url,
        string? accept
    )
    {
        HttpRequestMessage Get(string? etag)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (accept is not null)
                request.Headers.Add("Accept", accept);
            if (etag is not null)
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            return request;
        }
        var ok = await api.Client.SendAsync(Get(null));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var etag = ok.Headers.ETag!.ToString();

        // A second app has nothing cached: its 304 comes from running the endpoint (same snapshot, same bytes, same
        // tag).
        using var fresh = new ApiFactory();
        using var freshClient = fresh.CreateClient();
        foreach (var (client, what) in new[] { (api.Client, "from the cache"), (freshClient, "not cached") })
        {
            var notModified = await client.SendAsync(Get(etag));
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Null(notModified.Content.Headers.ContentType);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
            Assert.Equal(etag, notModified.Headers.ETag?.ToString());
            Assert.Equal(ok.Headers.CacheControl?.ToString(), notModified.Headers.CacheControl?.ToString());
            Assert.Equal(string.Join(",", ok.Headers.Vary), string.Join(",", notModified.Headers.Vary));
            Assert.True(notModified.Headers.ETag is not null, what);
        }
    }

    /// <summary>RFC 4180 records of a CSV text (a quoted field may hold line breaks), the header first.</summary>
    internal static List<List<string>> Records(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
                field.Append(c);
        }
        return records;
    }

    /// <summary>The ids of a list's items, following next from <paramref name="url"/>.</summary>
    internal static async Task<List<string>> JsonIds(HttpClient client, string url)
    {
        var ids = new List<string>();
        for (string? next = url; next is not null; )
        {
            var page = JsonNode.Parse(await client.GetStringAsync(next))!;
            ids.AddRange(page["items"]!.AsArray().Select(s => (string)s!["id"]!));
            next = (string?)page["next"];
        }
        return ids;
    }

    [Theory]
    [InlineData("/statements", "format=csv", null)]
    [InlineData("/statements?speaker=Peskov", "format=csv&limit=1", null)]
    [InlineData("/statements?sort=-date", null, "text/csv")]
    [InlineData("/treaties/new-start/limits", "format=csv", null)]
    [InlineData("/treaties/new-start/statements", null, "text/csv")]
    public async Task A_csv_export_is_the_whole_list_the_json_pages_joined(string list, string? query, string? accept)
    {
        var url = query is null ? list : list + (list.Contains('?') ? "&" : "?") + query;
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
            request.Headers.Add("Accept", accept);
        var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Link"), "a CSV export has no next page");
        var rows = Records(await response.Content.ReadAsStringAsync());
        Assert.Equal("id", rows[0][0]);
        var json = await JsonIds(api.Client, list + (list.Contains('?') ? "&" : "?") + "limit=1");
        Assert.True(json.Count > 1, $"{list} has {json.Count} items: too few to join pages");
        Assert.Equal(json, rows.Skip(1).Select(r => r[0]).ToList());
    }

    [Fact]
    public async Task A_csv_export_starts_with_a_byte_order_mark_only_when_asked()
    {
        var plain = await api.Client.GetByteArrayAsync("/statements?format=csv");
        var marked = await api.Client.GetByteArrayAsync("/statements?format=csv&bom=true");
        Assert.Equal("id,"u8.ToArray(), plain[..3]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, marked[..3]);
        Assert.Equal(plain, marked[3..]);
        // Non-ASCII text survives: the bytes are UTF-8.
        Assert.Equal(Encoding.UTF8.GetString(plain), Encoding.UTF8.GetString(marked[3..]));
    }

    [Theory]
    [InlineData("/statements?format=xml", "format")]
    [InlineData("/statements?format=csv&bom=yes", "bom")]
    [InlineData("/statements/st_0000000000000000?format=csv", "format")]
    public async Task Csv_choices_are_checked(string url, string field)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field] is not null);
    }

    [Fact]
    public async Task The_document_names_no_fixed_server_so_swagger_ui_calls_the_address_it_was_loaded_from()
    {
        var doc = JsonNode.Parse(await api.Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        Assert.StartsWith("3.1", (string?)doc["openapi"]);
        Assert.Equal(["/"], doc["servers"]!.AsArray().Select(s => (string?)s!["url"]));
    }
}
