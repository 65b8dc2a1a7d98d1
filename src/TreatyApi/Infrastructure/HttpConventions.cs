using Microsoft.Net.Http.Headers;

namespace TreatyApi.Infrastructure;

/// <summary>
/// What every response that reaches an endpoint shares: security headers, `Allow: GET, HEAD` on a 405, and a
/// refusal (406) of an Accept header the resource cannot answer. Runs after routing, so it knows the endpoint.
/// ETags, If-None-Match → 304, Last-Modified and Cache-Control are <see cref="ResponseCache"/>'s, which runs
/// before routing and answers a repeated GET without reaching here.
/// </summary>
public sealed class HttpConventions(RequestDelegate next, IProblemDetailsService problems)
{
    /// <summary>
    /// How long clients and shared caches may reuse a GET answer, in seconds (documented in OpenAPI).
    /// </summary>
    public const int MaxAgeSeconds = 300;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var api = !request.Path.StartsWithSegments("/swagger");
        response.OnStarting(() =>
        {
            SecurityHeaders(response, api);
            if (response.StatusCode == 405 && response.Headers.Allow.ToString() == "GET")
                response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        });
        if (HttpMethods.IsGet(request.Method) && api && context.GetEndpoint() is not null && !Acceptable(context))
        {
            response.StatusCode = StatusCodes.Status406NotAcceptable;
            await problems.WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = 406,
                        Title = "Not acceptable",
                        Type = Problems.TypeFor(406),
                        Detail =
                            "This resource is served as application/json"
                            + (Csv.Offered(context) ? " or text/csv." : "."),
                    },
                }
            );
            return;
        }
        await next(context);
    }

    public static void SecurityHeaders(HttpResponse response, bool api)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // JSON is never a page to render; Swagger UI is, so it keeps its scripts.
        if (api)
            response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
    }

    /// <summary>
    /// True when the Accept header allows JSON (or problem+json), or CSV where the endpoint offers it.
    /// </summary>
    private static bool Acceptable(HttpContext context)
    {
        var accept = context.Request.Headers.Accept;
        if (accept.Count == 0)
            return true;
        if (!MediaTypeHeaderValue.TryParseList(accept.OfType<string>().ToList(), out var types))
            return true;
        var csv = Csv.Offered(context);
        return types.Any(t =>
            (t.Quality ?? 1) > 0
            && t.MediaType.Value is { } m
            && (
                m is "*/*" or "application/*" or "application/json" or "application/problem+json"
                || (csv && m is "text/csv" or "text/*")
            )
        );
    }
}

public static class HttpConventionsExtensions
{
    /// <summary>
    /// HEAD is served as a GET without the body (minimal APIs map GET only). This runs before routing, so that
    /// a HEAD finds the GET endpoint; <see cref="ResponseCache"/> (before it) then drops the body.
    /// </summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(
            (context, next) =>
            {
                if (HttpMethods.IsHead(context.Request.Method))
                    context.Request.Method = HttpMethods.Get;
                return next(context);
            }
        );
        return app;
    }

    public static WebApplication UseHttpConventions(this WebApplication app)
    {
        app.UseMiddleware<HttpConventions>();
        return app;
    }

    public static WebApplication UseResponseCache(this WebApplication app)
    {
        app.UseMiddleware<ResponseCache>();
        return app;
    }
}
