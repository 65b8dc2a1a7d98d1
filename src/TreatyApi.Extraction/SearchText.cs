using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Words for full-text search, shared by indexing and querying so that both sides agree: letters and digits
/// only (anything else a person types is a separator, never syntax), numbers without thousands separators,
/// number words as digits.
/// </summary>
public static partial class SearchText
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    /// <summary>The words of a text, lower-cased, numbers normalised ("1,550" → "1550").</summary>
    public static List<string> Words(string text) =>
        Word().Matches(ThousandsSeparator().Replace(text, "")).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>The words of what a person typed: like <see cref="Words"/>, with number words as digits too.</summary>
    public static List<string> QueryWords(string query)
    {
        var words = Words(query);
        var figures = Figures(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "seven hundred" searches for 700: drop the number words, keep their value.
        var numberWords = Quantities
            .Numbers(query, new TextRange(0, query.Length))
            .SelectMany(n => Words(query[n.Range.Start..n.Range.End]))
            .ToHashSet();
        return words.Where(w => !numberWords.Contains(w) || w.All(char.IsDigit)).Concat(figures).Distinct().ToList();
    }

    /// <summary>The figures a text writes in words or with separators, as digits: what the index adds.</summary>
    public static string Figures(string text)
    {
        var figures = Quantities
            .Numbers(text, new TextRange(0, text.Length))
            .Select(n => n.Value.ToString(CultureInfo.InvariantCulture));
        return string.Join(' ', figures.Distinct());
    }
}
