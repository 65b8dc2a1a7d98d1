using System.Text.RegularExpressions;

namespace TreatyApi.Tests.Http;

/// <summary>README's examples answer as printed.</summary>
public class ReadmeTests(SharedApi api) : IClassFixture<SharedApi>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));

    [Fact]
    public async Task The_curl_examples_with_printed_json_answer_as_printed()
    {
        var examples = Regex.Matches(
            Readme,
            @"```sh\ncurl -s localhost:5080(?<path>\S+)\n```\n```json\n(?<json>.*)\n```"
        );
        Assert.NotEmpty(examples);
        foreach (Match m in examples)
            Assert.Equal(m.Groups["json"].Value, await api.Client.GetStringAsync(m.Groups["path"].Value));
    }

    [Fact]
    public async Task The_curl_examples_with_an_answer_in_a_comment_answer_as_printed()
    {
        // `curl -s 'localhost:5080/…'` with its body on the next line as `# {…}`; a trace id is printed as "…".
        var examples = Regex.Matches(Readme, @"\ncurl -s 'localhost:5080(?<path>[^']+)'[^\n]*\n# (?<json>\{.*\})\n");
        Assert.NotEmpty(examples);
        foreach (Match m in examples)
        {
            var response = await api.Client.GetAsync(m.Groups["path"].Value);
            var body = Regex.Replace(
                await response.Content.ReadAsStringAsync(),
                "\"traceId\":\"[^\"]*\"",
                "\"traceId\":\"…\""
            );
            Assert.Equal(m.Groups["json"].Value, body);
        }
    }

    [Fact]
    public void The_first_commands_are_the_ones_CI_and_newcomers_use()
    {
        Assert.Contains("dotnet run --project src/TreatyApi", Readme.Split("\n").Take(5).Aggregate((a, b) => a + b));
        Assert.Contains("dotnet test TreatyApi.sln", File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run")));
    }
}
