using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TreatyApi.Claims;
using TreatyApi.Extract;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Makes the generated schemas say exactly what the API sends and accepts, which Swashbuckle alone does not:
/// every property of an answer is always written (nulls too), so all are `required`, and one that can be null says
/// so (a record type as `anyOf: [$ref, {type: null}]`, which validators and openapi-typescript read as "X or null";
/// Swashbuckle writes a bare `$ref`). Request bodies get the rules their validators enforce.
/// </summary>
internal sealed class ExactSchemas : ISchemaFilter
{
    /// <summary>
    /// Bodies the API reads: what each requires, and its limits. Extra properties are refused (400) by both.
    /// </summary>
    private static readonly Dictionary<
        Type,
        (string[] Required, Action<IDictionary<string, IOpenApiSchema>> Rules)
    > Requests = new() { [typeof(ClaimRequest)] = (["claim"], p =>
        {
            Limit(p["claim"], min: 1, max: ClaimRules.MaxLength);
            ((OpenApiSchema)p["claim"]).Pattern = Patterns.TextWithoutControls;
        }), [typeof(ExtractRequest)] = (["text"], p =>
        {
            // The body is at most MaxBodyBytes bytes, so the text has at most as many characters.
            Limit(p["text"], min: 1, max: ExtractApi.MaxBodyBytes);
            ((OpenApiSchema)p["text"]).Pattern = Patterns.NotBlank;
            Limit(p["title"], min: null, max: ExtractRequestValidator.MaxTitleLength);
            if (p["published"] is OpenApiSchema published)
                published.Format = "date";
        }) };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema s || context.Type is not { } type)
            return;
        if (type == typeof(ProblemDetails) || type == typeof(HttpValidationProblemDetails))
        {
            Problem(s, validation: type == typeof(HttpValidationProblemDetails));
            return;
        }
        if (s.Properties is not { Count: > 0 } properties)
            return;
        var request = Requests.TryGetValue(type, out var rules);
        s.Required ??= new HashSet<string>();
        var nullability = new NullabilityInfoContext();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!properties.TryGetValue(name, out var p))
                continue;
            var nullable =
                Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (
                    !property.PropertyType.IsValueType
                    && nullability.Create(property).ReadState == NullabilityState.Nullable
                );
            if (request)
                nullable &= !rules.Required.Contains(name);
            else
                s.Required.Add(name);
            if (request && rules.Required.Contains(name))
                s.Required.Add(name);
            if (nullable)
                properties[name] = OrNull(p);
            else if (request && rules.Required.Contains(name) && p is OpenApiSchema ps && ps.Type is { } t)
                ps.Type = t & ~JsonSchemaType.Null;
        }
        if (request)
        {
            rules.Rules(properties);
            s.AdditionalPropertiesAllowed = false;
        }
        ClosedSets.Apply(type, properties);
    }

    /// <summary>"X or null": a nullable type for an inline schema, anyOf for a reference.</summary>
    private static IOpenApiSchema OrNull(IOpenApiSchema p)
    {
        if (p is OpenApiSchemaReference reference)
            return new OpenApiSchema
            {
                AnyOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }],
                Description = reference.Description,
            };
        if (p is OpenApiSchema inline && inline.Type is { } t)
            inline.Type = t | JsonSchemaType.Null;
        return p;
    }

    private static void Limit(IOpenApiSchema p, int? min, int? max)
    {
        if (p is not OpenApiSchema s)
            return;
        if (min is { } lo)
            s.MinLength = lo;
        if (max is { } hi)
            s.MaxLength = hi;
    }

    /// <summary>RFC 9457 as this API writes it: every field always present, `errors` on a validation problem.</summary>
    private static void Problem(OpenApiSchema s, bool validation)
    {
        var text = (string d) => new OpenApiSchema { Type = JsonSchemaType.String, Description = d };
        s.Type = JsonSchemaType.Object;
        s.Description = validation
            ? "A validation problem: `errors` names each parameter or body field that was wrong."
            : "An RFC 9457 problem.";
        s.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Pattern = "^urn:treatyapi:problem:[a-z0-9-]+$",
                Description = "A stable name of the problem (urn:treatyapi:problem:…); clients may switch on it.",
            },
            ["title"] = text("A short summary of the problem type."),
            ["status"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Description = "The HTTP status.",
            },
            ["detail"] = text("What was wrong with this request."),
            ["traceId"] = text("The request's trace id, to quote when reporting a problem."),
        };
        s.Required = new HashSet<string> { "type", "title", "status", "detail", "traceId" };
        if (validation)
        {
            s.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Messages by parameter or body field (`body` for a body that could not be read at all).",
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            };
            s.Required.Add("errors");
        }
        s.AdditionalProperties = null;
        s.AdditionalPropertiesAllowed = false;
    }
}

