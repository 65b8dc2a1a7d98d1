using System.Globalization;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// How many ratifications a treaty needs to enter into force, written as the states that must ratify: "enters into
/// force after it has been ratified by all 44 States", "until 44 specific countries have ratified it", "requires
/// ratification by all 44 states", "after the last of the 44 states … has ratified it", "once all 44 states have
/// deposited their instruments of ratification", "one of the 44 states whose ratification is needed". Read only in a
/// sentence about entry into force and after "ratified by all", "ratification by all", "until/after/once/the last of
/// … have ratified" or "the N states whose ratification is needed", so that a count of the states that have
/// ratified ("187 states have ratified it") is never read as a threshold.
/// </summary>
internal static class RatificationThresholds
{
    private const string Count = @"(?<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)";
    private const string States = @"(?:[\w-]+ ){0,3}?(?:states|countries|nations)" + E;
    private static readonly Regex Threshold = Compile(
        B
            + "(?:"
            + "(?<cue>ratified by all|ratification by all) (?:the )?"
            + Count
            + " "
            + States
            // "the last of the 44 states listed in its Annex 2 has ratified it", "the last of its 44 … ratifies"
            + "|(?<cue3>the last of) (?:the |its )?"
            + Count.Replace("<n>", "<n3>")
            + " "
            + States
            + @"[^.;:!?]{0,60}? (?:(?:has|have) ratified|ratifies)"
            // (not "after the last of …", read above); "once all 44 states … have deposited their instruments of
            // ratification"
            + "|(?<cue2>until|after|once|unless) (?:all )?(?:the )?(?!last )"
            + Count.Replace("<n>", "<n2>")
            + " "
            + States
            + @"[^.;:!?]{0,60}? (?:have|has|had) (?:all )?(?:ratified|deposited (?:their|its) instruments? of "
            + "ratification)"
            // "one of the 44 states whose ratification is needed for the treaty to take effect"
            + "|(?:the |its )"
            + Count.Replace("<n>", "<n4>")
            + " "
            + States
            + "(?:[^.;:!?]{0,40}? )?(?<cue4>whose ratification(?:s)? (?:is|are|was|were) (?:needed|required|necessary))"
            // "90 days after the fiftieth instrument of ratification … has been deposited", "after the deposit of the
            // 65th instrument of ratification", "after the fortieth State has ratified": the treaty's own wording
            // ("With the deposit of the fiftieth instrument on 24 October" tells the day it came, not what is needed)
            + "|(?<cue5>after|following|upon|once) (?:the )?(?:deposit(?:ion)? of )?(?:the )?"
            + Ordinal
            + @" (?:(?:instrument|document)s? of ratification|(?:[\w-]+ )?(?:state|country|nation) (?:has )?ratified)"
            // "the required 50 states have ratified", "the 50 ratifications needed to take effect"
            + "|(?<cue6>the required) "
            + Count.Replace("<n>", "<n6>")
            + " (?:"
            + States
            + "|ratifications)"
            + "|(?:the )"
            + Count.Replace("<n>", "<n7>")
            + " ratifications (?<cue7>needed|required|necessary)"
            + ")",
        RegexOptions.IgnoreCase
    );

    // "50th", "fiftieth", "sixty-fifth": the ordinal of the instrument that brings a treaty into force.
    private const string Ordinal =
        @"(?<o>\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
        + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
        + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
        + "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)";

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
        ["thirteenth"] = 13,
        ["fourteenth"] = 14,
        ["fifteenth"] = 15,
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
        ["twentieth"] = 20,
        ["thirtieth"] = 30,
        ["fortieth"] = 40,
        ["fiftieth"] = 50,
        ["sixtieth"] = 60,
        ["seventieth"] = 70,
        ["eightieth"] = 80,
        ["ninetieth"] = 90,
    };

    /// <summary>"50th" → 50, "sixty-fifth" → 65; null for anything else.</summary>
    private static int? OrdinalValue(string o)
    {
        if (char.IsAsciiDigit(o[0]))
            return int.TryParse(o[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
        var parts = o.Split('-');
        if (parts.Length == 1)
            return OrdinalWords.TryGetValue(o, out var w) ? w : null;
        return Quantities.ParseWords(parts[0]) is { } tens && OrdinalWords.TryGetValue(parts[1], out var unit)
            ? (int)tens + unit
            : null;
    }

    private static readonly Regex EntryIntoForce = Compile(
        B + @"(?:(?:enter|enters|entered|entering|come|comes) " + @"into force|(?:take|takes|took) effect)" + E,
        RegexOptions.IgnoreCase
    );

    public static IEnumerable<LimitFact> Find(
        string text,
        TextRange sentence,
        TreatyMention treaty,
        IReadOnlyList<LimitFact> found,
        string documentId,
        Dictionary<string, Explanation> explain
    )
    {
        var slice = text.Substring(sentence.Start, sentence.Length);
        if (!slice.Contains("ratif", StringComparison.OrdinalIgnoreCase) || !EntryIntoForce.IsMatch(slice))
            yield break;
        foreach (Match m in Threshold.Matches(slice))
        {
            var n =
                m.Groups["n"].Success ? m.Groups["n"]
                : m.Groups["n2"].Success ? m.Groups["n2"]
                : m.Groups["n3"].Success ? m.Groups["n3"]
                : m.Groups["n6"].Success ? m.Groups["n6"]
                : m.Groups["n7"].Success ? m.Groups["n7"]
                : m.Groups["n4"];
            decimal? value =
                m.Groups["o"].Success ? OrdinalValue(m.Groups["o"].Value)
                : int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i
                : Quantities.ParseWords(n.Value.Replace('-', ' '));
            if (value is not { } v || v < 2)
                continue;
            var span = Span.Of(text, sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            if (found.Any(l => l.Span.Start < span.End && span.Start < l.Span.End))
                continue;
            var id = FactIds.Make(
                "lm",
                documentId,
                treaty.Slug,
                v.ToString(CultureInfo.InvariantCulture),
                "ratifications"
            );
            var cue =
                m.Groups["cue"].Success ? m.Groups["cue"].Value
                : m.Groups["cue3"].Success ? m.Groups["cue3"].Value + " … has ratified"
                : m.Groups["cue4"].Success ? m.Groups["cue4"].Value
                : m.Groups["cue5"].Success ? m.Groups["cue5"].Value + " the … ratification"
                : m.Groups["cue6"].Success ? m.Groups["cue6"].Value
                : m.Groups["cue7"].Success ? m.Groups["cue7"].Value
                : m.Groups["cue2"].Value + " … have ratified";
            explain.TryAdd(id, new Explanation("threshold", TextStructure.Normalize(cue)));
            yield return new LimitFact(id, treaty.Slug, v, "ratifications", "ratifications", [], false, null, span);
        }
    }
}
