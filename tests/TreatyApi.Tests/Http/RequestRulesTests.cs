using System.Net;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using TreatyApi.Infrastructure;

namespace TreatyApi.Tests.Http;

/// <summary>
/// Each endpoint names how its request is checked; an endpoint that does not, or names another record than its
/// handler takes, stops the app from starting. Typed query values are bound by the framework and a bad one is
/// answered in our words.
/// </summary>
public class RequestRulesTests(SharedApi api) : IClassFixture<SharedApi>
{
    public sealed record MadeUpRequest([property: FromQuery(Name = "n")] int? N);

    public sealed class MadeUpRequestValidator : AbstractValidator<MadeUpRequest>;

    public sealed record OtherRequest([property: FromQuery(Name = "x")] string? X);

    private static WebApplication EmptyApp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        return builder.Build();
    }

    [Fact]
    public void An_endpoint_without_a_validator_stops_the_app_from_starting()
    {
        var app = EmptyApp();
        app.MapGet("/made-up", ([AsParameters] MadeUpRequest r) => r.N);
        var error = Assert.Throws<InvalidOperationException>(() => app.VerifyRequestRules());
        Assert.Contains("no .Validate", error.Message);
    }

    [Fact]
    public void An_endpoint_validated_as_another_record_stops_the_app_from_starting()
    {
        var app = EmptyApp();
        app.MapGet("/made-up", ([AsParameters] OtherRequest r) => r.X).Validate(new MadeUpRequestValidator());
        var error = Assert.Throws<InvalidOperationException>(() => app.VerifyRequestRules());
        Assert.Contains("OtherRequest", error.Message);
    }

    [Fact]
    public void Endpoints_that_name_their_rules_pass()
    {
        var app = EmptyApp();
        app.MapGet("/made-up", ([AsParameters] MadeUpRequest r) => r.N).Validate(new MadeUpRequestValidator());
        app.MapGet("/nothing", () => "ok").TakesNoParameters();
        app.VerifyRequestRules();
    }

    [Theory]
    [InlineData("/statements?limit=abc", "limit", "Must be a whole number from 1 to 200 (default 50).")]
    [InlineData("/statements?limit=", "limit", "Must be a whole number from 1 to 200 (default 50).")]
    [InlineData("/statements?limit=%2B5", "limit", "Must be a whole number from 1 to 200 (default 50).")]
    [InlineData("/statements?limit=99999999999", "limit", "Must be a whole number from 1 to 200 (default 50).")]
    [InlineData("/treaties/new-start/limits?limit=1.5", "limit", "Must be a whole number from 1 to 200 (default 50).")]
    [InlineData("/statements?from=yesterday", "from", "Must be a date in the form YYYY-MM-DD.")]
    [InlineData("/statements?to=01/02/2020", "to", "Must be a date in the form YYYY-MM-DD.")]
    [InlineData("/search?q=treaty&from=2020-02-30", "from", "Must be a date in the form YYYY-MM-DD.")]
    [InlineData("/treaties/ctbt/parties?on=2020-1-1", "on", "Must be a date in the form YYYY-MM-DD.")]
    [InlineData("/actors/russia/treaties?on=soon", "on", "Must be a date in the form YYYY-MM-DD.")]
    public async Task A_value_not_of_its_type_is_a_400_in_our_words(string url, string parameter, string message)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(message, (string?)body["errors"]![parameter]![0]);
        // Never the framework's text (it names parameters and .NET types).
        Assert.DoesNotContain("bind", body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Explain_must_be_true_or_false()
    {
        var content = new StringContent("Some text.", System.Text.Encoding.UTF8, "text/plain");
        var response = await api.Client.PostAsync("/extract?explain=yes", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Must be true or false.", (string?)body["errors"]!["explain"]![0]);
    }

    [Fact]
    public async Task A_typed_value_is_used()
    {
        var page = JsonNode.Parse(await api.Client.GetStringAsync("/statements?limit=2&from=2000-01-01"))!;
        Assert.Equal(2, page["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/treaties/New%20START", "/treaties/new-start")]
    [InlineData("/treaties/New%20START/limits?limit=5", "/treaties/new-start/limits?limit=5")]
    [InlineData("/treaties/CTBT/parties?on=2020-01-01", "/treaties/ctbt/parties?on=2020-01-01")]
    public async Task An_alias_redirects_to_the_canonical_url_from_one_filter(string url, string location)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_slug_is_validated_before_it_is_resolved()
    {
        var response = await api.Client.GetAsync("/treaties/" + new string('a', 201) + "/limits");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(body["errors"]!["slug"]);
    }
}
