using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Endpoint metadata: how to make the example of a 200 answer from the snapshot, so that examples are real
/// extracted facts and never typed in. "today" is the newest publication date in the snapshot, so the
/// examples (and openapi.yaml) depend on the seeds only, not on the day they are generated.
/// </summary>
public sealed record ResponseExample(Func<SqliteConnection, DateOnly, object?> Create);

/// <summary>Endpoint metadata: an example request body per media type.</summary>
public sealed record RequestExample(string MediaType, JsonNode Example);

public static class OpenApi
{
    public static RouteHandlerBuilder WithRequestExample(
        this RouteHandlerBuilder builder,
        string mediaType,
        JsonNode example
    ) => builder.WithMetadata(new RequestExample(mediaType, example));

    /// <summary>One string from the snapshot, for building examples.</summary>
    public static string QueryFirstString(this SqliteConnection db, string sql) =>
        db.QueryFirstOrDefault<string>(sql) ?? "";

    public static TBuilder WithResponseExample<TBuilder>(
        this TBuilder builder,
        Func<SqliteConnection, DateOnly, object?> create
    )
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ResponseExample(create));

    public static IServiceCollection AddTreatyOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(
                "v1",
                new OpenApiInfo
                {
                    Title = "TreatyApi",
                    Version = "v1",
                    License = new OpenApiLicense
                    {
                        Name = "Data: public sources, each cited; code: see the repository",
                        Url = new Uri("https://spdx.org/licenses/"),
                    },
                    Description =
                        "Arms-control treaty facts (treaties, limits, deadlines, statements, what each state did), "
                        + "each "
                        + "traceable to its source: every fact has a `source` whose `kind` is `document` (the "
                        + "document, `start` and "
                        + "`end` as UTF-16 offsets, and `quote`, the text between them), `treaty-text` (an article of "
                        + "a treaty's "
                        + "text) or `reference` (an official page); catalog values say whether they were `checked`. "
                        + "Errors are RFC 9457 problem+json with a stable `type` URN. Lists take "
                        + $"`limit` (default {Paging.DefaultLimit}, maximum {Paging.MaxLimit}) and an opaque `cursor`; "
                        + "the next page's URL is in `next`. "
                        + "A method a path does not have (PUT, DELETE, …) is a 405 problem with an `Allow` header "
                        + "listing those it has.",
                }
            );
            o.SupportNonNullableReferenceTypes();
            // A query date is bound as IsoDate (strict YYYY-MM-DD); in the contract it is a string of format date.
            o.MapType<IsoDate>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" });
            // Relative: Swagger UI's "Try it out" then calls the address the document was loaded from, on any host.
            o.AddServer(new OpenApiServer { Url = "/", Description = "The address this document was served from" });
            o.DocumentFilter<TagDescriptions>();
            o.NonNullableReferenceTypesAsRequired();
            o.OperationFilter<HttpConventionsFilter>();
            o.OperationFilter<ResponseExampleFilter>();
            o.OperationFilter<ExactParameters>();
            o.SchemaFilter<ExactSchemas>();
            o.DocumentFilter<HeadOperations>();
        });
        return services;
    }

    public static WebApplication UseTreatyOpenApi(this WebApplication app)
    {
        app.UseSwagger(o => o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1);
        app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "TreatyApi v1"));
        return app;
    }
}

