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
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string mediaType, JsonNode example) =>
        builder.WithMetadata(new RequestExample(mediaType, example));

    /// <summary>One string from the snapshot, for building examples.</summary>
    public static string QueryFirstString(this SqliteConnection db, string sql) => db.QueryFirstOrDefault<string>(sql) ?? "";

    public static TBuilder WithResponseExample<TBuilder>(this TBuilder builder, Func<SqliteConnection, DateOnly, object?> create)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ResponseExample(create));

    public static IServiceCollection AddTreatyOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "TreatyApi",
                Version = "v1",
                License = new OpenApiLicense { Name = "Data: public sources, each cited; code: see the repository" , Url = new Uri("https://spdx.org/licenses/") },
                Description = "Arms-control treaty facts (treaties, limits, deadlines, statements, what each state did), each " +
                    "traceable to its source: every fact has a `source` whose `kind` is `document` (the document, `start` and " +
                    "`end` as UTF-16 offsets, and `quote`, the text between them), `treaty-text` (an article of a treaty's " +
                    "text) or `reference` (an official page); catalog values say whether they were `checked`. Errors are RFC 9457 problem+json with a stable `type` URN. Lists take " +
                    $"`limit` (default {Paging.DefaultLimit}, maximum {Paging.MaxLimit}) and an opaque `cursor`; the next page's URL is in `next`.",
            });
            o.SupportNonNullableReferenceTypes();
            o.AddServer(new OpenApiServer { Url = "http://localhost:5080", Description = "Local: dotnet run --project src/TreatyApi" });
            o.DocumentFilter<TagDescriptions>();
            o.NonNullableReferenceTypesAsRequired();
            o.OperationFilter<HttpConventionsFilter>();
            o.OperationFilter<ResponseExampleFilter>();
        });
        return services;
    }

    public static WebApplication UseTreatyOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "TreatyApi v1"));
        return app;
    }
}

/// <summary>Fills each operation's 200 example from the snapshot, and its error responses' problem+json examples.</summary>
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
                    if (ex.MediaType == "text/plain") m.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The article, UTF-8." };
                }
        if (operation.Responses is null) return;
        var options = json.Value.SerializerOptions;
        foreach (var (status, response) in operation.Responses)
        {
            if (response.Content is null) continue;
            // Swashbuckle builds this filter for every request it serves, so it must not need a loaded snapshot.
            if (status == "200" && holder.Current is { } snapshot &&
                context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ResponseExample>().FirstOrDefault() is { } ex)
            {
                using var db = snapshot.Open();
                var today = DateOnly.Parse(db.QueryFirstOrDefault<string>("SELECT max(published) FROM documents") ?? "2000-01-01",
                    System.Globalization.CultureInfo.InvariantCulture);
                var value = ex.Create(db, today);
                foreach (var media in response.Content.Values)
                    if (media is OpenApiMediaType m) m.Example = JsonSerializer.SerializeToNode(value, options);
                if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvMetadata>().FirstOrDefault() is { } csv &&
                    value?.GetType().GetProperty("Items")?.GetValue(value) is System.Collections.IEnumerable items)
                    response.Content[Csv.MediaType] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV, UTF-8, a header row; one row per item with its source columns." },
                        Example = JsonValue.Create(Csv.Write(csv.ItemType, items)),
                    };
            }
            else if (status.StartsWith('4') || status.StartsWith('5'))
            {
                var code = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
                var example = new JsonObject
                {
                    ["type"] = Problems.TypeFor(code),
                    ["title"] = code switch { 400 => "The request has invalid parameters", 404 => "Not found", _ => "An error occurred" },
                    ["status"] = code,
                    ["detail"] = code switch
                    {
                        400 => "See `errors` for each parameter that was wrong.",
                        404 => "No treaty 'no-such-treaty'.",
                        _ => "An unexpected error occurred; it has been logged.",
                    },
                    ["traceId"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                };
                if (code == 400) example["errors"] = new JsonObject { ["limit"] = new JsonArray("Must be a whole number from 1 to 200 (default 50).") };
                foreach (var media in response.Content.Values)
                    if (media is OpenApiMediaType m) m.Example = example.DeepClone();
            }
        }
    }
}

/// <summary>Describes each tag once, at the top of the document.</summary>
internal sealed class TagDescriptions : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Treaties", "Treaties with their catalog dates (each cited), derived status, parties on any day, timeline, limits " +
            "(from the treaty text and as reported), deadlines and statements."),
        ("Statements", "Verbatim quotations with their speakers, dates, places and outlets."),
        ("Documents", "Source documents, their full text, and every fact found in them with its span."),
        ("Actors", "People, states, organisations and news outlets, with roles and statements; a state's treaties."),
        ("Search", "Full-text search over statements, limits, deadlines and documents."),
        ("Claims", "Check a sentence against the sources: supported, contradicted or unverifiable."),
        ("Extract", "Extract facts from an article sent in the request; nothing is stored."),
        ("Health", "Liveness and readiness."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context) =>
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
}

/// <summary>
/// Documents what <see cref="HttpConventions"/>, the rate limiter and readiness add to every operation: caching
/// headers, 304 and 406 on GETs, Link on lists, Retry-After on 429 and 503.
/// </summary>
internal sealed class HttpConventionsFilter : IOperationFilter
{
    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null) return;
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        OpenApiResponse Problem(string description) => new()
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
        };
        var get = context.ApiDescription.HttpMethod == "GET";
        if (get && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            okResponse.Headers["ETag"] = Header("Strong validator: a hash of the bytes, equal on every instance built from the same seeds.");
            okResponse.Headers["Cache-Control"] = Header($"public, max-age={HttpConventions.MaxAgeSeconds}");
            okResponse.Headers["Last-Modified"] = Header("When the snapshot was built.");
            if (operation.Parameters?.Any(p => p.Name == "cursor") == true)
                okResponse.Headers["Link"] = Header("<next page URL>; rel=\"next\" — absent on the last page.");
            operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: If-None-Match matched the ETag; no body." };
            operation.Responses["406"] = Problem("Not acceptable: the Accept header allows neither JSON nor (where offered) CSV.");
        }
        if (operation.OperationId != "getLiveness")
        {
            var unavailable = Problem("Not ready: no snapshot is loaded yet.");
            unavailable.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Seconds to wait.") };
            operation.Responses["503"] = unavailable;
        }
        if (operation.Responses.TryGetValue("429", out var limited) && limited is OpenApiResponse limitedResponse)
        {
            limitedResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            limitedResponse.Headers["Retry-After"] = Header("Seconds until the window resets.");
        }
    }
}
