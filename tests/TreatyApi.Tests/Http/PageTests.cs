using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TreatyApi.Page;

namespace TreatyApi.Tests.Http;

/// <summary>
/// The page at `/` (src/TreatyApi/wwwroot) is served with its own Content-Security-Policy and cache headers, every
/// module it imports is there, and the API around it answers as before: JSON with its own policy, problem+json 404s.
/// What the page does in a browser is tested in Chromium by clients/web/test (CI's contract checks).
/// </summary>
public partial class PageTests(SharedApi api) : IClassFixture<SharedApi>
{
    private HttpClient Client => api.Client;

    [GeneratedRegex("""(?:from|import)\s*\(?\s*"(\./[^"]+)"|(?:src|href)="(/app/[^"]+)"|url\(([^)]+)\)""")]
    private static partial Regex References();

    [Fact]
    public async Task Slash_serves_the_page_with_its_own_CSP_a_strong_ETag_and_no_cache()
    {
        var page = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PageFiles.ContentSecurityPolicy, Single(page, "Content-Security-Policy"));
        Assert.Contains("script-src 'self'", PageFiles.ContentSecurityPolicy);
        Assert.Contains("style-src 'self'", PageFiles.ContentSecurityPolicy);
        Assert.Contains("connect-src 'self'", PageFiles.ContentSecurityPolicy);
        Assert.Equal("nosniff", Single(page, "X-Content-Type-Options"));
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        var etag = page.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("""<script type="module" src="/app/main.js"></script>""", html);
        // The policy allows no inline script or style, so the page must have none.
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<style", html);

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/");
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal((await page.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_file_the_page_references_is_served_with_its_type_and_the_CSP_and_all_are_under_100_KB()
    {
        var seen = new HashSet<string>();
        var pending = new Queue<string>(["/"]);
        long bytes = 0;
        while (pending.TryDequeue(out var url))
        {
            if (!seen.Add(url))
                continue;
            var response = await Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.Equal(PageFiles.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
            var type = response.Content.Headers.ContentType?.MediaType;
            Assert.Equal(
                Path.GetExtension(url) switch
                {
                    ".js" => "text/javascript",
                    ".css" => "text/css",
                    ".svg" => "image/svg+xml",
                    _ => "text/html",
                },
                type
            );
            var body = await response.Content.ReadAsStringAsync();
            bytes += (await response.Content.ReadAsByteArrayAsync()).Length;
            foreach (Match m in References().Matches(body))
            {
                var reference = m.Groups.Values.Skip(1).First(g => g.Success).Value.Trim('"', '\'');
                if (reference.StartsWith("data:", StringComparison.Ordinal))
                    continue;
                pending.Enqueue(reference.StartsWith('/') ? reference : "/app/" + reference[2..]);
            }
        }
        Assert.Contains("/app/main.js", seen);
        Assert.Contains("/app/claim.js", seen);
        Assert.Contains("/app/api.js", seen);
        Assert.Contains("/app/style.css", seen);
        Assert.True(bytes < 100 * 1024, $"the page's files are {bytes} bytes");
    }

    [Theory]
    [InlineData("/treaties/new-start")]
    [InlineData("/search?q=missile")]
    public async Task API_answers_keep_their_own_headers(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("GET", "/nothing-here")]
    [InlineData("GET", "/app/missing.js")]
    [InlineData("GET", "/index.html")]
    [InlineData("GET", "/app/")]
    [InlineData("GET", "/treaties/no-such-treaty")]
    [InlineData("POST", "/")]
    public async Task Anything_else_is_still_the_APIs_problem_json(string method, string url)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.True((int)response.StatusCode is 404 or 405, $"{method} {url}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(header, out var content) ? string.Join(", ", content)
        : "";
}
