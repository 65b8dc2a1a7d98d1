using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Journalist;

public class ExtractAndCsvTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Article =
        "Moscow Halts Treaty Inspections\n\n"
        + "August 8, 2022\n\n"
        + "Russia told the United States it would suspend inspections under New START, the Foreign Ministry said "
        + "on Monday. The treaty caps each side at 1,550 deployed strategic warheads.\n\n"
        + "\"This is a temporary measure,\" Lavrov said (Interfax, Aug. 8).";

    [Fact]
    public async Task Plain_text_gives_the_facts_with_spans_in_the_text_sent()
    {
        var response = await api.Client.PostAsync("/extract", new StringContent(Article, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("2022-08-08", (string?)result["published"]);
        var limit = Assert.Single(result["limits"]!.AsArray())!;
        Assert.Equal(1550, (double)limit["value"]!);
        var statement = Assert.Single(result["statements"]!.AsArray())!;
        Assert.Equal("sergey-lavrov", (string?)statement["speakers"]![0]!["slug"]);
        foreach (var source in new[] { limit["source"]!, statement["source"]! })
            Assert.Equal(Article[(int)source["start"]!..(int)source["end"]!], (string)source["quote"]!);
    }

    [Fact]
    public async Task Json_with_a_publication_date_resolves_weekdays()
    {
        var response = await api.Client.PostAsJsonAsync(
            "/extract",
            new { text = "\"We will comply,\" Lavrov said on Monday.", published = "2015-03-04" }
        );
        var statement = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["statements"]![0]!;
        Assert.Equal("2015-03-02", (string?)statement["date"]!["date"]);
    }

    [Fact]
    public async Task Nothing_is_stored()
    {
        var before = await api.Client.GetStringAsync("/health");
        await api.Client.PostAsync("/extract", new StringContent(Article, Encoding.UTF8, "text/plain"));
        Assert.Equal(before, await api.Client.GetStringAsync("/health"));
    }

    [Theory]
    [InlineData("", "text/plain", HttpStatusCode.BadRequest)]
    [InlineData("   ", "text/plain", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": 5}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"x\", \"published\": \"yesterday\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[\"text\"]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"a", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("<text/>", "application/xml", HttpStatusCode.UnsupportedMediaType)]
    public async Task Bad_bodies_are_problems(string body, string contentType, HttpStatusCode status)
    {
        var response = await api.Client.PostAsync("/extract", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400_and_an_oversized_body_a_413()
    {
        var invalid = new ByteArrayContent([0x41, 0xFF, 0xFE]);
        invalid.Headers.ContentType = new("text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.PostAsync("/extract", invalid)).StatusCode);
        var big = new StringContent(new string('a', 300 * 1024), Encoding.UTF8, "text/plain");
        var response = await api.Client.PostAsync("/extract", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>An RFC 4180 reader, written here so that the test does not trust the writer.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
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
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
                field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }

    private async Task<(List<List<string>> Csv, JsonArray Json)> Both(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await api.Client.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var csv = ParseCsv(await response.Content.ReadAsStringAsync());
        var json = JsonNode.Parse(await api.Client.GetStringAsync(url))!["items"]!.AsArray();
        return (csv, json);
    }

    [Theory]
    [InlineData("/statements")]
    [InlineData("/treaties/new-start/limits")]
    [InlineData("/treaties/new-start/deadlines")]
    [InlineData("/treaties/new-start/statements")]
    [InlineData("/search?q=missile")]
    public async Task Csv_parses_back_to_the_same_rows(string url)
    {
        var (csv, json) = await Both(url);
        var header = csv[0];
        Assert.Equal(json.Count, csv.Count - 1);
        Assert.Contains("quote", header);
        Assert.Contains("citation", header);
        for (int i = 0; i < json.Count; i++)
        {
            var row = header.Zip(csv[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal((string)json[i]!["id"]!, row["id"]);
            // A treaty-text limit has no quote (null in JSON, an empty field in CSV).
            Assert.Equal((string?)json[i]!["source"]!["quote"] ?? "", row["quote"]);
            Assert.Equal((string)json[i]!["source"]!["citation"]!, row["citation"]);
            Assert.Equal((string)json[i]!["source"]!["title"]!, row["document_title"]);
        }
    }

    [Fact]
    public async Task Citations_are_ready_to_paste()
    {
        var statement = JsonNode.Parse(await api.Client.GetStringAsync("/statements?speaker=Putin"))!["items"]![0]!;
        Assert.Equal(
            "Global Security Newswire, \"U.S., Russian Leaders Agree to Maintain Antimissile Talks,\" "
                + "June 19, 2012, citing RIA Novosti",
            (string?)statement["source"]!["citation"]
        );
    }

    [Fact]
    public async Task A_document_marks_every_fact_span()
    {
        var doc = JsonNode.Parse(await api.Client.GetStringAsync("/documents/000_ab7fea950d0af36e"))!;
        var highlights = doc["highlights"]!.AsArray();
        var kinds = highlights.Select(h => (string)h!["kind"]!).Distinct().Order().ToList();
        Assert.Equal(["attribution", "deadline", "event", "limit", "outlet", "statement", "treaty"], kinds);
        var starts = highlights.Select(h => (int)h!["start"]!).ToList();
        Assert.Equal(starts.Order(), starts);
        var statementIds = doc["statements"]!.AsArray().Select(s => (string)s!["id"]!).ToHashSet();
        Assert.All(highlights.Where(h => (string?)h!["kind"] == "statement"), h =>
            Assert.Contains((string)h!["factId"]!, statementIds)
        );
    }
}
