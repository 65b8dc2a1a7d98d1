using System.Net;
using System.Text.Json.Nodes;

namespace TreatyApi.Tests.Http;

/// <summary>Bad input gets a problem+json answer naming what was wrong; nothing gives a 500.</summary>
public class ErrorTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<JsonNode> Problem(string url, HttpStatusCode status, HttpMethod? method = null)
    {
        var response = await api.Client.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, url));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int)body["status"]!);
        Assert.StartsWith("urn:treatyapi:problem:", (string?)body["type"]);
        Assert.NotNull((string?)body["title"]);
        Assert.NotNull((string?)body["traceId"]);
        return body;
    }

    [Theory]
    [InlineData("/statements?speakr=Obama", "speakr")]
    [InlineData("/treaties/new-start?limit=5", "limit")]
    [InlineData("/statements?limit=0", "limit")]
    [InlineData("/statements?limit=201", "limit")]
    [InlineData("/statements?limit=ten", "limit")]
    [InlineData("/statements?from=2012-6-1", "from")]
    [InlineData("/statements?from=2012-06-20&to=2012-06-01", "to")]
    [InlineData("/statements?cursor=not-a-cursor", "cursor")]
    [InlineData("/statements?cursor=YWJj", "cursor")]
    [InlineData("/actors?kind=planet", "kind")]
    [InlineData("/statements?speaker=a&speaker=b", "speaker")]
    public async Task A_bad_or_unknown_parameter_is_a_400_naming_it(string url, string parameter)
    {
        var body = await Problem(url, HttpStatusCode.BadRequest);
        Assert.NotNull(body["errors"]![parameter]);
    }

    [Theory]
    [InlineData("/treaties/no-such-treaty")]
    [InlineData("/documents/nope")]
    [InlineData("/actors/nobody")]
    [InlineData("/no/such/route")]
    public async Task Missing_is_a_404_problem(string url) => await Problem(url, HttpStatusCode.NotFound);

    [Fact]
    public async Task A_wrong_method_is_a_405_problem() =>
        await Problem("/treaties/new-start", HttpStatusCode.MethodNotAllowed, HttpMethod.Post);

    [Theory]
    [InlineData("/statements?speaker=' OR 1=1 --")]
    [InlineData("/statements?speaker=%22%3B DROP TABLE statements%3B --")]
    [InlineData("/treaties/%27%20OR%20%271%27%3D%271")]
    [InlineData("/statements?treaty=NEAR(a b)*")]
    [InlineData("/actors/..%2F..%2Fetc%2Fpasswd")]
    public async Task Sql_and_odd_syntax_is_only_data(string url)
    {
        var response = await api.Client.GetAsync(url);
        Assert.True(
            response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest,
            url + " gave " + response.StatusCode
        );
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.Empty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Control_characters_and_huge_values_are_a_400()
    {
        await Problem("/statements?speaker=%01%02", HttpStatusCode.BadRequest);
        await Problem("/statements?speaker=" + new string('x', 10_000), HttpStatusCode.BadRequest);
    }
}
