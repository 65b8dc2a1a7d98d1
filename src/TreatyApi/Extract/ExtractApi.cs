using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Infrastructure;

namespace TreatyApi.Extract;

public static class ExtractApi
{
    /// <summary>The largest body accepted, in bytes (documented in OpenAPI).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The body is read by hand (text/plain or JSON), so it is checked here rather than by Validate.</summary>
    private static readonly ExtractRequestValidator BodyValidator = new();

    public static RouteGroupBuilder MapExtract(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/extract").WithTags("Extract").ValidateRequests().ProducesProblem(500);
        group
            .MapPost("", Post)
            .Validate(new ExtractQueryValidator())
            .RequireRateLimiting(RateLimits.Post)
            .ProducesProblem(429)
            .WithName("extract")
            .WithSummary("Extract facts from an article without storing it")
            .WithDescription(
                $"Body: the article as `text/plain` (UTF-8), or JSON `{{\"text\", \"published\", \"title\"}}`. At most "
                    + $"{MaxBodyBytes / 1024} KB; larger is a 413."
            )
            .Accepts<ExtractRequest>("application/json", "text/plain")
            .ProducesProblem(413)
            .ProducesProblem(415)
            .WithRequestExample(
                "application/json",
                new System.Text.Json.Nodes.JsonObject
                {
                    ["text"] = "\"We will comply,\" Lavrov said on Monday.",
                    ["published"] = "2015-03-04",
                    ["title"] = "Lavrov on the treaty",
                }
            )
            .WithRequestExample(
                "text/plain",
                System.Text.Json.Nodes.JsonValue.Create(
                    "Moscow Halts Treaty Inspections\n\nAugust 8, 2022\n\n\"This is a temporary measure,\" Lavrov said."
                )!
            )
            .WithResponseExample(
                (db, _) =>
                    Run(
                        Snapshot.LoadExtractor(db),
                        new ExtractRequest(
                            db.QueryFirstString("SELECT text FROM documents ORDER BY id LIMIT 1"),
                            null,
                            null
                        ),
                        explain: true
                    )
            );
        return group;
    }

    public static async Task<Results<Ok<ExtractResult>, ValidationProblem, ProblemHttpResult>> Post(
        [AsParameters] ExtractQuery query,
        HttpRequest request,
        Snapshot snapshot,
        IOptions<JsonOptions> json
    )
    {
        if (request.ContentLength > MaxBodyBytes)
            return TooLarge();
        var media = request.ContentType is { } ct ? ct.Split(';')[0].Trim().ToLowerInvariant() : null;
        if (media is not ("text/plain" or "application/json"))
            return TypedResults.Problem(
                statusCode: 415,
                title: "Unsupported media type",
                type: Problems.TypeFor(415),
                detail: "Send the article as text/plain (UTF-8) or as application/json with a `text` field."
            );

        var bytes = await ReadCapped(request.Body, request.HttpContext.RequestAborted);
        if (bytes is null)
            return TooLarge();
        string body;
        try
        {
            body = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Invalid("body", "Must be UTF-8 text.");
        }

        ExtractRequest? input;
        if (media == "text/plain")
            input = new ExtractRequest(body, null, null);
        else
        {
            try
            {
                input = JsonSerializer.Deserialize<ExtractRequest>(body, json.Value.SerializerOptions);
            }
            catch (JsonException e)
            {
                return Problems.Invalid(JsonBodyErrors.From(e, typeof(ExtractRequest)));
            }
            if (input is null)
                return Invalid("body", "Must be a JSON object with a `text` field.");
        }
        var result = await BodyValidator.ValidateAsync(input);
        if (!result.IsValid)
            return Problems.Invalid(
                result
                    .Errors.GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())
            );
        return TypedResults.Ok(Run(snapshot.Extractor, input, query.Explain == true));
    }

    /// <summary>Each fact's rule and cue, in the order the facts are listed.</summary>
    private static List<FactExplanation> Explanations(ExtractionResult facts)
    {
        var ids = facts
            .Limits.Select(l => (l.Id, "limit"))
            .Concat(facts.Deadlines.Select(d => (d.Id, "deadline")))
            .Concat(facts.Statements.Select(s => (s.Id, "statement")));
        return ids.Where(x => facts.Explanations.ContainsKey(x.Id))
            .Select(x => new FactExplanation(
                x.Id,
                x.Item2,
                facts.Explanations[x.Id].Rule,
                facts.Explanations[x.Id].Cue
            ))
            .ToList();
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(
            statusCode: 413,
            title: "Payload too large",
            type: Problems.TypeFor(413),
            detail: $"The body may be at most {MaxBodyBytes} bytes."
        );

    private static ValidationProblem Invalid(string key, string message) =>
        Problems.Invalid(new Dictionary<string, string[]> { [key] = [message] });

    /// <summary>
    /// Reads the body, or null as soon as it passes the limit (a chunked body has no Content-Length to trust).
    /// </summary>
    private static async Task<byte[]?> ReadCapped(Stream body, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static ExtractResult Run(Extractor extractor, ExtractRequest input, bool explain)
    {
        var text = input.Text!;
        var published = input.Published is { } p
            ? DateOnly.ParseExact(p, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : Dates.PublicationLine(text);
        var title = input.Title ?? Extractor.TitleLine(text);
        var facts = extractor.Extract(new SourceDocument("request", text, published));
        var iso = published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return FactMapping.ToResult(facts, title, iso) with
        {
            Warnings = facts.Warnings,
            Explain = explain ? Explanations(facts) : null,
        };
    }
}