/// <summary>The validators' character rules, as ECMA-262 patterns (JSON Schema's dialect).</summary>
internal static class Patterns
{
    /// <summary>No control character (char.IsControl: U+0000–U+001F, U+007F–U+009F).</summary>
    public const string NoControls = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";

    /// <summary>
    /// Not only white space, and no control character but tab, line feed and carriage return (a claim).
    /// </summary>
    public const string TextWithoutControls =
        "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

    /// <summary>Not only white space, and no NUL (an article's text).</summary>
    public const string NotBlank = "^(?=[\\s\\S]*\\S)[^\\u0000]*$";
}

/// <summary>
/// Closed sets of values, as enums in the contract, named property by property. The claim verdict comes from its
/// own constants; the fact models' sets (precision, basis, resolution, status) are listed here, not on the models,
/// because other work extends those models: a value added there without being added here is an answer that breaks
/// the contract, which bench/conformance.sh reports.
/// </summary>
internal static class ClosedSets
{
    private static readonly Dictionary<(string Type, string Property), string[]> Sets = new()
    {
        [("ClaimCheck", "verdict")] = Verdicts.All,
        [("ClaimFinding", "verdict")] = Verdicts.All,
        [("DateValue", "precision")] = ["year", "month", "day"],
        [("DateValue", "basis")] = ["stated", "relative", "citation", "event", "publication"],
        [("ParsedDate", "precision")] = ["year", "month", "day"],
        [("SpeakerMention", "resolution")] =
        [
            "name",
            "title",
            "pronoun",
            "continuation",
            "uncatalogued",
            "reference",
            "body",
        ],
        [("TreatySummary", "status")] = ["in-force", "expired", "terminated", "not-in-force", "unknown"],
        [("TreatyDetail", "status")] = ["in-force", "expired", "terminated", "not-in-force", "unknown"],
        [("SearchHit", "kind")] = Search.SearchQueryValidator.Kinds,
        [("ActorSummary", "kind")] = Actors.ActorListQueryValidator.Kinds,
        [("ActorDetail", "kind")] = Actors.ActorListQueryValidator.Kinds,
    };

    /// <summary>Dates: full ones (format: date) and those with a precision (2018, 2018-02, 2018-02-05).</summary>
    private static readonly Dictionary<(string Type, string Property), string> Dates = new()
    {
        [("Source", "published")] = "date",
        [("DocumentSummary", "published")] = "date",
        [("DocumentDetail", "published")] = "date",
        [("ExtractResult", "published")] = "date",
        [("ActorRole", "from")] = "date",
        [("ActorRole", "to")] = "date",
        [("TreatyDateEntry", "date")] = "date",
        [("DateValue", "date")] = PartialDate,
        [("ParsedDate", "date")] = PartialDate,
    };

    private const string PartialDate = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    public static void Apply(Type type, IDictionary<string, IOpenApiSchema> properties)
    {
        foreach (var ((typeName, property), format) in Dates)
            if (typeName == type.Name && properties.TryGetValue(property, out var p) && p is OpenApiSchema s)
            {
                if (format == PartialDate)
                    s.Pattern = format;
                else
                    s.Format = format;
            }
        foreach (var ((typeName, property), values) in Sets)
            if (typeName == type.Name && properties.TryGetValue(property, out var p) && p is OpenApiSchema s)
            {
                var nullable = s.Type is { } t && t.HasFlag(JsonSchemaType.Null);
                s.Enum =
                [
                    .. values.Select(v => (JsonNode)JsonValue.Create(v)),
                    .. nullable ? new JsonNode[] { null! } : [],
                ];
            }
    }
}

