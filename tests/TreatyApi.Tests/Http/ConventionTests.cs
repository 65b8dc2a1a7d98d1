using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TreatyApi.Tests.Http;

/// <summary>Caching, HEAD, security headers, CORS, content negotiation and the error statuses clients meet.</summary>
public class ConventionTests(SharedApi api) : IClassFixture<SharedApi>
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("/treaties/new-start")]
    [InlineData("/statements?speaker=Obama")]
    [InlineData("/search?q=missile")]
    [InlineData("/documents")]
    public async Task Every_GET_has_a_strong_ETag_and_If_None_Match_gives_304(string url)
    {
        var first = await Client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());
        Assert.NotNull(first.Content.Headers.LastModified);
        var again = await Client.GetAsync(url);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task A_cached_answer_lasts_one_day_because_a_status_depends_on_today()
    {
        using var app = new ApiFactory { Now = new DateTimeOffset(2026, 2, 4, 23, 0, 0, TimeSpan.Zero) };
        var client = app.CreateClient();
        var before = await client.GetAsync("/treaties/new-start");
        var cached = await client.GetAsync("/treaties/new-start");
        Assert.Equal(before.Headers.ETag, cached.Headers.ETag);

        app.Clock.Now = new DateTimeOffset(2026, 2, 6, 1, 0, 0, TimeSpan.Zero);
        var after = await client.GetAsync("/treaties/new-start");
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.NotEqual(
            "expired",
            JsonNode.Parse(await before.Content.ReadAsStringAsync())!["status"]!.GetValue<string>()
        );
        Assert.Equal("expired", JsonNode.Parse(await after.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        // The old day's ETag no longer revalidates.
        var revalidate = new HttpRequestMessage(HttpMethod.Get, "/treaties/new-start");
        revalidate.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(revalidate)).StatusCode);
    }

    [Fact]
    public async Task The_same_seeds_give_the_same_ETag_on_another_instance()
    {
        var db = Path.Combine(Path.GetTempPath(), $"treatyapi-other-{Guid.NewGuid():N}.db");
        try
        {
            using var other = new ApiFactory { Database = db };
            var a = (await Client.GetAsync("/treaties/new-start")).Headers.ETag;
            var b = (await other.CreateClient().GetAsync("/treaties/new-start")).Headers.ETag;
            Assert.Equal(a, b);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(db);
        }
    }

    [Fact]
    public async Task HEAD_works_wherever_GET_does()
    {
        var get = await Client.GetAsync("/treaties/new-start");
        var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/treaties/new-start"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        var missing = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/treaties/nope"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/treaties/new-start")]
    [InlineData("/treaties/nope")]
    [InlineData("/statements?limit=0")]
    public async Task Security_headers_on_every_response(string url)
    {
        // Twice: the second answer of a 200 comes from the response cache, which writes its own headers.
        for (var i = 0; i < 2; i++)
        {
            var response = await Client.GetAsync(url);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task CORS_lets_any_origin_read_and_exposes_ETag_and_Link()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/statements?limit=1");
        request.Headers.Add("Origin", "https://newsroom.example");
        var response = await Client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        foreach (var h in new[] { "ETag", "Link", "Content-Disposition" })
            Assert.Contains(h, exposed);

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/treaties/new-start");
        preflight.Headers.Add("Origin", "https://newsroom.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var answer = await Client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("86400", answer.Headers.GetValues("Access-Control-Max-Age").Single());
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        foreach (var field in new[] { "type", "title", "status", "detail", "traceId" })
            Assert.NotNull(body[field]);
        Assert.DoesNotContain("   at ", body.ToJsonString());
    }

    [Fact]
    public async Task Unacceptable_Accept_is_a_406_problem()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/treaties/new-start");
        request.Headers.Accept.ParseAdd("application/xml");
        await AssertProblem(await Client.SendAsync(request), HttpStatusCode.NotAcceptable);
        var csv = new HttpRequestMessage(HttpMethod.Get, "/treaties/new-start");
        csv.Headers.Accept.ParseAdd("text/csv"); // a treaty is one object, not a list: no CSV form
        await AssertProblem(await Client.SendAsync(csv), HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Unknown_routes_wrong_methods_and_media_types_are_problems()
    {
        await AssertProblem(await Client.GetAsync("/no/such/thing"), HttpStatusCode.NotFound);
        var wrongMethod = await Client.DeleteAsync("/statements");
        await AssertProblem(wrongMethod, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", wrongMethod.Content.Headers.Allow);
        await AssertProblem(
            await Client.PostAsync("/claims/check", new StringContent("x", null, "text/xml")),
            HttpStatusCode.UnsupportedMediaType
        );
    }

    [Fact]
    public async Task The_POST_endpoints_are_rate_limited_with_Retry_After()
    {
        using var factory = new ApiFactory().WithWebHostBuilder(b => b.UseSetting("TreatyApi:PostsPerMinute", "2"));
        var client = factory.CreateClient();
        HttpResponseMessage last = null!;
        for (int i = 0; i < 3; i++)
            last = await client.PostAsync(
                "/claims/check",
                new StringContent("{\"claim\":\"New START limits warheads\"}", null, "application/json")
            );
        await AssertProblem(last, HttpStatusCode.TooManyRequests);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        // Reads are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/treaties/new-start")).StatusCode);
    }

    [Theory]
    [InlineData("/statements?sort=-date", "2012-06-19", "2012-06-18")]
    [InlineData("/statements?sort=date", "2012-06-18", "2012-06-19")]
    public async Task Sort_orders_and_pages_the_same_way(string url, string first, string last)
    {
        var items = JsonNode.Parse(await Client.GetStringAsync(url))!["items"]!.AsArray();
        Assert.Equal(first, (string?)items[0]!["date"]!["date"]);
        Assert.Equal(last, (string?)items[^1]!["date"]!["date"]);
        var paged = new List<string>();
        string? next = url + "&limit=2";
        while (next is not null)
        {
            var page = JsonNode.Parse(await Client.GetStringAsync(next))!;
            paged.AddRange(page["items"]!.AsArray().Select(s => (string)s!["id"]!));
            next = (string?)page["next"];
        }
        Assert.Equal(items.Select(s => (string)s!["id"]!), paged);
    }

    [Fact]
    public async Task A_sort_not_allowed_is_a_400_listing_the_allowed_ones()
    {
        var body = JsonNode.Parse(
            await Client
                .GetStringAsync("/statements?sort=speaker")
                .ContinueWith(_ => Client.GetAsync("/statements?sort=speaker").Result.Content.ReadAsStringAsync())
                .Unwrap()
        )!;
        Assert.Contains("date, -date", (string?)body["errors"]!["sort"]![0]);
    }

    [Fact]
    public async Task A_cursor_from_another_list_or_other_filters_or_edited_is_a_400()
    {
        var next = (string)JsonNode.Parse(await Client.GetStringAsync("/statements?speaker=Peskov&limit=1"))!["next"]!;
        var cursor = new Uri(next).Query.Split('&').Single(p => p.StartsWith("cursor=", StringComparison.Ordinal))[7..];
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(next)).StatusCode);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await Client.GetAsync($"/statements?speaker=Obama&cursor={cursor}")).StatusCode
        );
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync($"/documents?cursor={cursor}")).StatusCode);
        var edited = cursor[..^2] + (cursor[^2] == 'A' ? "B" : "A") + cursor[^1];
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await Client.GetAsync($"/statements?speaker=Peskov&cursor={edited}")).StatusCode
        );
    }

    [Fact]
    public async Task Treaty_fact_lists_page_too()
    {
        var all = JsonNode.Parse(await Client.GetStringAsync("/treaties/new-start/statements"))!["items"]!
            .AsArray()
            .Select(s => (string)s!["id"]!)
            .ToList();
        var seen = new List<string>();
        string? next = "/treaties/new-start/statements?limit=4";
        while (next is not null)
        {
            var page = JsonNode.Parse(await Client.GetStringAsync(next))!;
            seen.AddRange(page["items"]!.AsArray().Select(s => (string)s!["id"]!));
            next = (string?)page["next"];
        }
        Assert.Equal(all, seen);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await Client.GetAsync("/treaties/new-start/limits?limit=500")).StatusCode
        );
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_a_stack_trace()
    {
        // A real fault: the snapshot loses a table under the running API.
        var db = Path.Combine(Path.GetTempPath(), $"treatyapi-broken-{Guid.NewGuid():N}.db");
        try
        {
            using var factory = new ApiFactory { Database = db };
            var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
            {
                writer.Open();
                using var drop = writer.CreateCommand();
                drop.CommandText = "DROP TABLE statement_speakers";
                drop.ExecuteNonQuery();
            }
            var response = await client.GetAsync("/statements");
            await AssertProblem(response, HttpStatusCode.InternalServerError);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("statement_speakers", body);
            Assert.DoesNotContain("Sqlite", body);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(db);
        }
    }

    [Fact]
    public async Task OpenAPI_documents_caching_headers_and_every_error_response()
    {
        var doc = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var list = doc["paths"]!["/statements"]!["get"]!["responses"]!;
        foreach (var h in new[] { "ETag", "Cache-Control", "Last-Modified", "Link" })
            Assert.NotNull(list["200"]!["headers"]![h]);
        foreach (var s in new[] { "304", "400", "406", "500", "503" })
            Assert.NotNull(list[s]);
        var post = doc["paths"]!["/claims/check"]!["post"]!["responses"]!;
        foreach (var s in new[] { "400", "415", "429", "500", "503" })
            Assert.NotNull(post[s]);
        Assert.NotNull(post["429"]!["headers"]!["Retry-After"]);
    }

    [Fact]
    public async Task Liveness_and_readiness()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health/ready")).StatusCode);

        // No snapshot and no way to build one: live, but not ready, and data requests say 503.
        var empty = Directory.CreateTempSubdirectory("treatyapi-noseeds-").FullName;
        try
        {
            using var factory = new ApiFactory().WithWebHostBuilder(b =>
            {
                b.UseSetting("TreatyApi:Database", Path.Combine(empty, "none.db"));
                b.UseSetting("TreatyApi:BuildOnStart", "false");
            });
            var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            var ready = await client.GetAsync("/health/ready");
            await AssertProblem(ready, HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(ready.Headers.RetryAfter);
            await AssertProblem(await client.GetAsync("/treaties/new-start"), HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
