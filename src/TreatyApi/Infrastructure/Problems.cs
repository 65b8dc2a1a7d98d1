using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace TreatyApi.Infrastructure;

/// <summary>
/// RFC 9457 problem types. The `type` URIs are stable names (URNs), documented in the OpenAPI document;
/// clients may switch on them.
/// </summary>
public static class Problems
{
    public const string ValidationType = "urn:treatyapi:problem:validation";
    public const string NotFoundType = "urn:treatyapi:problem:not-found";

    public static string TypeFor(int status) =>
        status switch
        {
            400 => ValidationType,
            404 => NotFoundType,
            405 => "urn:treatyapi:problem:method-not-allowed",
            406 => "urn:treatyapi:problem:not-acceptable",
            413 => "urn:treatyapi:problem:payload-too-large",
            415 => "urn:treatyapi:problem:unsupported-media-type",
            429 => "urn:treatyapi:problem:rate-limited",
            503 => "urn:treatyapi:problem:unavailable",
            _ when status >= 500 => "urn:treatyapi:problem:internal",
            _ => "urn:treatyapi:problem:http-" + status,
        };

    public static ProblemHttpResult NotFound(string what, string key) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", type: NotFoundType, detail: $"No {what} '{key}'.");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            title: "The request has invalid parameters",
            type: ValidationType,
            detail: "See `errors` for each parameter that was wrong."
        );

    public static IServiceCollection AddTreatyProblems(this IServiceCollection services) =>
        services
            .AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>()
            .AddProblemDetails(o =>
                o.CustomizeProblemDetails = ctx =>
                {
                    var p = ctx.ProblemDetails;
                    p.Status ??= ctx.HttpContext.Response.StatusCode;
                    // The defaults point at RFC sections; ours name the problem so clients can rely on it.
                    if (
                        p.Type is null
                        || p.Type.StartsWith("https://tools.ietf.org", StringComparison.Ordinal)
                        || p.Type.StartsWith("https://datatracker.ietf.org", StringComparison.Ordinal)
                    )
                        p.Type = TypeFor(p.Status ?? 500);
                    p.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
                    if (p.Status >= 500)
                        p.Detail = "An unexpected error occurred; it has been logged.";
                    if (ctx.Exception is SnapshotUnavailableException unavailable)
                    {
                        p.Title = "Not ready";
                        p.Detail = unavailable.Reason is { } why
                            ? $"No snapshot is loaded: {why}; retry shortly."
                            : "The snapshot is not loaded yet; retry shortly.";
                        ctx.HttpContext.Response.Headers.RetryAfter = "5";
                    }
                    p.Detail ??= p.Status switch
                    {
                        404 => $"Nothing is served at {ctx.HttpContext.Request.Path}.",
                        405 => $"{ctx.HttpContext.Request.Method} is not allowed here; see the Allow header.",
                        415 => "Send application/json (or text/plain where the operation says so).",
                        _ => p.Title,
                    };
                    // A body the framework could not bind: our wording, by field, never the framework's message (it
                    // names
                    // parameters and .NET types).
                    if (ctx.Exception is BadHttpRequestException bad)
                    {
                        if (
                            ctx.HttpContext.Response.StatusCode == 413
                            || bad.InnerException is BadHttpRequestException { StatusCode: 413 }
                        )
                        {
                            p.Status = 413;
                            p.Type = TypeFor(413);
                            p.Title = "Payload too large";
                            p.Detail = "The body is larger than the server accepts (1 MB).";
                        }
                        else if (
                            p.Status == 400
                            && Failed(ctx.HttpContext)?.Metadata.GetMetadata<RequestRules>() is { } rules
                            && rules.ValueErrors(ctx.HttpContext.Request.Query) is { Count: > 0 } mistyped
                        )
                        {
                            // A typed query parameter the framework could not bind (limit=abc): Validate's wording.
                            p.Title = "The request has invalid parameters";
                            p.Detail = "See `errors` for each parameter that was wrong.";
                            p.Extensions["errors"] = mistyped;
                        }
                        else if (p.Status == 400)
                        {
                            p.Title = "The request body could not be read";
                            p.Detail = "See `errors` for what was wrong with the body.";
                            var endpoint = Failed(ctx.HttpContext);
                            var bodyType = endpoint
                                ?.Metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()
                                .Select(m => m.RequestType)
                                .FirstOrDefault(t => t is not null);
                            p.Extensions["errors"] = JsonBodyErrors.From(bad.InnerException as JsonException, bodyType);
                        }
                    }
                }
            )
            .Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    /// <summary>The endpoint that threw: the exception handler clears the endpoint, its feature keeps it.</summary>
    private static Endpoint? Failed(HttpContext http) =>
        http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint;

    /// <summary>
    /// Every exception becomes problem+json with no stack trace. A malformed request (BadHttpRequestException)
    /// keeps its 4xx status and is not logged as a server error; anything else is a 500, logged once.
    /// </summary>
    public static WebApplication UseTreatyExceptionHandler(this WebApplication app)
    {
        app.UseExceptionHandler(
            new ExceptionHandlerOptions
            {
                StatusCodeSelector = e =>
                    e switch
                    {
                        // A body over the size limit can surface wrapped in a JSON read failure: keep its 413.
                        BadHttpRequestException { InnerException: BadHttpRequestException { StatusCode: 413 } } =>
                            StatusCodes.Status413PayloadTooLarge,
                        BadHttpRequestException bad => bad.StatusCode,
                        SnapshotUnavailableException => StatusCodes.Status503ServiceUnavailable,
                        _ => StatusCodes.Status500InternalServerError,
                    },
                SuppressDiagnosticsCallback = c =>
                    c.Exception is BadHttpRequestException or SnapshotUnavailableException,
            }
        );
        return app;
    }
}

