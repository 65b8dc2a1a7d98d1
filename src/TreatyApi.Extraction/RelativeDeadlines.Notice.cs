using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// A notice period of withdrawal: "may withdraw on six months' notice", "notice must be given 150 days in advance",
/// "150 days prior to the intended withdrawal". It runs from a notice the text does not date here.
/// </summary>
internal static partial class RelativeDeadlines
{
    // "may withdraw on six months' notice", "notice must be given 150 days in advance", "by giving notice at least
    // six months in advance", "notice … 150 days prior to the intended withdrawal".
    private static readonly Regex NoticePeriod = Compile(
        B
            + Count
            + "(?: |-)"
            + Unit
            + @"(?:['\u2019]s?)? "
            + @"(?:of )?(?<w>"
            + Any(NoticePeriods.Where(p => p.Text != "in advance"))
            + ")"
            + E
            + @"|"
            + B
            + @"notice (?:(?:must|shall|has to|is to) be given )?(?:at least |no less than |not less than )?"
            + Count.Replace("<n>", "<n2>")
            + " "
            + Unit.Replace("<u>", "<u2>")
            + " (?<w2>in advance)"
            + E
            // "shall give notice … 150 days prior to the intended withdrawal".
            + "|"
            + B
            + Count.Replace("<n>", "<n3>")
            + "(?: |-)"
            + Unit.Replace("<u>", "<u3>")
            + @" (?<w3>prior to|before|in advance of) (?:the |its |a |any )?(?:intended |planned |proposed )?withdrawal"
            + E,
        RegexOptions.IgnoreCase
    );

    // "gave the six months' notice" (a notice served, dated by the text), not a rule.
    private static readonly Regex NoticeServed = Compile(
        B + @"(?:gave|served|issued|sent)(?: the| its| a)? $",
        RegexOptions.IgnoreCase
    );

    // "failing to give lawmakers 120 days' notice": notice owed to someone, not the treaty's withdrawal clause.
    private static readonly Regex NoticeToSomeone = Compile(
        B + @"(?:give|gives|giving|gave|given) " + @"(?!the |a |an |its |their |his |her |our )\w+ $",
        RegexOptions.IgnoreCase
    );

    private static readonly Regex LeavingWord = Compile(
        B
            + "(?:withdr[ae]w\\w*|leav(?:e|es|ing)|exit\\w*|pull(?:s|ed|ing)? out|terminat\\w*|denounc\\w*|denunciation"
            + "|renounc\\w*|quit\\w*)"
            + E,
        RegexOptions.IgnoreCase
    );

    private static IEnumerable<DeadlineFact> Notices(Scope s)
    {
        var slice = s.Slice;
        var treaty = s.Treaty;
        foreach (Match m in NoticePeriod.Matches(s.Slice))
        {
            bool advance = m.Groups["n2"].Success,
                prior = m.Groups["n3"].Success;
            var n =
                advance ? m.Groups["n2"].Value
                : prior ? m.Groups["n3"].Value
                : m.Groups["n"].Value;
            var u =
                advance ? m.Groups["u2"].Value
                : prior ? m.Groups["u3"].Value
                : m.Groups["u"].Value;
            if (
                Offset(n, u) is not { } offset
                || NoticeServed.IsMatch(slice[..m.Index])
                || (!prior && NoticeToSomeone.IsMatch(slice[..m.Index]))
            )
                continue;
            // A notice period is precise as a class only where the paragraph speaks of leaving the treaty: not "put
            // Moscow on a 60-day notice" (an ultimatum). Notice periods were right 40 times and wrong 1 over the read
            // sets, the wrong one on real text (real-dev and real-dev2: 4/1); with a leaving word, 4/0 there and the
            // corpus keeps its own.
            var paragraph = s.Text[s.RawLineStart(s.Sentence.Start)..s.Sentence.End];
            if (!LeavingWord.IsMatch(paragraph))
                continue;
            yield return s.Make(
                treaty,
                m.Index,
                m.Index + m.Length,
                null,
                "effective",
                new RelativeDate("notice-of-withdrawal", offset.Iso),
                "notice-period",
                advance ? m.Groups["w2"].Value
                    : prior ? m.Groups["w3"].Value
                    : m.Groups["w"].Value
            );
        }
    }
}