/// <summary>
/// Fills each operation's 200 example from the snapshot, and its error responses' problem+json examples.
/// </summary>
internal sealed class ResponseExampleFilter(SnapshotHolder holder, IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // Public, read-only data: no operation needs credentials (an empty requirement says so explicitly).
        operation.Security = [new OpenApiSecurityRequirement()];
        if (operation.RequestBody?.Content is { } bodies)
            foreach (var ex in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExample>())
                if (bodies.TryGetValue(ex.MediaType, out var media) && media is OpenApiMediaType m)
                {
                    m.Example = ex.Example.DeepClone();
                    // A text/plain body is the text itself, not the JSON record the endpoint also accepts.
                    if (ex.MediaType == "text/plain")
                        m.Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Description = "The article, UTF-8.",
                            MinLength = 1,
                            MaxLength = Extract.ExtractApi.MaxBodyBytes,
                            Pattern = Patterns.NotBlank,
                        };
                }
        if (operation.Responses is null)
            return;
        var options = json.Value.SerializerOptions;
        foreach (var (status, response) in operation.Responses)
        {
            if (response.Content is null)
                continue;
            // Swashbuckle builds this filter for every request it serves, so it must not need a loaded snapshot.
            if (
                status == "200"
                && holder.Current is { } snapshot
                && context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ResponseExample>().FirstOrDefault()
                    is { } ex
            )
            {
                using var db = snapshot.Open();
                var today = DateOnly.Parse(
                    db.QueryFirstOrDefault<string>("SELECT max(published) FROM documents") ?? "2000-01-01",
                    System.Globalization.CultureInfo.InvariantCulture
                );
                var value = ex.Create(db, today);
                foreach (var media in response.Content.Values)
                    if (media is OpenApiMediaType m)
                        m.Example = JsonSerializer.SerializeToNode(value, options);
                if (
                    context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvMetadata>().FirstOrDefault()
                        is { } csv
                    && value?.GetType().GetProperty("Items")?.GetValue(value) is System.Collections.IEnumerable items
                )
                    response.Content[Csv.MediaType] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Description =
                                "RFC 4180 CSV, UTF-8 (with a byte-order mark when `bom=true`), a header row; one row "
                                + "per item with its source columns. The whole list from `cursor` (or the start) to "
                                + "the end, "
                                + "not a page: `limit` does not apply, and there is no Link header.",
                        },
                        Example = JsonValue.Create(Csv.Write(csv.ItemType, items)),
                    };
            }
            else if (status.StartsWith('4') || status.StartsWith('5'))
            {
                var example = ProblemExamples.For(
                    int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
                    operation,
                    context
                );
                foreach (var media in response.Content.Values)
                    if (media is OpenApiMediaType m)
                        m.Example = example.DeepClone();
            }
        }
    }
}

/// <summary>
/// The problem+json examples: what the API answers for each status (the same titles and details its code
/// writes; bench/conformance.sh sees the real ones), with a trace id of the form it sends.
/// </summary>
internal static class ProblemExamples
{
    public static JsonObject For(int code, OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + context.ApiDescription.RelativePath;
        var post = context.ApiDescription.HttpMethod == "POST";
        var what = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd('s') ?? "resource";
        var (title, detail) = code switch
        {
            400 => ("The request has invalid parameters", "See `errors` for each parameter that was wrong."),
            404 => ("Not found", $"No {what} 'no-such-{what}'."),
            406 => (
                "Not acceptable",
                "This resource is served as application/json"
                    + (
                        context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvMetadata>().Any()
                            ? " or text/csv."
                            : "."
                    )
            ),
            413 => (
                "Payload too large",
                path == "/extract"
                    ? $"The body may be at most {Extract.ExtractApi.MaxBodyBytes} bytes."
                    : "The body is larger than the server accepts (1 MB)."
            ),
            415 => ("Unsupported Media Type", "Send application/json (or text/plain where the operation says so)."),
            429 => ("Too many requests", "At most 120 POST requests a minute from one address; retry after 42 s."),
            503 => ("Not ready", "The snapshot is not loaded yet; retry shortly."),
            _ => ("Internal Server Error", "An unexpected error occurred; it has been logged."),
        };
        var example = new JsonObject
        {
            ["type"] = Problems.TypeFor(code),
            ["title"] = title,
            ["status"] = code,
            ["detail"] = detail,
            ["traceId"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00",
        };
        if (code == 400)
        {
            var parameters = operation.Parameters?.Select(p => p.Name).ToList() ?? [];
            example["errors"] = post
                ? path == "/extract"
                    ? new JsonObject { ["text"] = new JsonArray("Required: the text of an article.") }
                    : new JsonObject { ["claim"] = new JsonArray("Required: the sentence to check.") }
                : parameters.Contains("limit")
                    ? new JsonObject
                    {
                        ["limit"] = new JsonArray(
                            $"Must be a whole number from 1 to {Paging.MaxLimit} (default {Paging.DefaultLimit})."
                        ),
                    }
                    : parameters.Contains("claim")
                        ? new JsonObject { ["claim"] = new JsonArray("Required: the sentence to check.") }
                        : new JsonObject
                        {
                            ["speakr"] = new JsonArray("Unknown parameter: this operation takes no query parameters."),
                        };
        }
        return example;
    }
}

/// <summary>Describes each tag once, at the top of the document.</summary>
internal sealed class TagDescriptions : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        (
            "Treaties",
            "Treaties with their catalog dates (each cited), derived status, parties on any day, timeline, limits "
                + "(from the treaty text and as reported), deadlines and statements."
        ),
        ("Statements", "Verbatim quotations with their speakers, dates, places and outlets."),
        ("Documents", "Source documents, their full text, and every fact found in them with its span."),
        ("Actors", "People, states, organisations and news outlets, with roles and statements; a state's treaties."),
        ("Search", "Full-text search over statements, limits, deadlines and documents."),
        ("Claims", "Check a sentence against the sources: supported, contradicted or unverifiable."),
        ("Extract", "Extract facts from an article sent in the request; nothing is stored."),
        ("Health", "Liveness and readiness."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context) =>
        document.Tags = new HashSet<OpenApiTag>(
            Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description })
        );
}

