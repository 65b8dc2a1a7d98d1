using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TreatyApi.Tests.Http;

public class TreatyEndpointTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<JsonNode> Get(string url)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task New_START_has_its_limits_with_the_2018_deadline()
    {
        var treaty = await Get("/treaties/new-start");
        Assert.Equal("New START", (string?)treaty["name"]);
        // The limits reported in the newswire (the treaty's own text is listed first, with source kind treaty-text).
        var limits = new JsonArray(
            treaty["limits"]!
                .AsArray()
                .Where(l => (string?)l!["source"]!["kind"] == "document")
                .Select(l => l!.DeepClone())
                .ToArray()
        );
        var warheads = limits.Single(l => (string?)l!["unit"] == "warheads")!;
        Assert.Equal(1550, (double)warheads["value"]!);
        Assert.Equal("2018", (string?)warheads["deadline"]!["date"]);
        Assert.Equal("year", (string?)warheads["deadline"]!["precision"]);
        var vehicles = limits.Single(l => (string?)l!["unit"] == "delivery vehicles")!;
        Assert.Equal(700, (double)vehicles["value"]!);
        Assert.Equal("2018", (string?)vehicles["deadline"]!["date"]);
        Assert.Contains(treaty["deadlines"]!.AsArray(), d => (string?)d!["date"]!["date"] == "2018");
        Assert.Equal("Global Security Newswire", (string?)warheads["source"]!["publisher"]);
        Assert.Equal("2012-06-19", (string?)warheads["source"]!["published"]);
    }

    [Fact]
    public async Task New_START_has_the_statements_of_Obama_Putin_and_Peskov_with_dates_and_outlets()
    {
        var statements = (await Get("/treaties/new-start"))["statements"]!.AsArray();
        var speakers = statements
            .SelectMany(s => s!["speakers"]!.AsArray().Select(x => (string?)x!["slug"]))
            .Distinct()
            .Order()
            .ToList();
        Assert.Equal(["barack-obama", "dmitry-peskov", "vladimir-putin"], speakers);
        Assert.All(statements, s =>
        {
            Assert.NotNull((string?)s!["date"]!["date"]);
            Assert.NotNull((string?)s["source"]!["attributedTo"]!["name"]);
            Assert.Equal((string?)s["text"], (string?)s["source"]!["quote"]);
        });
        var peskov = statements.Single(s => (string?)s!["text"] == "very positive")!;
        Assert.Equal("2012-06-19", (string?)peskov["date"]!["date"]);
        Assert.Equal("RIA Novosti", (string?)peskov["source"]!["attributedTo"]!["name"]);
    }

    [Theory]
    [InlineData("2026-11-28", "expired")]
    [InlineData("2020-01-01", "in-force")]
    [InlineData("2010-06-01", "not-in-force")]
    public async Task Status_is_derived_from_the_dates_and_today(string today, string status)
    {
        using var factory = new ApiFactory
        {
            Now = DateTimeOffset.Parse(today + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };
        var body = await factory.CreateClient().GetStringAsync("/treaties/new-start");
        Assert.Equal(status, (string?)JsonNode.Parse(body)!["status"]);
    }

    [Theory]
    [InlineData("/treaties/New%20START", "/treaties/new-start")]
    [InlineData("/treaties/new%20start/limits", "/treaties/new-start/limits")]
    [InlineData("/treaties/Prague%20Treaty/statements", "/treaties/new-start/statements")]
    public async Task An_alias_answers_308_to_the_canonical_url(string url, string location)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sub_resources_list_the_same_facts()
    {
        var treaty = await Get("/treaties/new-start");
        var limits = await Get("/treaties/new-start/limits");
        var deadlines = await Get("/treaties/new-start/deadlines");
        var statements = await Get("/treaties/new-start/statements");
        Assert.Equal(treaty["limits"]!.ToJsonString(), limits["items"]!.ToJsonString());
        Assert.Equal(treaty["deadlines"]!.ToJsonString(), deadlines["items"]!.ToJsonString());
        Assert.Equal(treaty["statements"]!.ToJsonString(), statements["items"]!.ToJsonString());
        Assert.Equal(treaty["statements"]!.AsArray().Count, (int)treaty["counts"]!["statements"]!);
        Assert.Equal("/treaties/new-start/statements", (string?)treaty["links"]!["statements"]);
    }

    [Fact]
    public async Task The_treaty_list_pages_through_every_treaty()
    {
        var slugs = new List<string>();
        string? url = "/treaties?limit=2";
        while (url is not null)
        {
            var page = await Get(url);
            slugs.AddRange(page["items"]!.AsArray().Select(t => (string)t!["slug"]!));
            url = (string?)page["next"];
            Assert.True(slugs.Count < 100);
        }
        Assert.Contains("new-start", slugs);
        Assert.Equal(slugs.Distinct().Count(), slugs.Count);
        Assert.Equal(slugs.Order(StringComparer.Ordinal), slugs);
    }

    [Fact]
    public async Task Catalog_dates_carry_their_citation()
    {
        var dates = (await Get("/treaties/new-start"))["dates"]!.AsArray();
        Assert.Contains(dates, d => (string?)d!["kind"] == "signed" && (string?)d["place"] == "Prague");
        Assert.All(dates, d => Assert.StartsWith("https://", (string?)d!["citation"]!["url"]));
    }
}
