using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// A date written as the noun "deadline"'s modifier: "will miss the April 29, 2027 deadline for destroying its
/// stockpile", "met the 30 June destruction deadline", "its 15 March deadline". The date is the deadline itself, in
/// a noun phrase that opens with a determiner or a possessive; no verb of the clause has to govern it. Wire copy on
/// chemical weapons destruction, data exchanges and ultimatums writes deadlines this way (more than five instances in
/// the stored pages before this rule; four on real-dev and real-dev2 missed before it).
/// </summary>
internal static partial class RelativeDeadlines
{
    // Right before the date: the noun phrase's determiner or a possessive ("the", "its", "Tehran's").
    private static readonly Regex DeadlineDeterminer = Interpret(
        B + @"(?:the|its|their|a|this|that|[A-Z][\w.-]*['\u2019]s)(?: )?$"
    );

    // Right after it: up to three lower-case words of the noun phrase, then "deadline" ("the March 15 chemical
    // weapons destruction deadline").
    private static readonly Regex DeadlineNounAfter = Interpret(
        @"\G,?(?: )?(?:[a-z][\w-]*(?: |-)){0,3}?deadlines?" + E
    );

    private static IEnumerable<DeadlineFact> DatesBeforeDeadline(Scope s)
    {
        var text = s.Text;
        var sentence = s.Sentence;
        foreach (var d in s.Dates)
        {
            if (d.Precision == DatePrecision.Year || d.Preposition is not null)
                continue;
            var noun = DeadlineNounAfter.Match(text, d.Range.End);
            if (!noun.Success || noun.Index + noun.Length > sentence.End)
                continue;
            if (!DeadlineDeterminer.IsMatch(text[Math.Max(sentence.Start, d.Range.Start - 30)..d.Range.Start]))
                continue;
            if (s.Stated.Any(x => x.Start < d.Range.End && d.Range.Start < x.End))
                continue;
            var day = d.Date;
            // "will miss the June 30 deadline" in March: a deadline without its year is the one nearest publication,
            // not the last June 30 before it.
            if (d.Relative && s.Published is { } pub && day < pub.AddDays(-183))
                day = day.AddYears(1);
            var fd = new FactDate(day, d.Precision, d.Relative ? "relative" : "stated", d.Note);
            yield return s.MakeDated(
                d.Range.Start - sentence.Start,
                noun.Index + noun.Length - sentence.Start,
                fd,
                "due",
                "date-before-deadline",
                "deadline"
            );
        }
    }
}
