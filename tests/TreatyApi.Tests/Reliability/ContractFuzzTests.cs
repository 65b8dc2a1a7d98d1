using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Reliability;

/// <summary>
/// Hostile input generated from the contract: for every operation and parameter in the OpenAPI document (the
/// served one, which a test proves equal to openapi.yaml), bad values of every kind. Pass: no 5xx, every 4xx is
/// problem+json, and the server still answers /health afterwards. CI sends at least 2,000 requests;
/// `bench/fuzz.sh` sets FUZZ_REQUESTS=100000.
/// </summary>
public class ContractFuzzTests
{
    private static readonly string[] BadValues =
    [
        "",
        " ",
        new string('x', 100_000),
        "\u0000",
        "a\u0000b",
        "\u0001\u001f",
        "\u007f",
        "%",
        "%zz",
        "%00",
        "%C0%AF",
        "\uFFFD",
        "😀🚀",
        "\u202Eevil",
        "' OR 1=1 --",
        "\"; DROP TABLE statements; --",
        "1; SELECT * FROM documents",
        "NEAR(a b)",
        "a* OR b*",
        "\"unbalanced",
        "((((",
        "))",
        "col:value",
        "-",
        "^",
        "../../etc/passwd",
        "..%2F..%2F",
        "-1",
        "0",
        "2147483648",
        "99999999999999999999",
        "1e308",
        "NaN",
        "1.5",
        "0x10",
        "true",
        "null",
        "[]",
        "{}",
        "2012-13-45",
        "2012-02-30",
        "9999-99-99",
        "YWJj",
        "c2\nxx\nyy",
        "=",
        "&",
        "?",
        "#",
    ];

    private static IEnumerable<string> Encoded(string v) =>
        [Uri.EscapeDataString(v), v.Replace("&", "%26").Replace("#", "%23")];