/// <summary>
/// Query and path parameters as the validators take them. The framework's schema says the type (`limit` an integer,
/// dates, `explain` a boolean); the contract also says what the validators accept: `limit` 1–200, the sort orders
/// of each list, the length limits, the cursor's form, and the CSV choices.
/// </summary>
internal sealed class ExactParameters : IOperationFilter
{
    /// <summary>Sort orders by operation (the validators' SortOf lists; README lists them too).</summary>
    private static readonly Dictionary<string, string[]> Sorts = new()
    {
        ["listStatements"] = ["date", "-date"],
        ["search"] = ["-score", "date", "-date"],
        ["listTreaties"] = ["slug", "-slug"],
        ["listActors"] = ["slug", "-slug"],
        ["listDocuments"] = ["id", "-id"],
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(
                new OpenApiParameter
                {
                    Name = "format",
                    In = ParameterLocation.Query,
                    Description =
                        "csv: the whole list as CSV, as `Accept: text/csv` gives (for a spreadsheet, which cannot set "
                        + "headers); json: JSON whatever Accept says. Without it, Accept decides.",
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = [JsonValue.Create("json")!, JsonValue.Create("csv")!],
                    },
                }
            );
            operation.Parameters.Add(
                new OpenApiParameter
                {
                    Name = "bom",
                    In = ParameterLocation.Query,
                    Description =
                        "true: a CSV answer starts with a UTF-8 byte-order mark, which Excel needs to read "
                        + "non-ASCII text; other tools do not. No effect on JSON.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) },
                }
            );
        }
        if (operation.Parameters is null)
            return;
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter.Schema is not OpenApiSchema s)
                continue;
            switch (parameter.Name)
            {
                case "limit":
                    s.Type = JsonSchemaType.Integer;
                    s.Minimum = "1";
                    s.Maximum = Paging.MaxLimit.ToString(CultureInfo.InvariantCulture);
                    s.Default = JsonValue.Create(Paging.DefaultLimit);
                    break;
                case "cursor":
                    s.MinLength = 1;
                    s.MaxLength = Paging.MaxCursorLength;
                    s.Pattern = "^[A-Za-z0-9_-]+$";
                    break;
                case "from" or "to":
                    s.Format = "date";
                    break;
                case "sort" when operation.OperationId is { } id && Sorts.TryGetValue(id, out var sorts):
                    s.Enum = [.. sorts.Select(v => (JsonNode)JsonValue.Create(v))];
                    break;
                case "claim":
                    s.MinLength = 1;
                    s.MaxLength = ClaimRules.MaxLength;
                    s.Pattern = Patterns.TextWithoutControls;
                    parameter.Required = true;
                    break;
                case "q":
                    s.MinLength = 1;
                    s.MaxLength = Search.SearchQueryValidator.MaxLength;
                    parameter.Required = true;
                    break;
                case "speaker" or "treaty" or "slug" or "id":
                    s.MinLength = 1;
                    s.MaxLength = 200;
                    s.Pattern = Patterns.NoControls;
                    break;
                case "kind" when operation.OperationId == "search":
                    s.Enum = [.. Search.SearchQueryValidator.Kinds.Select(v => (JsonNode)JsonValue.Create(v))];
                    break;
                case "kind" when operation.OperationId == "listActors":
                    s.Enum = [.. Actors.ActorListQueryValidator.Kinds.Select(v => (JsonNode)JsonValue.Create(v))];
                    break;
            }
        }
    }
}

/// <summary>
/// HEAD is answered wherever GET is (HttpConventionsExtensions.UseHeadAsGet): each GET gets a HEAD twin with the
/// same parameters and statuses, and no content.
/// </summary>
internal sealed class HeadOperations : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var item in document.Paths.Values.OfType<OpenApiPathItem>())
        {
            if (item.Operations?.TryGetValue(HttpMethod.Get, out var get) != true || get is null)
                continue;
            var head = new OpenApiOperation
            {
                Tags = get.Tags,
                Summary = "Headers only: " + get.Summary,
                Description = "The GET's status and headers (ETag, Cache-Control, Link…), without the body.",
                OperationId = "head" + char.ToUpperInvariant(get.OperationId![0]) + get.OperationId[1..],
                Parameters = get.Parameters,
                Security = get.Security,
                Responses = new OpenApiResponses(),
            };
            foreach (var (status, response) in get.Responses!)
                head.Responses[status] = new OpenApiResponse
                {
                    Description = response.Description,
                    Headers = response.Headers,
                };
            item.Operations[HttpMethod.Head] = head;
        }
    }
}
