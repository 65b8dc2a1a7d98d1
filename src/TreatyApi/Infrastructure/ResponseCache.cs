using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TreatyApi.Infrastructure;

/// <summary>
/// GET and HEAD answers, kept for the snapshot's lifetime: the snapshot cannot change while served, so a 200's
/// bytes are computed once. Runs early in the pipeline, so a hit costs a clock read, a dictionary lookup and a
/// write — no DI scope, no routing, no endpoint. Every GET gets a strong ETag derived from its bytes,
/// If-None-Match → 304, Last-Modified (the snapshot's build) and Cache-Control.
/// Bounded: 1 MB per answer, 64 MB per generation; a generation is one snapshot on one UTC day (a treaty's status
/// is derived from today's date), and a new generation drops the old one's entries.
/// </summary>
public sealed class ResponseCache(RequestDelegate next, SnapshotHolder holder, TimeProvider clock)
{
    private const int MaxCachedBytes = 1024 * 1024;
    private const long MaxGenerationBytes = 64L * 1024 * 1024;
    private static readonly StringValues CacheControl = $"public, max-age={HttpConventions.MaxAgeSeconds}";
    private static readonly StringValues VaryAccept = "Accept";

    private sealed record Cached(
        byte[] Body,
        StringValues ContentType,
        StringValues ETag,
        StringValues Link,
        StringValues ContentDisposition
    );

    /// <summary>
    /// Everything else the bytes depend on: the URL (next links are absolute) and the Accept header as sent (it
    /// picks JSON, CSV or a 406). Compared ordinally, field by field, so a lookup builds no string.
    /// </summary>
    private readonly record struct Key(
        string Scheme,
        string Host,
        string PathBase,
        string Path,
        string Query,
        string Accept
    );

    private sealed class Generation(Snapshot snapshot, long day)
    {
        public readonly Snapshot Snapshot = snapshot;
        public readonly long Day = day;
        public readonly StringValues LastModified = snapshot.BuiltAt.ToString("R", CultureInfo.InvariantCulture);
        public readonly ConcurrentDictionary<Key, Cached> Entries = new();
        public long Bytes;
    }

    private volatile Generation? _generation;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var head = HttpMethods.IsHead(request.Method);
        var snapshot = holder.Current;
        if (
            !(head || HttpMethods.IsGet(request.Method))
            || snapshot is null
            || request.Path.StartsWithSegments("/swagger")
        )
        {
            await next(context);
            return;
        }
        var key = new Key(
            request.Scheme,
            request.Host.Value ?? "",
            request.PathBase.Value ?? "",
            request.Path.Value ?? "",
            request.QueryString.Value ?? "",
            request.Headers.Accept.ToString()
        );
        var generation = GenerationFor(snapshot);
        if (generation.Entries.TryGetValue(key, out var hit))
        {
            await Write(context, hit, generation, head);
            return;
        }

        // A miss runs the endpoint on the request's own snapshot (its lease), which a switch may have made newer
        // than the one looked up above: the answer is kept only in that snapshot's generation.
        var leased = context.RequestServices.GetRequiredService<SnapshotLease>().Snapshot;
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
        if (response.StatusCode != StatusCodes.Status200OK || leased is null)
        {
            buffer.Position = 0;
            if (!head)
                await buffer.CopyToAsync(original);
            return;
        }
        var body = buffer.ToArray();
        var entry = new Cached(
            body,
            response.ContentType ?? "application/json",
            ETagOf(body),
            response.Headers.Link,
            response.Headers.ContentDisposition
        );
        generation = GenerationFor(leased);
        if (body.Length <= MaxCachedBytes && Interlocked.Add(ref generation.Bytes, body.Length) <= MaxGenerationBytes)
            generation.Entries.TryAdd(key, entry);
        await Write(context, entry, generation, head);
    }

    private Generation GenerationFor(Snapshot snapshot)
    {
        var day = clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay;
        var current = _generation;
        if (current is not null && ReferenceEquals(current.Snapshot, snapshot) && current.Day == day)
            return current;
        // Requests on the old snapshot may still finish after a switch; they answer, but do not replace the new
        // generation.
        if (current is not null && current.Snapshot != snapshot && holder.Current != snapshot)
            return new Generation(snapshot, day);
        var fresh = new Generation(snapshot, day);
        return Interlocked.CompareExchange(ref _generation, fresh, current) == current ? fresh : _generation ?? fresh;
    }

    private static string ETagOf(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body), 0, 16) + "\"";

    private static Task Write(HttpContext context, Cached entry, Generation generation, bool head)
    {
        var response = context.Response;
        var headers = response.Headers;
        response.StatusCode = StatusCodes.Status200OK;
        headers.ETag = entry.ETag;
        headers.CacheControl = CacheControl;
        headers.LastModified = generation.LastModified;
        headers.Vary = VaryAccept;
        if (entry.Link.Count > 0)
            headers.Link = entry.Link;
        if (entry.ContentDisposition.Count > 0)
            headers.ContentDisposition = entry.ContentDisposition;
        if (IfNoneMatch(context.Request, entry.ETag.ToString()))
        {
            // A 304 has no content to render, so none of the security headers: a cache keeps those it stored with
            // the 200 (RFC 9111 §4.3.4), and leaving them out spares every revalidation three header writes.
            response.StatusCode = StatusCodes.Status304NotModified;
            // On a miss the endpoint has set its Content-Type; a 304 has no content to type (and a cached hit
            // never set one, so this costs the revalidation of a cached answer one check).
            if (headers.ContentType.Count > 0)
                headers.ContentType = default;
            return Task.CompletedTask;
        }
        HttpConventions.SecurityHeaders(response, api: true);
        headers.ContentType = entry.ContentType;
        response.ContentLength = entry.Body.Length;
        return head ? Task.CompletedTask : response.Body.WriteAsync(entry.Body).AsTask();
    }

    private static bool IfNoneMatch(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
            return false;
        // The usual revalidation sends back exactly the ETag it was given: no need to parse it.
        if (header.Count == 1 && header[0] == etag)
            return true;
        if (!EntityTagHeaderValue.TryParseList(header.OfType<string>().ToList(), out var tags))
            return false;
        return tags.Any(t => t.Tag == "*" || t.Tag.Value == etag);
    }
}