/// <summary>
/// What was wrong with a JSON body, keyed by body field (`body` when it is not a JSON object at all), in our words:
/// System.Text.Json's messages name .NET types.
/// </summary>
public static class JsonBodyErrors
{
    public static Dictionary<string, string[]> From(JsonException? error, Type? bodyType)
    {
        if (error is null)
            return new() { ["body"] = ["Required: a JSON object (see the operation's request body)."] };
        // System.Text.Json says "could not be mapped" of an unknown property and "could not be converted" of a value
        // of the wrong type; anything else is JSON that does not parse.
        var unknown = error.Message.Contains("could not be mapped", StringComparison.Ordinal);
        if (!unknown && !error.Message.Contains("could not be converted", StringComparison.Ordinal))
            return new()
            {
                ["body"] = [$"Not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1})."],
            };
        // "$.claim" → "claim"; "$" or "$[0]" → the body itself.
        var path = error.Path ?? "$";
        var field =
            path.StartsWith("$.", StringComparison.Ordinal) ? path[2..].Split('.', '[')[0]
            : path.StartsWith("$['", StringComparison.Ordinal) ? path[3..].Split('\'')[0]
            : null;
        var properties = bodyType
            ?.GetProperties()
            .ToDictionary(
                x => JsonNamingPolicy.CamelCase.ConvertName(x.Name),
                x => x.PropertyType,
                StringComparer.Ordinal
            )
            ?? [];
        if (field is not null && !unknown && properties.TryGetValue(field, out var type))
            return new() { [field] = [$"Must be {Describe(type)}."] };
        if (field is not null)
            return new()
            {
                [field] =
                [
                    $"Unknown property. Allowed: {string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))}.",
                ],
            };
        return new() { ["body"] = ["Must be a JSON object (see the operation's request body)."] };
    }

    private static string Describe(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) == typeof(string) ? "a string"
        : (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool) ? "true or false"
        : (Nullable.GetUnderlyingType(type) ?? type).IsPrimitive ? "a number"
        : "a JSON object";
}

/// <summary>
/// Writes every problem as application/problem+json, whatever the Accept header says: the framework's writer
/// declines when a client accepts only, say, text/csv, which would turn a 406 into a 500.
/// </summary>
internal sealed class ProblemJsonWriter(
    IOptions<ProblemDetailsOptions> options,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json
) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var p = context.ProblemDetails;
        p.Status ??= context.HttpContext.Response.StatusCode;
        p.Title ??= ReasonPhrases.GetReasonPhrase(p.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var body = JsonSerializer.SerializeToUtf8Bytes(p, p.GetType(), json.Value.SerializerOptions);
        var response = context.HttpContext.Response;
        response.ContentType = "application/problem+json";
        response.ContentLength = body.Length;
        return new ValueTask(response.Body.WriteAsync(body).AsTask());
    }
}
