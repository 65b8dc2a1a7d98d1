using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.Claims;

/// <summary>A date belongs to its own clause and subject: the treaty's, a law's, a part's, or one state's.</summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// What the dated words are said of when it is not the treaty: "the decree suspending the treaty was signed"
    /// (a decree's signing), "it had been in force … when its reductions took effect" (a part's date, in a clause of
    /// its own). Null when the subject is the treaty.
    /// </summary>
    private static string? OtherSubject(Context c, TreatyMention? named, ClaimDateWord word)
    {
        if (named is null)
            return null;
        var clause = ClauseStart(c.Text, word.Span.Start);
        // A clause of its own after the treaty's: its subject is "its <part>".
        if (
            named.Span.End <= clause
            && Regex.Match(c.Text[clause..word.Span.Start], @"\bits\s+(?<part>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
                is { Success: true } its
        )
            return $"its {its.Groups["part"].Value}";
        // A document or act named before the treaty, in the same clause, as the subject of the words.
        if (
            named.Span.End <= word.Span.Start
            && Regex.Match(
                c.Text[ClauseStart(c.Text, named.Span.Start)..named.Span.Start],
                @"\b(?<doc>executive\s+order|(?:federal\s+|presidential\s+)?(?:law|decree|bill|legislation|"
                    + @"resolution|statute|ordinance))\b",
                RegexOptions.IgnoreCase
            )
                is { Success: true } doc
        )
            return $"the {doc.Groups["doc"].Value.ToLowerInvariant()}";
        return null;
    }

    /// <summary>The state named with "by" between the dated words and this date ("by France in 1999").</summary>
    private static ClaimActor? OwnState(Context c, ClaimDateWord word, ClaimDate d) =>
        c.P.Actors.LastOrDefault(a =>
            a.Kind == "state"
            && a.Span.Start > word.Span.End
            && a.Span.End <= d.Span.Start
            && Regex.IsMatch(c.Text[..a.Span.Start], @"\bby\s+(?:the\s+)?$", RegexOptions.IgnoreCase)
        );
}
