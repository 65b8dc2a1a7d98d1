using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Journalist;

/// <summary>
/// An explanation says what the treaty says: a count is limited, a level or a mass has a ceiling, a band of ranges is
/// what a treaty covers, and the ratifications a treaty needs are a threshold, never "limits ratifications to 50".
/// </summary>
public class ClaimWordingTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<string> Explanation(string claim, string verdict)
    {
        var response = await api.Client.PostAsJsonAsync("/claims/check", new { claim });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(verdict, (string?)result["verdict"]);
        var limit = result["aspects"]!.AsArray().First(a => (string?)a!["kind"] == "limit")!;
        return (string)limit["explanation"]!;
    }

    [Theory]
    [InlineData(
        "New START allows each side 1,550 deployed warheads.",
        "supported",
        "New START limits warheads to 1,550"
    )]
    [InlineData(
        "Under the JCPOA, Iran could enrich uranium to no more than 3.67 percent.",
        "supported",
        "JCPOA sets 3.67 percent as the limit on the uranium enrichment level"
    )]
    [InlineData(
        "The JCPOA capped Iran's stockpile of enriched uranium at 200 kilograms.",
        "contradicted",
        "JCPOA sets 300 kilograms as the limit on the stockpile of uranium hexafluoride"
    )]
    [InlineData(
        "The TPNW needed 50 ratifications to enter into force.",
        "supported",
        "TPNW needs 50 ratifications to enter into force"
    )]
    [InlineData(
        "The INF Treaty banned ground-launched missiles with ranges of 500 to 5,500 kilometers.",
        "supported",
        "INF Treaty sets 500-5,500 kilometers as the range capability"
    )]
    public async Task A_limit_is_worded_by_what_it_measures(string claim, string verdict, string words)
    {
        var explanation = await Explanation(claim, verdict);
        Assert.StartsWith(words, explanation);
        Assert.DoesNotContain("limits percent", explanation);
        Assert.DoesNotContain("limits kilometers", explanation);
        Assert.DoesNotContain("limits ratifications", explanation);
    }
}
