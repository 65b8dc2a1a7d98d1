using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// How long a treaty, a limit or a measure lasts: "was to remain in force for 15 years", "will last for ten years",
/// "3.67 percent for 15 years" (a bare "for" only right after a limit or closing a restriction), counted from the
/// event named after "from", else from entry into force or from when the limit applies.
/// </summary>
internal static partial class RelativeDeadlines
{
    // "was to remain in force for 15 years", "will last for ten years"; "for 15 years" after a limit.
    private static readonly Regex Duration = Compile(
        B
            + "(?<cue>"
            + Any(DurationCues)
            + ") (?:up to )?"
            + Count
            + " "
            + Unit
            + E
            + @"(?<from> from [^.;:!?,()]{1,60})?",
        RegexOptions.IgnoreCase
    );

    // The second of two coordinated durations: ", and restrictions on missiles for up to eight years".
    private static readonly Regex DurationAnd = Interpret(
        @"\G,?(?: )?(?:and|while) [^.;:!?()]{0,50}? for (?:up to )?" + Count + " " + Unit + E,
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// The event from which a treaty's text counts the durations of its limits, when every limit of it in the catalog
    /// that has a duration counts from the same dated event; null otherwise.
    /// </summary>
    private static string? LimitsApplyFrom(Catalog catalog, string slug)
    {
        var from = catalog
            .TreatyLimits.Where(l => l.Treaty == slug && l.Duration?.From is not null)
            .Select(l => l.Duration!.From!)
            .Distinct()
            .ToList();
        return from.Count == 1 ? from[0] : null;
    }

    private static IEnumerable<DeadlineFact> Durations(Scope s, List<(int Start, int End, FactDate? Date)> afterEvent)
    {
        var sentence = s.Sentence;
        var slice = s.Slice;
        var here = s.Here;
        var subject = s.Subject;
        var catalog = s.Catalog;
        var limits = s.Limits;
        var dates = s.Dates;
        var anded = new HashSet<int>();
        foreach (Match m in Duration.Matches(slice))
        {
            var cue = TextStructure.Normalize(m.Groups["cue"].Value).ToLowerInvariant();
            if (Offset(m.Groups["n"].Value, m.Groups["u"].Value) is not { } offset)
                continue;
            // A bare "for 15 years" is a limit's duration only right after that limit ("3.67 percent for 15 years"),
            // or closing a restriction of a treaty whose limits run for set periods (RestrictionFor).
            var owner = here.LastOrDefault(t => t.Span.End <= sentence.Start + m.Index) ?? subject;
            bool afterLimit = limits.Any(l =>
                l.Span.Start < sentence.Start + m.Index && sentence.Start + m.Index - l.Span.End is >= 0 and <= 40
            );
            int? restriction =
                cue == "for" && !afterLimit
                    ? RestrictionFor(slice, m, catalog, owner.Slug, dates, sentence.Start)
                    : null;
            if (cue == "for" && !afterLimit && restriction is null)
                continue;
            // The second of "for up to five years, and … for up to eight years", already read with the first.
            if (anded.Contains(m.Index))
                continue;
            if (offset.Unit != 'Y')
                continue;
            // From the event named after "from", else a treaty's lifetime runs from entry into force; how long a
            // limit or measure stays in place runs from when it applies, which the text does not date.
            var from = m.Groups["from"].Success ? EventWord.Match(m.Groups["from"].Value) : null;
            var of = here.LastOrDefault(t => t.Span.End <= sentence.Start + m.Index) ?? subject;
            if (afterEvent.Any(p => p.Start < m.Index + m.Length && m.Index < p.End))
                continue;
            // How long a limit applies ("3.67 percent for 15 years") runs from the event the treaty's own text counts
            // its limits' durations from (treaty-limits.json: the JCPOA's from Implementation Day), where the catalog
            // says so; a measure's ("the arms embargo will remain in place for five years") from when it applies.
            var kind =
                from is { Success: true } ? EventKinds[TextStructure.Normalize(from.Groups["e"].Value)]
                : cue is "for" ? LimitsApplyFrom(catalog, of.Slug) ?? "start-of-application"
                : cue is "remain in place for" ? "start-of-application"
                : "entered-into-force";
            // A restriction's duration spans the restriction ("no enrichment for 15 years"): two lines of a fact sheet
            // that end "for 15 years" are two facts.
            yield return s.Make(
                of,
                restriction ?? m.Index,
                m.Index + m.Length,
                Resolve(s.DatingEntry(of), kind, offset),
                "until",
                new RelativeDate(kind, offset.Iso),
                "duration",
                cue
            );
            // "… will remain in place for up to five years, and restrictions on missiles for up to eight years".
            if (
                DurationAnd.Match(slice, m.Index + m.Length) is { Success: true } and
                && Offset(and.Groups["n"].Value, and.Groups["u"].Value) is { Unit: 'Y' } more
            )
            {
                var second = and.Index + and.Value.LastIndexOf("for", StringComparison.Ordinal);
                anded.Add(second);
                yield return s.Make(
                    of,
                    second,
                    and.Index + and.Length,
                    Resolve(s.DatingEntry(of), kind, more),
                    "until",
                    new RelativeDate(kind, more.Iso),
                    "duration",
                    cue
                );
            }
        }
    }
}
