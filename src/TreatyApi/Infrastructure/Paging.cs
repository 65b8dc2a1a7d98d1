using System.Buffers.Text;
using System.Text;
using FluentValidation;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Page size settings and the opaque cursor: the sort key of the last item served, encoded so that
/// clients treat it as a token. A cursor that does not decode is a 400.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    private const string Version = "c1";

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + "\n" + key));

    public static bool TryDecode(string? cursor, out string key)
    {
        key = "";
        if (cursor is null) return true;
        if (cursor.Length > 512 || !Base64Url.IsValid(cursor)) return false;
        string raw;
        try { raw = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)); }
        catch (FormatException) { return false; }
        if (!raw.StartsWith(Version + "\n", StringComparison.Ordinal)) return false;
        key = raw[(Version.Length + 1)..];
        return key.Length > 0;
    }

    public static int LimitOf(string? limit) => limit is null ? DefaultLimit : int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rules every list shares: limit is 1..MaxLimit, cursor is one we issued.</summary>
    public static void LimitAndCursor<T>(this AbstractValidator<T> v, Func<T, string?> limit, Func<T, string?> cursor)
    {
        v.RuleFor(x => limit(x)).Must(l => l is null || (int.TryParse(l, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxLimit))
            .OverridePropertyName("limit")
            .WithMessage($"Must be a whole number from 1 to {MaxLimit} (default {DefaultLimit}).");
        v.RuleFor(x => cursor(x)).Must(c => TryDecode(c, out _)).OverridePropertyName("cursor")
            .WithMessage("Not a cursor this API issued: use the `next` link of a previous page.");
    }

    /// <summary>
    /// Trims a page fetched with one row more than <paramref name="take"/>; that extra row's existence is what says
    /// there is a next page. Returns its URL (and sets the Link header), or null on the last page.
    /// </summary>
    public static string? Trim<T>(List<T> items, int take, HttpRequest request, Func<T, string> key)
    {
        if (items.Count <= take) return null;
        items.RemoveRange(take, items.Count - take);
        return Next(request, key(items[^1]));
    }

    /// <summary>The absolute URL of the next page, also sent as a `Link: <…>; rel="next"` header.</summary>
    private static string Next(HttpRequest request, string key)
    {
        var url = NextUrl(request, key);
        request.HttpContext.Response.Headers.Link = $"<{url}>; rel=\"next\"";
        return url;
    }

    /// <summary>The URL of the next page: this request's URL with the cursor replaced.</summary>
    private static string NextUrl(HttpRequest request, string key)
    {
        var query = request.Query.Where(kv => !kv.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value.ToString())}")
            .Append("cursor=" + Encode(key));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
