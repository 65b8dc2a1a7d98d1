using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TreatyApi.Page;

/// <summary>
/// The page for people at `/`: the files of wwwroot/ (index.html at `/`, its modules and styles under `/app/`),
/// read once at start, as they ship with the binaries, and served from memory. Each has a strong ETag of its bytes
/// (the same on every instance, as the API's are) and `Cache-Control: no-cache`: the file names carry no version,
/// so a browser revalidates (a 304 of a few hundred bytes) rather than mix old modules with a new index.html.
/// Runs before the API's response cache, so the page keeps its own Content-Security-Policy; any other path,
/// including a missing file under /app/, falls through to the API and its 404 problem+json.
/// </summary>
public sealed class PageFiles
{
    /// <summary>Scripts, styles, connections and images from this origin only: no inline script or style.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private sealed record PageFile(byte[] Body, string ContentType, StringValues ETag);

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, PageFile> _files;

    private PageFiles(FrozenDictionary<string, PageFile> files) => _files = files;

    /// <summary>The files of <paramref name="root"/> by URL path; other types (e.g. *.d.ts) are not served.</summary>
    public static PageFiles Load(string root)
    {
        var files = new Dictionary<string, PageFile>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                if (path.EndsWith(".d.ts", StringComparison.Ordinal))
                    continue;
                if (!ContentTypes.TryGetValue(Path.GetExtension(path), out var type))
                    continue;
                var relative = "/" + Path.GetRelativePath(root, path).Replace('\\', '/');
                var url = relative == "/index.html" ? "/" : relative;
                if (url != "/" && !url.StartsWith("/app/", StringComparison.Ordinal))
                    continue;
                var body = File.ReadAllBytes(path);
                var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body), 0, 16) + "\"";
                files[url] = new PageFile(body, type, etag);
            }
        }
        return new PageFiles(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public int Count => _files.Count;

    /// <summary>Serves a page file for GET or HEAD; returns false (nothing written) for anything else.</summary>
    public bool TryServe(HttpContext context, out Task written)
    {
        written = Task.CompletedTask;
        var request = context.Request;
        var head = HttpMethods.IsHead(request.Method);
        if (!(head || HttpMethods.IsGet(request.Method)) || request.Path.Value is not { } path)
            return false;
        if (!_files.TryGetValue(path, out var file))
            return false;
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = file.ETag;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (IfNoneMatch(request, file.ETag.ToString()))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.ContentType = file.ContentType;
        response.ContentLength = file.Body.Length;
        if (!head)
            written = response.Body.WriteAsync(file.Body).AsTask();
        return true;
    }

    private static bool IfNoneMatch(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0)
            return false;
        if (!EntityTagHeaderValue.TryParseList(header.OfType<string>().ToList(), out var tags))
            return false;
        return tags.Any(t => t.Tag == "*" || t.Tag.Value == etag);
    }
}

public static class PageExtensions
{
    /// <summary>Serves the page before the API's pipeline; everything that is not a page file passes through.</summary>
    public static WebApplication UsePage(this WebApplication app)
    {
        var page = PageFiles.Load(Path.Combine(app.Environment.ContentRootPath, "wwwroot"));
        if (page.Count == 0)
            app.Logger.LogWarning("No page files in {Root}: / is not served", app.Environment.ContentRootPath);
        app.Use((context, next) => page.TryServe(context, out var written) ? written : next(context));
        return app;
    }
}
