using System.Buffers;

namespace TreatyApi.Extraction;

/// <summary>
/// A cheap literal test run before a pattern that cannot match without one of a few words (its cue): most ranges
/// hold none of them, and a vectorised search for the words costs a fraction of the regex engine's scan for the
/// pattern's first character (a pattern that opens with "the", "a" or a capital is tried at most words). The test
/// may say yes where the pattern finds nothing, never no where it finds something: the words are matched ignoring
/// case (a superset of a case-sensitive pattern's words), and a text holding one of the few letters outside ASCII
/// that case-insensitive matching may equate with an ASCII letter (the Kelvin sign, the long s, the dotted and
/// dotless i) always passes.
/// </summary>
internal sealed class LiteralCues
{
    private readonly SearchValues<string> _words;

    /// <param name="words">Words every match of the pattern holds one of, spelled as the pattern spells them.</param>
    public LiteralCues(IEnumerable<string> words) =>
        _words = SearchValues.Create([.. words.Distinct(StringComparer.Ordinal)], StringComparison.OrdinalIgnoreCase);

    /// <summary>Cues from phrases: each phrase's longest word (every match of the phrase holds all its words; the
    /// pattern may space them with any whitespace, so a single word is the literal to look for).</summary>
    public static LiteralCues FromPhrases(IEnumerable<string> phrases) =>
        new(phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!));

    private static readonly SearchValues<char> FoldsToAscii = SearchValues.Create("\u212A\u017F\u0130\u0131");

    public bool MayMatch(ReadOnlySpan<char> text) => text.ContainsAny(_words) || text.ContainsAny(FoldsToAscii);
}
