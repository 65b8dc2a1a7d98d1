using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Extraction;

/// <summary>POST /extract?explain=true says for each fact which rule and cue produced it.</summary>
public class ExplainEndpointTests(SharedApi api) : IClassFixture<SharedApi>
{
    private const string Article = """
        Russia offers a year of restraint

        GENEVA, Sept 23 - New START limits each side to 1,550 deployed strategic warheads, and the accord expires on
        February 5, 2026.

        "We are talking about restraint," Deputy Foreign Minister Sergei Ryabkov told reporters.
        """;

    private async Task<(HttpStatusCode, JsonNode)> Post(string path, string body)
    {
        var response = await api.Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "text/plain"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Each_fact_has_its_rule_and_cue()
    {
        var (status, result) = await Post("/extract?explain=true", Article);
        Assert.Equal(HttpStatusCode.OK, status);
        var explain = result["explain"]!.AsArray().Select(e => e!).ToList();
        var limit = result["limits"]![0]!;
        var byFact = explain.ToDictionary(e => (string)e["fact"]!);
        Assert.Equal("limit-verb", (string?)byFact[(string)limit["id"]!]["rule"]);
        Assert.Equal("limits … to", (string?)byFact[(string)limit["id"]!]["cue"]);
        var deadline = result["deadlines"]![0]!;
        Assert.Equal("2026-02-05", (string?)deadline["date"]!["date"]);
        Assert.Equal("expires", (string?)byFact[(string)deadline["id"]!]["cue"]);
        var statement = result["statements"]![0]!;
        Assert.Equal("Sergei Ryabkov", (string?)statement["speakers"]![0]!["name"]);
        Assert.Equal("quote-then-attribution", (string?)byFact[(string)statement["id"]!]["rule"]);
        Assert.Equal(3, explain.Count);
    }

    [Fact]
    public async Task Without_explain_there_is_none()
    {
        var (_, result) = await Post("/extract", Article);
        Assert.Null(result["explain"]);
        Assert.Empty(result["warnings"]!.AsArray());
    }

    [Fact]
    public async Task Explain_must_be_true_or_false()
    {
        var (status, problem) = await Post("/extract?explain=yes", Article);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem["errors"]!["explain"]);
    }

    [Fact]
    public async Task Another_language_answers_with_a_warning_and_no_facts()
    {
        var (status, result) = await Post(
            "/extract",
            "Le traité New START expire en février\n\n"
                + "Moscou a annoncé mardi la suspension de sa participation au traité sur la réduction des armes "
                + "stratégiques.\n"
                + "« Nous respecterons les plafonds », a déclaré le vice-ministre des Affaires étrangères aux "
                + "journalistes."
        );
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(result["treaties"]!.AsArray());
        Assert.Single(result["warnings"]!.AsArray());
    }
}
