using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Cluster;

/// <summary>
/// Behind a load balancer: X-Forwarded-For/-Proto/-Host are believed only from the configured proxies. Requests are
/// sent through the test server with the connection's remote address set, as Kestrel would see it.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Proxy = "10.0.0.2";
    private const string Stranger = "198.51.100.9";
    private readonly WebApplicationFactory<Program> _app = new ApiFactory().WithWebHostBuilder(b =>
    {
        b.UseSetting("TreatyApi:ForwardedHeaders:KnownProxies", Proxy);
        b.UseSetting("TreatyApi:PostsPerMinute", "2");
        b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, PeerAddress>());
    });

    public void Dispose() => _app.Dispose();

    /// <summary>
    /// The test server has no socket: the connection's remote address is set from X-Test-Peer, first in the pipeline,
    /// as Kestrel would set it from the peer before the app's own middleware runs.
    /// </summary>
    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    (context, then) =>
                    {
                        context.Connection.RemoteIpAddress = IPAddress.Parse(
                            context.Request.Headers["X-Test-Peer"].ToString()
                        );
                        context.Request.Headers.Remove("X-Test-Peer");
                        return then(context);
                    }
                );
                next(app);
            };
    }

    private record Answer(int Status, string Body, HttpResponseMessage Response)
    {
        public string? Next => (string?)JsonNode.Parse(Body)!["next"];
    }

    private async Task<Answer> Send(
        string from,
        string method,
        string pathAndQuery,
        string? client = null,
        string? body = null
    )
    {
        using var http = _app.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                AllowAutoRedirect = false,
                BaseAddress = new Uri("http://instance-1:5301"),
            }
        );
        var request = new HttpRequestMessage(new HttpMethod(method), pathAndQuery);
        request.Headers.Add("X-Test-Peer", from);
        if (client is not null)
            request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "treaties.example.org");
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await http.SendAsync(request);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task From_a_known_proxy_next_and_Link_carry_the_public_address()
    {
        var a = await Send(Proxy, "GET", "/statements?limit=2", client: "203.0.113.7");
        Assert.Equal(200, a.Status);
        Assert.StartsWith("https://treaties.example.org/statements?limit=2&cursor=", a.Next);
        Assert.Equal($"<{a.Next}>; rel=\"next\"", string.Join(",", a.Response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task From_anyone_else_the_forwarded_headers_are_ignored()
    {
        var a = await Send(Stranger, "GET", "/statements?limit=2", client: "203.0.113.7");
        Assert.StartsWith("http://instance-1:5301/statements?limit=2&cursor=", a.Next);
        // The answer kept for one address is not served to the other (the response cache keys on the address).
        var proxied = await Send(Proxy, "GET", "/statements?limit=2", client: "203.0.113.7");
        Assert.StartsWith("https://treaties.example.org/", proxied.Next);
        var direct = await Send(Stranger, "GET", "/statements?limit=2");
        Assert.StartsWith("http://instance-1:5301/", direct.Next);
    }

    [Fact]
    public async Task A_redirect_names_no_instance()
    {
        var a = await Send(Proxy, "GET", "/treaties/New%20START/limits", client: "203.0.113.7");
        Assert.Equal(308, a.Status);
        // Relative, so a browser resolves it against the address it asked (the public one).
        Assert.Equal("/treaties/new-start/limits", a.Response.Headers.Location?.OriginalString);
    }

    private const string Claim = """{"claim": "New START allows 1,550 deployed warheads"}""";

    [Fact]
    public async Task Through_a_known_proxy_each_reader_has_its_own_POST_limit()
    {
        for (var i = 0; i < 2; i++)
        {
            var ok = await Send(Proxy, "POST", "/claims/check", client: "203.0.113.7", body: Claim);
            Assert.True(ok.Status == 200, ok.Body);
        }
        Assert.Equal(429, (await Send(Proxy, "POST", "/claims/check", client: "203.0.113.7", body: Claim)).Status);
        // Another reader behind the same proxy is not refused for the first one's requests.
        Assert.Equal(200, (await Send(Proxy, "POST", "/claims/check", client: "203.0.113.8", body: Claim)).Status);
        // Only the last address is read, the one the proxy saw: what a client wrote before it changes nothing.
        var forged = await Send(Proxy, "POST", "/claims/check", client: "192.0.2.1, 203.0.113.7", body: Claim);
        Assert.Equal(429, forged.Status);
    }

    [Fact]
    public async Task From_anyone_else_a_forged_X_Forwarded_For_does_not_buy_more_POSTs()
    {
        for (var i = 0; i < 2; i++)
        {
            var answer = await Send(Stranger, "POST", "/claims/check", client: $"203.0.113.{i}", body: Claim);
            Assert.Equal(200, answer.Status);
        }
        var refused = await Send(Stranger, "POST", "/claims/check", client: "203.0.113.99", body: Claim);
        Assert.Equal(429, refused.Status);
        Assert.NotNull(refused.Response.Headers.RetryAfter);
    }

    [Fact]
    public void A_setting_that_is_not_an_address_stops_the_start_with_a_message()
    {
        using var app = new ApiFactory().WithWebHostBuilder(b =>
            b.UseSetting("TreatyApi:ForwardedHeaders:KnownProxies", "10.0.0.2, nginx.local")
        );
        var e = Assert.Throws<InvalidOperationException>(() => app.CreateClient());
        Assert.Contains("TreatyApi:ForwardedHeaders:KnownProxies: 'nginx.local' is not an IP address", e.Message);
    }
}
