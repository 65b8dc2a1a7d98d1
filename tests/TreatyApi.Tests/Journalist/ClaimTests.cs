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

    private static JsonNode Aspect(JsonNode result, string kind) =>
        result["aspects"]!.AsArray().First(a => (string?)a!["kind"] == kind)!;

    /// <summary>The six rows of issue 13's table, each with the answer it should have had.</summary>
    [Theory]
    [InlineData("New START took effect on Feb. 5, 2011", "supported", "treaty-date")]
    [InlineData("New START lapsed in 2026", "supported", "treaty-date")]
    // The seed's report states this plan: its sentence supports the claim (no treaty is assumed for it).
    [InlineData("Missile interceptors will be fielded around Europe through 2020", "supported", "paraphrase")]
    [InlineData("The ABM Treaty was signed in 1972", "supported", "treaty-date")]
    [InlineData("START I was signed in Moscow in 1991", "supported", "treaty-date")]
    [InlineData("Obama said New START limits warheads to 1,550", "unverifiable", "attribution")]
    [InlineData("Peskov described the dialogue as confrontational", "contradicted", "paraphrase")]
    public async Task The_issue_table_answers_correctly(string claim, string verdict, string kind)
    {
        var result = await Check(claim);
        Assert.Equal(verdict, (string?)result["verdict"]);
        Assert.Equal(verdict, (string?)Aspect(result, kind)["verdict"]);
    }

    [Fact]
    public async Task A_date_of_another_kind_is_never_a_contradiction()
    {
        // The catalog's only 2018 date of New START is its central limits' deadline, not its entry into force.
        var result = await Check("New START took effect in 2018");
        Assert.Equal("contradicted", (string?)result["verdict"]);
        var aspect = Aspect(result, "treaty-date");
        Assert.Equal("entered-into-force", (string?)aspect["dateKind"]);
        Assert.Equal("2011-02-05", (string?)aspect["expected"]);
        Assert.Contains("New START", (string?)aspect["explanation"]);
        Assert.DoesNotContain("new-start", (string?)aspect["explanation"]);
        // SORT has no expiry date in the catalog: its termination may support an end, never contradict one.
        Assert.Equal("unverifiable", (string?)(await Check("SORT was due to expire at the end of 2012"))["verdict"]);
    }

    [Fact]
    public async Task Obama_saying_a_figure_needs_a_statement_of_Obama()
    {
        var result = await Check("Obama said New START limits warheads to 1,550");
        Assert.Equal("supported", (string?)Aspect(result, "limit")["verdict"]);
        var attribution = Aspect(result, "attribution");
        Assert.Equal("unverifiable", (string?)attribution["verdict"]);
        Assert.Contains("Barack Obama", (string?)attribution["explanation"]);
    }

    [Fact]
    public async Task A_paraphrase_of_the_opposite_polarity_is_contradicted_quoting_the_statement()
    {
        var result = await Check("Peskov described the dialogue as confrontational");
        var aspect = Aspect(result, "paraphrase");
        Assert.Contains("The dialogue was not confrontational", (string?)aspect["explanation"]);
        Assert.Contains("Dmitry Peskov", (string?)aspect["explanation"]);
        Assert.Contains("citing RIA Novosti", (string?)aspect["explanation"]);
        Assert.Equal("supported", (string?)(await Check("Peskov said the dialogue wasn't confrontational"))["verdict"]);
    }

    [Theory]
    [InlineData("New START limits each side to 1,550 deployed warheads")]
    [InlineData("Under New START, Russia and the United States may each keep 1550 deployed warheads.")]
    [InlineData("New START caps deployed warheads at 1550 for each side")]
    [InlineData("Each side may keep no more than one thousand five hundred fifty warheads under New START")]
    [InlineData("New START requires cuts to seven hundred delivery vehicles by 2018")]
    [InlineData("New START's central limits had to be met by February 2018.")]
    [InlineData("The Prague Treaty entered into force on 5 February 2011")]
    [InlineData("Russia suspended its participation in New START in February 2023")]
    [InlineData("New START was extended until February 2026")]
    [InlineData("Obama and Putin met in Los Cabos in June 2012")]
    public async Task Supported(string claim)
    {
        var result = await Check(claim);
        Assert.Equal("supported", (string?)result["verdict"]);
        Assert.All(result["aspects"]!.AsArray(), a => Assert.NotEmpty(a!["evidence"]!.AsArray()));
        // On the seeds every fact fits in the list, so the count is the list's length.
        Assert.All(result["aspects"]!.AsArray(), a =>
            Assert.Equal(a!["evidence"]!.AsArray().Count, (int)a["evidenceCount"]!)
        );
    }

    [Theory]
    [InlineData("New START allows 1,600 deployed warheads", "1,550 warheads")]
    [InlineData("New START lets each side field 1,800 warheads", "1,550 warheads")]
    [InlineData("New START required the reductions to be completed by 2020", "2018-02-05")]
    [InlineData("Under New START each side keeps 800 delivery vehicles", "700 delivery vehicles")]
    [InlineData("The ABM Treaty was signed in 1974", "1972-05-26")]
    [InlineData("New START expired in 2021", "2026-02-05")]
    public async Task Contradicted_citing_what_the_sources_give(string claim, string expected)
    {
        var result = await Check(claim);
        Assert.Equal("contradicted", (string?)result["verdict"]);
        var aspect = result["aspects"]!.AsArray().First(a => (string?)a!["verdict"] == "contradicted")!;
        Assert.Equal(expected, (string?)aspect["expected"]);
        Assert.NotEmpty(aspect["evidence"]!.AsArray());
    }

    [Fact]
    public async Task The_treaty_text_is_named_as_the_source()
    {
        var result = await Check("START I allows 7,000 warheads");
        Assert.Equal("contradicted", (string?)result["verdict"]);
        Assert.Contains("the treaty text, Article II", (string?)Aspect(result, "limit")["explanation"]);
        Assert.Equal("treaty-text", (string?)Aspect(result, "limit")["evidence"]![0]!["source"]!["kind"]);
    }

    [Fact]
    public async Task A_fact_sheet_stating_a_treaty_limit_is_named_as_itself_not_as_the_treaty_text()
    {
        var result = await Check("New START allows 1,600 deployed warheads");
        var explanation = (string?)Aspect(result, "limit")["explanation"];
        Assert.Contains("U.S. Department of State, New START Treaty Aggregate Numbers", explanation);
        Assert.Contains("on Article II, paragraph 1(b)", explanation);
        Assert.DoesNotContain("the treaty text", explanation);
        Assert.Equal("reference", (string?)Aspect(result, "limit")["evidence"]![0]!["source"]!["kind"]);
    }

    [Theory]
    [InlineData("the cuts were due by 2021")] // no treaty named: none assumed
    [InlineData("New START bans cruise missiles")]
    [InlineData("The INF Treaty limited each side to 500 launchers")]
    [InlineData("Lavrov said the talks were a failure")]
    [InlineData("New START limits each side to 1,550 warheads and includes on-site inspections")]
    [InlineData("According to the Qatar News Agency, Peskov called the talks very positive")]
    [InlineData("Obama and Putin met in Los Cabos for the second time")]
    public async Task Unverifiable(string claim) =>
        Assert.Equal("unverifiable", (string?)(await Check(claim))["verdict"]);

    [Theory]
    [InlineData("Did New START enter into force in 2011?", "question")]
    [InlineData("Le traité New START est entré en vigueur en 2011", "English")]
    [InlineData("1,550 / 700 -- 2018!!!", "no words")]
    [InlineData("The Treaty of Tlatelolco bans nuclear weapons in Latin America", "does not know")]
    public async Task Bad_input_is_unverifiable_with_a_reason(string claim, string reason)
    {
        var result = await Check(claim);
        Assert.Equal("unverifiable", (string?)result["verdict"]);
        Assert.Contains(reason, (string?)result["explanation"]);
        Assert.Equal("input", (string?)result["aspects"]![0]!["kind"]);
    }

    [Fact]
    public async Task A_claim_over_2000_characters_is_a_400()
    {
        var response = await api.Client.PostAsJsonAsync("/claims/check", new { claim = new string('a', 2001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

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
        Assert.Equal("statement", (string?)result["aspects"]![0]!["evidence"]![0]!["kind"]);
    }

    [Fact]
    public async Task Words_given_to_the_wrong_speaker_are_contradicted()
    {
        var result = await Check("Putin said \"It was constructive and very open\"");
        Assert.Equal("contradicted", (string?)result["verdict"]);
        Assert.Equal("Dmitry Peskov", (string?)Aspect(result, "quotation")["expected"]);
        Assert.Contains("Dmitry Peskov, not Vladimir Putin", (string?)result["explanation"]);
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
        var response = await api.Client.PostAsync(
            "/claims/check",
            new StringContent(body, System.Text.Encoding.UTF8, contentType)
        );
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