    [Fact]
    public async Task Bad_values_for_every_parameter_of_every_operation_give_no_5xx()
    {
        var target = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), out var n) ? n : 2_000;
        using var factory = new ApiFactory().WithWebHostBuilder(b =>
            b.UseSetting("TreatyApi:PostsPerMinute", "1000000")
        );
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var doc = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var requests = Requests(doc).ToList();
        Assert.True(requests.Count > 500, $"only {requests.Count} distinct requests from the contract");
        Console.WriteLine($"contract fuzz: {requests.Count} distinct requests generated from the contract");

        var random = new Random(20261128);
        // A seeded shuffle: CI's 2,000 reach every operation; the 100,000 of bench/fuzz.sh cover every request many
        // times.
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(requests));
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var unsendable = 0;
        for (int i = 0; i < target; i++)
        {
            var make = i < requests.Count ? requests[i] : requests[random.Next(requests.Count)];
            using var request = make();
            var what = $"{request.Method} {request.RequestUri}";
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
            {
                // A NUL in the path cannot reach the app: Kestrel refuses such a request line itself (a bare 400).
                unsendable++;
                continue;
            }
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
                failures.Add($"{status} {what}");
            else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{status} without problem+json: {what}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.True(statuses.Keys.Any(s => s >= 400), "no request was refused: the generator is not hostile");
        Console.WriteLine(
            $"contract fuzz: {target} requests; statuses "
                + string.Join(", ", statuses.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}×{kv.Value}"))
                + $"; {unsendable} with a NUL in the path not sendable"
        );
    }

    /// <summary>Request makers: each bad value in each parameter, plus body and protocol abuse for POSTs.</summary>
    private static IEnumerable<Func<HttpRequestMessage>> Requests(JsonNode doc)
    {
        foreach (var (path, item) in doc["paths"]!.AsObject())
        {
            foreach (var (method, op) in item!.AsObject())
            {
                var parameters = op!
                    ["parameters"]
                    ?.AsArray()
                    .Select(p => (Name: (string)p!["name"]!, In: (string)p["in"]!))
                    .ToList()
                    ?? [];
                string Fill(string template) =>
                    parameters
                        .Where(p => p.In == "path")
                        .Aggregate(template, (t, p) =>
                            t.Replace("{" + p.Name + "}", p.Name == "slug" ? "new-start" : "x")
                        );
                var http = new HttpMethod(method.ToUpperInvariant());
                foreach (var p in parameters)
                {
                    foreach (var bad in BadValues)
                    {
                        foreach (var encoded in Encoded(bad))
                        {
                            var url =
                                p.In == "path"
                                    ? Fill(path.Replace("{" + p.Name + "}", encoded.Length == 0 ? "%20" : encoded))
                                    : $"{Fill(path)}?{p.Name}={encoded}";
                            if (http == HttpMethod.Get || p.In != "path")
                                yield return () =>
                                    new HttpRequestMessage(http, url)
                                    {
                                        Content = Body(http, "{\"claim\":\"New START limits warheads\"}"),
                                    };
                        }
                    }
                    // The same parameter twice, and an unknown neighbour.
                    yield return () =>
                        new HttpRequestMessage(http, $"{Fill(path)}?{p.Name}=a&{p.Name}=b")
                        {
                            Content = Body(http, "{}"),
                        };
                }
                yield return () =>
                    new HttpRequestMessage(http, $"{Fill(path)}?unknownParameter=1") { Content = Body(http, "{}") };
                // Headers the API reads: Accept, If-None-Match, Origin.
                foreach (var (name, value) in HostileHeaders())
                    yield return () =>
                    {
                        var r = new HttpRequestMessage(http, Fill(path))
                        {
                            Content = Body(http, "{\"claim\":\"New START limits warheads\"}"),
                        };
                        r.Headers.TryAddWithoutValidation(name, value);
                        return r;
                    };
                if (http != HttpMethod.Post)
                    continue;
                foreach (var (body, type) in HostileBodies())
                    yield return () =>
                        new HttpRequestMessage(http, Fill(path))
                        {
                            Content = new ByteArrayContent(body) { Headers = { { "Content-Type", type } } },
                        };
            }
        }
    }

    private static IEnumerable<(string Name, string Value)> HostileHeaders()
    {
        string[] values =
        [
            "",
            "*",
            ";;;",
            "garbage/",
            "text/csv;q=abc",
            "application/json;q=0",
            "*/*;q=0",
            "W/\"x",
            "\"unterminated",
            new string('x', 8000),
            "\"a\", \"b\", *",
            "null",
            "😀",
            "\u00e9",
        ];
        foreach (var v in values)
        {
            yield return ("Accept", v);
            yield return ("If-None-Match", v);
            yield return ("Origin", v);
        }
    }

    private static StringContent? Body(HttpMethod method, string json) =>
        method == HttpMethod.Post ? new StringContent(json, Encoding.UTF8, "application/json") : null;

    private static IEnumerable<(byte[] Body, string Type)> HostileBodies()
    {
        string[] json =
        [
            "",
            "{",
            "}",
            "[]",
            "[1,2]",
            "null",
            "true",
            "\"text\"",
            "{\"claim\":",
            "{\"claim\":null}",
            "{\"claim\":5}",
            "{\"claim\":[\"a\"]}",
            "{\"claim\":{}}",
            "{\"text\":5}",
            "{\"text\":\"\\u0000\"}",
            "{\"text\":\"x\",\"published\":\"yesterday\"}",
            "{\"claim\":\"" + new string('a', 5000) + "\"}",
            new string('[', 5000) + new string(']', 5000),
            string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000),
            "{\"claim\":\"x\"} trailing",
            "{\"claim\":\"New START limits each side to 1,550 warheads\",\"claim\":\"again\"}",
        ];
        foreach (var j in json)
            yield return (Encoding.UTF8.GetBytes(j), "application/json");
        yield return ([0xFF, 0xFE, 0x00], "application/json");
        yield return ([0xFF, 0xFE, 0x00], "text/plain");
        yield return (Encoding.UTF8.GetBytes("claim=x"), "application/x-www-form-urlencoded");
        yield return (Encoding.UTF8.GetBytes("<claim>x</claim>"), "application/xml");
        yield return (Encoding.UTF8.GetBytes("{\"claim\":\"x\"}"), "text/plain; charset=latin1");
        yield return (new byte[300 * 1024], "text/plain");
        yield return (Encoding.UTF8.GetBytes("{\"claim\":\"x\"}"), "application/json; charset=utf-16");
    }
}
