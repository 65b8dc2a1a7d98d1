using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Journalist;

/// <summary>Claims written here in several phrasings; none of them is in the repository's seeds.</summary>
public class ClaimTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<JsonNode> Check(string claim)
    {
        var response = await api.Client.PostAsJsonAsync("/claims/check", new { claim });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Theory]
    [InlineData("New START limits each side to 1,550 deployed warheads")]
    [InlineData("Under New START, Russia and the United States may each keep 1550 deployed warheads.")]
    [InlineData("New START caps deployed warheads at 1550 for each side")]
    [InlineData("Each side may keep no more than one thousand five hundred fifty warheads under New START")]
    [InlineData("New START requires cuts to seven hundred delivery vehicles by 2018")]
    [InlineData("The treaty's central limits had to be met by February 2018.")]
    public async Task Supported(string claim)
    {
        var result = await Check(claim);
        Assert.Equal("supported", (string?)result["verdict"]);
        Assert.All(result["findings"]!.AsArray().Where(f => (string?)f!["verdict"] == "supported"),
            f => Assert.NotEmpty(f!["evidence"]!.AsArray()));
        // On the seeds every fact fits in the list, so the count is the list's length.
        Assert.All(result["findings"]!.AsArray(), f => Assert.Equal(f!["evidence"]!.AsArray().Count, (int)f["evidenceCount"]!));
    }

    [Theory]
    [InlineData("New START allows 1,600 deployed warheads", "1,550 warheads")]
    [InlineData("New START lets each side field 1,800 warheads", "1,550 warheads")]
    [InlineData("the cuts were due by 2021", "2018")]
    [InlineData("New START required the reductions to be completed by 2020", "2018")]
    [InlineData("Under New START each side keeps 800 delivery vehicles", "700 delivery vehicles")]
    public async Task Contradicted_citing_what_the_sources_give(string claim, string expected)
    {
        var result = await Check(claim);
        Assert.Equal("contradicted", (string?)result["verdict"]);
        var finding = result["findings"]!.AsArray().First(f => (string?)f!["verdict"] == "contradicted")!;
        Assert.Equal(expected, (string?)finding["expected"]);
        Assert.NotEmpty(finding["evidence"]!.AsArray());
    }

    [Theory]
    [InlineData("New START bans cruise missiles")]
    [InlineData("The INF Treaty limited each side to 500 missiles")]
    [InlineData("Lavrov said the talks were a failure")]
    public async Task Unverifiable(string claim) => Assert.Equal("unverifiable", (string?)(await Check(claim))["verdict"]);

    [Theory]
    [InlineData("Peskov called the talks very positive", "dmitry-peskov")]
    [InlineData("Kremlin spokesman Dmitry Peskov said the dialogue was not confrontational", "dmitry-peskov")]
    [InlineData("Obama said \"we need to build on these issues\"", "barack-obama")]
    [InlineData("\"It was constructive and very open,\" Peskov said.", "dmitry-peskov")]
    public async Task Statements_supported_with_the_speaker(string claim, string speaker)
    {
        var result = await Check(claim);
        Assert.Equal("supported", (string?)result["verdict"]);
        Assert.Equal(speaker, (string?)result["parsed"]!["speaker"]!["slug"]);
        var evidence = result["findings"]![0]!["evidence"]![0]!;
        Assert.Equal("statement", (string?)evidence["kind"]);
    }

    [Fact]
    public async Task Words_given_to_the_wrong_speaker_are_contradicted()
    {
        var result = await Check("Putin said \"It was constructive and very open\"");
        Assert.Equal("contradicted", (string?)result["verdict"]);
        Assert.Equal("Dmitry Peskov", (string?)result["findings"]![0]!["expected"]);
    }

    [Fact]
    public async Task The_parsed_claim_is_returned()
    {
        var parsed = (await Check("New START allows 1,600 deployed warheads by 2018"))["parsed"]!;
        Assert.Equal("new-start", (string?)parsed["treaty"]);
        Assert.Equal(1600, (double)parsed["quantity"]!["value"]!);
        Assert.Equal("warheads", (string?)parsed["quantity"]!["unit"]);
        Assert.Equal("2018", (string?)parsed["date"]!["date"]);
    }

    [Fact]
    public async Task The_GET_form_answers_the_same()
    {
        const string claim = "New START allows 1,600 deployed warheads";
        var get = await api.Client.GetStringAsync("/claims/check?claim=" + Uri.EscapeDataString(claim));
        Assert.Equal((await Check(claim)).ToJsonString(), JsonNode.Parse(get)!.ToJsonString());
    }

    [Theory]
    [InlineData("{\"claim\":", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"claim\":\"\"}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("claim=x", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    public async Task Bad_bodies_are_problems(string body, string contentType, HttpStatusCode status)
    {
        var response = await api.Client.PostAsync("/claims/check", new StringContent(body, System.Text.Encoding.UTF8, contentType));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
