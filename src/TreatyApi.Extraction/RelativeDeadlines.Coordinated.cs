using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// A second party's date for the step a deadline of the same sentence has just told, with the verb left out:
/// "Maravia's withdrawal took effect on 3 May 2021 and Belavia's on 9 June 2022", "Maravia left the treaty on 3 May
/// 2021, and Belavia followed on 9 June 2022". Wire copy and explainers tell two parties' exits, suspensions and
/// ratifications this way; the second date is a deadline of the same kind and treaty as the first. The vocabulary
/// is <see cref="PhraseBook.GappedFollowers"/>.
/// </summary>
internal static partial class RelativeDeadlines
{
    // ", and Belavia's ", " and then the United States followed ": from the first date's end to the second's start.
    private static readonly Regex Gapped = Interpret(
        @"^,?(?: )?(?:and|while) (?:then |later )?(?:the )?(?<who>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})"
            + "(?:['\u2019]s?|(?: )(?<w>"
            + Any(GappedFollowers.Where(p => !p.Text.StartsWith('\'')))
            + "))(?: )?$"
    );

    /// <summary>Adds, to <paramref name="deadlines"/>, the gapped second dates of this sentence.</summary>
    public static void Coordinated(
        string text,
        TextRange sentence,
        IReadOnlyList<DateMatch> dates,
        List<DeadlineFact> deadlines,
        string documentId,
        Dictionary<string, Explanation> explain
    )
    {
        if (!text.AsSpan(sentence.Start, sentence.Length).Contains(" and ", StringComparison.Ordinal))
            return;
        foreach (var d in dates)
        {
            // A full date only: "and Moscow's on Tuesday" leaves too much to guess.
            if (d.Relative || d.Precision == DatePrecision.Year || d.Preposition is not ("on" or "in"))
                continue;
            if (deadlines.Any(f => f.Span.Start < d.Range.End && d.Range.Start < f.Span.End))
                continue;
            var prior = deadlines
                .Where(f =>
                    sentence.Contains(f.Span.Start)
                    && f.Span.End <= d.Range.Start
                    && d.Range.Start - f.Span.End <= 60
                    && f.Date is { Basis: "stated" } fd
                    && fd.Precision != DatePrecision.Year
                )
                .MaxBy(f => f.Span.End);
            if (prior is null)
                continue;
            var g = Gapped.Match(text[prior.Span.End..d.Range.Start]);
            if (!g.Success)
                continue;
            int start = prior.Span.End + g.Groups["who"].Index;
            var span = Span.Of(text, start, d.Range.End);
            var action = TextStructure.Normalize(span.Quote);
            var date = new FactDate(d.Date, d.Precision, "stated", null);
            var fact = new DeadlineFact(
                FactIds.Make("dl", documentId, prior.TreatySlug ?? "", date.Iso, action),
                prior.TreatySlug,
                date,
                prior.Kind,
                action,
                span
            );
            explain.TryAdd(fact.Id, new Explanation("gapped-date", g.Groups["w"].Success ? g.Groups["w"].Value : "'s"));
            deadlines.Add(fact);
        }
    }
}