/// <summary>
/// Documents what <see cref="HttpConventions"/>, the rate limiter and readiness add to every operation: caching
/// headers, 304 and 406 on GETs, Link on lists, Retry-After on 429 and 503.
/// </summary>
internal sealed class HttpConventionsFilter : IOperationFilter
{
    private static OpenApiHeader Header(string description) =>
        new()
        {
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };

    /// <summary>What a 200 to a GET and its 304 both carry.</summary>
    private static Dictionary<string, IOpenApiHeader> Validators() =>
        new()
        {
            ["ETag"] = Header(
                "Strong validator: a hash of the bytes, equal on every instance built from the same seeds."
            ),
            ["Cache-Control"] = Header($"public, max-age={HttpConventions.MaxAgeSeconds}"),
            ["Last-Modified"] = Header("When the snapshot was built."),
            ["Vary"] = Header("Accept"),
        };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null)
            return;
        var problem = context.SchemaGenerator.GenerateSchema(
            typeof(Microsoft.AspNetCore.Mvc.ProblemDetails),
            context.SchemaRepository
        );
        OpenApiResponse Problem(string description) =>
            new()
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = problem },
                },
            };
        var get = context.ApiDescription.HttpMethod == "GET";
        if (get && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var (name, header) in Validators())
                okResponse.Headers[name] = header;
            if (operation.Parameters?.Any(p => p.Name == "cursor") == true)
                okResponse.Headers["Link"] = Header("<next page URL>; rel=\"next\" — absent on the last page.");
            operation.Responses["304"] = new OpenApiResponse
            {
                Description =
                    "Not modified: If-None-Match matched the ETag. No body and no Content-Type; the 200's validators.",
                Headers = Validators(),
            };
            operation.Responses["406"] = Problem(
                "Not acceptable: the Accept header allows neither JSON nor (where offered) CSV."
            );
        }
        if (operation.Responses.TryGetValue("308", out var moved) && moved is OpenApiResponse movedResponse)
        {
            movedResponse.Description = "An alias: the canonical URL is in Location (same sub-resource and query).";
            movedResponse.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Location"] = Header("The canonical URL, e.g. /treaties/new-start."),
            };
        }
        if (context.ApiDescription.HttpMethod == "POST" && !operation.Responses.ContainsKey("413"))
            operation.Responses["413"] = Problem("Payload too large: the body is over the server's limit (1 MB).");
        // Kestrel answers these before any endpoint runs, with no body (limits in SECURITY.md).
        operation.Responses["414"] = new OpenApiResponse
        {
            Description = "URI too long: the request line is over 8 KB. No body.",
        };
        operation.Responses["431"] = new OpenApiResponse
        {
            Description = "Request header fields too large: over 32 KB or 64 fields. No body.",
        };
        if (operation.OperationId != "getLiveness")
        {
            var unavailable = Problem("Not ready: no snapshot is loaded yet.");
            unavailable.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = Header("Seconds to wait."),
            };
            operation.Responses["503"] = unavailable;
        }
        if (operation.Responses.TryGetValue("429", out var limited) && limited is OpenApiResponse limitedResponse)
        {
            limitedResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            limitedResponse.Headers["Retry-After"] = Header("Seconds until the window resets.");
        }
    }
}
