using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Events where the text gives them: a meeting noun or verb ("a Monday meeting", "met", "summit", "talks")
/// with a date in the same sentence. Participants are the people named there, or the holders of the offices
/// it names ("the heads of state of Russia and the United States" on that date); the place is an "in City, Country".
/// </summary>
internal sealed partial class EventExtractor(ActorRecognizer actors, Catalog catalog)
{
    [GeneratedRegex(@"(?<![\w-])(?<kind>meeting|summit|talks|met|meets|meet)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex EventWord();

    // "heads of state of Russia and the United States", "the leaders of Russia and the U.S."
    [GeneratedRegex(
        @"(?<role>(?i:heads[\s\u00A0]+of[\s\u00A0]+state|leaders|presidents|foreign[\s\u00A0]+ministers))"
            + @"[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?(?<a>[A-Z][\w.]*(?:[\s\u00A0]+[A-Z][\w.]*)*)"
            + @"[\s\u00A0]+and[\s\u00A0]+(?:the[\s\u00A0]+)?(?<b>[A-Z][\w.]*(?:[\s\u00A0]+[A-Z][\w.]*)*)"
    )]
    private static partial Regex OfficeHolders();

    [GeneratedRegex(
        @"(?<![\w-])(?:in|at)[\s\u00A0]+(?<place>[A-Z][\w.'-]*"
            + @"(?:[\s\u00A0]+[A-Z][\w.'-]*)*,[\s\u00A0]+[A-Z][\w'-]*(?:[\s\u00A0]+[A-Z][\w'-]*)*)"
    )]
    private static partial Regex Place();

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<EventFact> Extract(
        string text,
        string documentId,
        IReadOnlyList<TextRange> paragraphs,
        DateOnly? published
    )
    {
        var result = new List<EventFact>();
        foreach (var para in paragraphs)
        {
            var quotes = Quotations.Find(text, para);
            foreach (var sentence in TextStructure.Sentences(text, para))
            {
                var word = EventWord().Match(text, sentence.Start, sentence.Length);
                if (!word.Success || quotes.Any(q => q.Marks.Contains(word.Index)))
                    continue;
                // The date nearest the event word, outside parentheses (a citation's date is the report's).
                var date = Dates
                    .Find(text, sentence, published)
                    .Where(d => d.Precision == DatePrecision.Day && !InParentheses(text, sentence, d.Range.Start))
                    .OrderBy(d => Math.Abs(d.Range.Start - word.Index))
                    .FirstOrDefault();
                if (date is null)
                    continue;
                var participants = Participants(text, sentence, date.Date);
                if (participants.Count < 2)
                    continue;
                var place = Place().Match(text, sentence.Start, sentence.Length);
                var kind = word.Groups["kind"].Value.ToLowerInvariant() switch
                {
                    "met" or "meets" or "meet" => "meeting",
                    var k => k,
                };
                var factDate = new FactDate(
                    date.Date,
                    date.Precision,
                    date.Relative ? "relative" : "stated",
                    date.Note
                );
                var slugs = participants.Select(p => p.Slug).ToList();
                result.Add(
                    new EventFact(
                        FactIds.Make("ev", documentId, kind, factDate.Iso, string.Join(',', slugs)),
                        kind,
                        participants,
                        factDate,
                        place.Success ? TextStructure.Normalize(place.Groups["place"].Value) : null,
                        Span.Of(text, sentence.Start, sentence.End)
                    )
                );
            }
        }
        return result;
    }

    private static bool InParentheses(string text, TextRange sentence, int at)
    {
        int open = text.LastIndexOf('(', at, at - sentence.Start + 1 > 0 ? at - sentence.Start : 0);
        return open >= sentence.Start && text.IndexOf(')', open) is var close && close >= at;
    }

    private List<SpeakerRef> Participants(string text, TextRange sentence, DateOnly on)
    {
        var found = new List<SpeakerRef>();
        foreach (Match m in OfficeHolders().Matches(text.Substring(sentence.Start, sentence.Length)))
        {
            var role = m.Groups["role"].Value.ToLowerInvariant().StartsWith("foreign", StringComparison.Ordinal)
                ? "foreign-minister"
                : "president";
            foreach (var g in new[] { m.Groups["a"], m.Groups["b"] })
            {
                var state = catalog.Actors.FirstOrDefault(a =>
                    a.Kind == "state"
                    && a.Aliases.Contains(TextStructure.Normalize(g.Value).TrimEnd('.', ','), StringComparer.Ordinal)
                );
                if (state is not null && actors.Holder(role, state.Slug, on) is { } holder)
                    found.Add(new SpeakerRef(holder.Slug, holder.Name, TextStructure.Normalize(m.Value), "title"));
            }
        }
        foreach (var m in actors.Find(text, sentence, on).Where(m => m.Actor?.Kind == "person"))
            found.Add(
                new SpeakerRef(
                    m.Actor!.Slug,
                    m.Actor.Name,
                    TextStructure.Normalize(text[m.Range.Start..m.Range.End]),
                    m.Resolution
                )
            );
        return found.DistinctBy(p => p.Slug).ToList();
    }
}
