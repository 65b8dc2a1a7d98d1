using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Page size settings and the opaque cursor. A cursor carries the sort key of the last item served and a MAC
/// over that key and the request's path and filters, so a cursor that was edited, or that belongs to another
/// collection or other filters, is a 400 rather than a silently wrong page. Instances share the key, so a
/// cursor from one works on all.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Longer is never a cursor this API issued (documented in OpenAPI).</summary>
    public const int MaxCursorLength = 512;
    private const string Version = "c2";
    private static readonly byte[] MacKey = Encoding.UTF8.GetBytes("TreatyApi cursor v2");

    /// <summary>
    /// What a cursor is bound to: the path and every query parameter but the cursor, the page size and the CSV
    /// choices (which do not change the list: a JSON page's cursor also starts a CSV export).
    /// </summary>
    private static string Scope(HttpRequest request) =>
        request.Path
        + "?"
        + string.Join(
            '&',
            request
                .Query.Where(kv =>
                    !kv.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase)
                    && !kv.Key.Equals("limit", StringComparison.OrdinalIgnoreCase)
                    && !Csv.QueryParameters.Contains(kv.Key, StringComparer.OrdinalIgnoreCase)
                )
                .OrderBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
                .Select(kv => kv.Key.ToLowerInvariant() + "=" + kv.Value)
        );

    private static string Mac(string scope, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(MacKey, Encoding.UTF8.GetBytes(scope + "\n" + key)), 0, 12);

    public static string Encode(HttpRequest request, string key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + "\n" + Mac(Scope(request), key) + "\n" + key));

    /// <summary>
    /// The key of this request's cursor; true with a null key when there is none, false when it is not ours.
    /// </summary>
    public static bool TryDecode(HttpRequest request, out string? key)
    {
        key = null;
        var cursor = request.Query["cursor"].ToString();
        if (cursor.Length == 0)
            return !request.Query.ContainsKey("cursor");
        if (cursor.Length > MaxCursorLength || !Base64Url.IsValid(cursor))
            return false;
        string raw;
        try
        {
            raw = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = raw.Split('\n', 3);
        if (parts.Length != 3 || parts[0] != Version || parts[2].Length == 0)
            return false;
        if (
            !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(parts[1]),
                Encoding.ASCII.GetBytes(Mac(Scope(request), parts[2]))
            )
        )
            return false;
        key = parts[2];
        return true;
    }

    private const string KeyItem = "TreatyApi.CursorKey";

    /// <summary>
    /// Keeps the key <see cref="RequestValidation"/> verified, so the handler does not decode it again.
    /// </summary>
    public static void Remember(HttpContext context, string? key) => context.Items[KeyItem] = key;

    /// <summary>The decoded key of a request already checked by <see cref="RequestValidation"/>.</summary>
    public static string? Key(HttpRequest request) =>
        request.HttpContext.Items.TryGetValue(KeyItem, out var known) ? (string?)known
        : TryDecode(request, out var key) ? key
        : null;

    /// <summary>Cursor keys of lists paged by position: "o:120".</summary>
    public static string OffsetKey(int offset) =>
        "o:" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int OffsetOf(string? key) =>
        key is not null
        && key.StartsWith("o:", StringComparison.Ordinal)
        && int.TryParse(
            key.AsSpan(2),
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var n
        )
            ? n
            : 0;

    public static int LimitOf(int? limit) => limit ?? DefaultLimit;

    /// <summary>
    /// The rule every list shares: limit is 1..MaxLimit. (That it is a whole number, and that the cursor belongs to
    /// the request, is checked by RequestValidation.)
    /// </summary>
    public static void PageSize<T>(this AbstractValidator<T> v, Func<T, int?> limit)
    {
        v.RuleFor(x => limit(x))
            .Must(l => l is null or (>= 1 and <= MaxLimit))
            .OverridePropertyName("limit")
            .WithMessage($"Must be a whole number from 1 to {MaxLimit} (default {DefaultLimit}).");
    }

    /// <summary>
    /// Trims a page fetched with one row more than <paramref name="take"/>; that extra row's existence is what says
    /// there is a next page. Returns its URL (and sets the Link header), or null on the last page.
    /// </summary>
    public static string? Trim<T>(List<T> items, int take, HttpRequest request, Func<T, string> key)
    {
        if (items.Count <= take)
        {
            request.HttpContext.Items.Remove(NextKeyItem);
            return null;
        }
        items.RemoveRange(take, items.Count - take);
        return Next(request, key(items[^1]));
    }

    private const string NextKeyItem = "TreatyApi.NextCursorKey";

    /// <summary>
    /// The key of the page after the one this request just served, or null on the last page (for CSV, which joins
    /// them).
    /// </summary>
    public static string? NextKey(HttpContext context) =>
        context.Items.TryGetValue(NextKeyItem, out var key) ? (string?)key : null;

    /// <summary>The absolute URL of the next page, also sent as a `Link: <…>; rel="next"` header.</summary>
    private static string Next(HttpRequest request, string key)
    {
        request.HttpContext.Items[NextKeyItem] = key;
        var url = NextUrl(request, Encode(request, key));
        // A CSV export reads page after page while it writes; its answer has no next page.
        if (!request.HttpContext.Response.HasStarted)
            request.HttpContext.Response.Headers.Link = $"<{url}>; rel=\"next\"";
        return url;
    }

    /// <summary>The URL of the next page: this request's URL with the cursor replaced.</summary>
    private static string NextUrl(HttpRequest request, string cursor)
    {
        var query = request
            .Query.Where(kv => !kv.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value.ToString())}")
            .Append("cursor=" + cursor);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
