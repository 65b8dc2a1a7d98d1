using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace TreatyApi.Infrastructure;

/// <summary>
/// What every response shares: security headers; and for GET and HEAD, a strong ETag derived from the bytes,
/// If-None-Match → 304, Last-Modified (the snapshot's build), Cache-Control, and a refusal (406) of an Accept
/// header the resource cannot answer. The snapshot cannot change while served, so a GET's bytes are kept
/// (bounded) and served again without running the endpoint.
/// </summary>
public sealed class HttpConventions(RequestDelegate next, IProblemDetailsService problems)
{
    /// <summary>How long clients and shared caches may reuse a GET answer, in seconds (documented in OpenAPI).</summary>
    public const int MaxAgeSeconds = 300;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var api = !request.Path.StartsWithSegments("/swagger");
        response.OnStarting(() =>
        {
            SecurityHeaders(response, api);
            if (response.StatusCode == 405 && response.Headers.Allow.ToString() == "GET") response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        });
        if (HttpMethods.IsGet(request.Method) && api && context.GetEndpoint() is not null && !Acceptable(context))
        {
            response.StatusCode = StatusCodes.Status406NotAcceptable;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 406, Title = "Not acceptable", Type = Problems.TypeFor(406),
                    Detail = "This resource is served as application/json" + (Csv.Offered(context) ? " or text/csv." : ".") },
            });
            return;
        }
        await next(context);
    }

    public static void SecurityHeaders(HttpResponse response, bool api)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // JSON is never a page to render; Swagger UI is, so it keeps its scripts.
        if (api) response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
    }

    /// <summary>True when the Accept header allows JSON (or problem+json), or CSV where the endpoint offers it.</summary>
    private static bool Acceptable(HttpContext context)
    {
        var accept = context.Request.Headers.Accept;
        if (accept.Count == 0) return true;
        if (!MediaTypeHeaderValue.TryParseList(accept.OfType<string>().ToList(), out var types)) return true;
        var csv = Csv.Offered(context);
        return types.Any(t => (t.Quality ?? 1) > 0 && t.MediaType.Value is { } m && (
            m is "*/*" or "application/*" or "application/json" or "application/problem+json" ||
            (csv && m is "text/csv" or "text/*")));
    }
}

/// <summary>
/// GET and HEAD answers, kept for the snapshot's lifetime: the snapshot cannot change while served, so a 200's
/// bytes are computed once. Runs first in the pipeline, so a hit costs a dictionary lookup and a write. Every GET
/// gets a strong ETag derived from its bytes, If-None-Match → 304, Last-Modified (the snapshot's build) and
/// Cache-Control. Bounded: 1 MB per answer, 64 MB in all.
/// </summary>
public sealed class ResponseCache(RequestDelegate next, TimeProvider clock)
{
    private const int MaxCachedBytes = 1024 * 1024;
    private const long MaxCacheTotal = 64L * 1024 * 1024;

    private sealed record Cached(byte[] Body, string ContentType, string ETag, string? Link, string? ContentDisposition);
    private readonly ConcurrentDictionary<string, Cached> _cache = new(StringComparer.Ordinal);
    private long _cacheBytes;

    public async Task InvokeAsync(HttpContext context, SnapshotLease lease)
    {
        var request = context.Request;
        var head = HttpMethods.IsHead(request.Method);
        var snapshot = lease.Snapshot;
        if (!(head || HttpMethods.IsGet(request.Method)) || snapshot is null || request.Path.StartsWithSegments("/swagger"))
        {
            await next(context);
            return;
        }
        var key = CacheKey(context, snapshot);
        if (_cache.TryGetValue(key, out var hit))
        {
            HttpConventions.SecurityHeaders(context.Response, api: true);
            await Write(context, hit, snapshot, head);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            if (!head) await buffer.CopyToAsync(original);
            return;
        }
        var body = buffer.ToArray();
        var entry = new Cached(body, response.ContentType ?? "application/json", ETagOf(body),
            response.Headers.Link.ToString() is { Length: > 0 } link ? link : null,
            response.Headers.ContentDisposition.ToString() is { Length: > 0 } cd ? cd : null);
        if (body.Length <= MaxCachedBytes && Interlocked.Add(ref _cacheBytes, body.Length) <= MaxCacheTotal)
            _cache.TryAdd(key, entry);
        await Write(context, entry, snapshot, head);
    }

    /// <summary>
    /// Everything the bytes depend on: the snapshot, the URL (next links are absolute), the Accept header as sent
    /// (it picks JSON, CSV or a 406), and today's date (a treaty's status is derived from it).
    /// </summary>
    private string CacheKey(HttpContext context, Snapshot snapshot)
    {
        var r = context.Request;
        var today = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Join('\n', snapshot.Id, today, r.Scheme, r.Host.Value, r.PathBase.Value, r.Path.Value, r.QueryString.Value,
            r.Headers.Accept.ToString());
    }

    private static string ETagOf(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body), 0, 16) + "\"";

    private static async Task Write(HttpContext context, Cached entry, Snapshot snapshot, bool head)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.Headers.ETag = entry.ETag;
        response.Headers.CacheControl = CacheControl;
        response.Headers.LastModified = snapshot.BuiltAt.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.Vary = "Accept";
        if (entry.Link is not null) response.Headers.Link = entry.Link;
        if (entry.ContentDisposition is not null) response.Headers.ContentDisposition = entry.ContentDisposition;
        if (IfNoneMatch(context.Request, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = entry.ContentType;
        response.ContentLength = entry.Body.Length;
        if (!head) await response.Body.WriteAsync(entry.Body);
    }

    private static readonly string CacheControl = $"public, max-age={HttpConventions.MaxAgeSeconds}";

    private static bool IfNoneMatch(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(header.OfType<string>().ToList(), out var tags)) return false;
        return tags.Any(t => t.Tag == "*" || t.Tag.Value == etag);
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
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method)) context.Request.Method = HttpMethods.Get;
            return next(context);
        });
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
