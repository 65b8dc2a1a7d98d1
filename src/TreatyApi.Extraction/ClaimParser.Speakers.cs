using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>Who a claim says spoke: the subject of the speech verb, not the first person the sentence names.</summary>
public sealed partial class ClaimParser
{
    /// <summary>
    /// The person who speaks: not one named after a preposition or a gerund ("talks between Lavrov and Blinken",
    /// "after meeting Putin", "a letter to Obama") nor a possessive ("Putin's spokesman"); and none when a title is
    /// the subject of the speech verb ("the Russian president said"): that speaker is unresolved, not the person
    /// named elsewhere in the sentence.
    /// </summary>
    private static ClaimSpeaker? SpeakerOf(string outside, IReadOnlyList<ClaimActor> actors, bool titleSpeaks)
    {
        if (titleSpeaks)
            return null;
        foreach (var a in actors.Where(a => a.Kind == "person"))
        {
            if (NotSpeakerBefore().IsMatch(outside[..a.Span.Start]))
                continue;
            // "Putin's spokesman", "Putin spokesman Dmitry Peskov": the person is whose aide speaks.
            if (Regex.IsMatch(outside[a.Span.End..], @"^(?:['’]s?\b|\s+(?:spokes\w+|aide|press)\b)"))
                continue;
            return new ClaimSpeaker(a.Slug, a.Name, a.Span);
        }
        return null;
    }

    /// <summary>
    /// The person a title that is the subject of the speech verb resolves to ("Putin's press secretary said"), when
    /// the actor recogniser resolved it to one holder; null otherwise.
    /// </summary>
    private static ClaimSpeaker? TitleSpeaker(string outside, IReadOnlyList<ClaimActor> actors)
    {
        var subject = TitleSubject().Match(outside);
        var a = actors.LastOrDefault(a =>
            a.Kind == "person"
            && a.Resolution == "title"
            && a.Span.Start < subject.Index + subject.Length
            && a.Span.End > subject.Index
        );
        return a is null ? null : new ClaimSpeaker(a.Slug, a.Name, a.Span);
    }

    /// <summary>A title or office as the subject of a speech verb ("the Kremlin spokesman said").</summary>
    private static bool TitleSpeaks(string outside) => TitleSubject().IsMatch(outside);

    [GeneratedRegex(
        @"\b(?:between|with|meeting|met|after|before|of|and|from|against|for|about|on|visiting|called|"
            + @"(?<!according\s)to)\s+"
            + @"(?:(?:the|U\.S\.|US|Russian|American|Chinese|President|Prime|Minister|Secretary|Foreign|"
            + @"Spokesman|Mr\.?|Ms\.?)\s+)*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex NotSpeakerBefore();

    [GeneratedRegex(
        @"\b(?:spokes(?:man|woman|person)|president|minister|secretary|ambassador|envoy|officials?|chancellor|"
            + @"leader|premier|negotiator|diplomat|aide|press\s+secretary|foreign\s+ministry|ministry|kremlin|"
            + @"white\s+house)\s+(?:(?:also|later|then|reportedly|publicly|had|has|have)\s+)?"
            + @"(?:said|says|told|stated|called|calls|described|describes|claimed|insisted|warned|announced|"
            + @"declared|added|noted|argued|confirmed|remarked|stressed|asserted|acknowledged|admitted|denied|"
            + @"denies)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TitleSubject();
}
