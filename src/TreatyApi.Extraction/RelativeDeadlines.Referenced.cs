using System.Globalization;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Deadlines whose date is a bare year or is given by something else the text or the catalog dates: "no earlier than
/// 2030", "no later than the third session of the review cycle in 2029", "within ten years of that date", and a
/// treaty's entry into force told by its period ("entered into force 90 days after the 50th state ratified"). The
/// examples are in <see cref="PhraseBook.DeadlineShapes"/>.
/// </summary>
internal static partial class RelativeDeadlines
{
    // "no earlier than 2030": a year alone is no date (Dates), but this phrase makes it the earliest one.
    private static readonly Regex EarliestYear = Interpret(
        B + @"(?<w>no|not) earlier than (?<y>(?:19|20)\d\d)(?![\d-])",
        RegexOptions.IgnoreCase
    );

    // "China could reach parity no earlier than 2035": the horizon of a forecast, not a date set by anyone.
    private static readonly Regex ForecastBefore = Interpret(
        B + "(?:" + Any(ForecastCues) + "|could|might|likely)" + E + @"[^.;:!?]*$",
        RegexOptions.IgnoreCase
    );

    // "by the review conference in 2030", "no later than the third session of its Preparatory Committee in 2029";
    // not "signed by the leaders at the summit in 1987" (no preposition among the words before the meeting).
    private static readonly Regex EventInYear = Interpret(
        B
            + @"(?<w>by|before|no later than|not later than) (?:the|its|their|next) "
            + @"(?:(?!(?:at|in|on|by|to|for|with|from|of)"
            + E
            + @")[\w-]+ ){0,3}?(?i:"
            + Any(MonthEvents)
            + @")s?(?: of (?:the |its |their )?(?:[\w-]+ ){0,3}?[\w-]+)? in (?<y>(?:19|20)\d\d)(?![\d-])",
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// "the decisions adopted by the first meeting in 2022", "a plan endorsed by the summit in July": a participle
    /// right before "by" makes the meeting its agent, not a date anything is due by; not "must be ratified by the
    /// conference in 2030" or "states that have not ratified by …".
    /// </summary>
    internal static bool AgentBy(string before)
    {
        var words = before.TrimEnd().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[^1].EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return false;
        return !AuxiliaryWords.Contains(words[^2].TrimEnd(',').ToLowerInvariant());
    }

    private static readonly HashSet<string> AuxiliaryWords =
    [
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "not",
        "to",
        "will",
        "would",
        "must",
        "should",
        "shall",
        "is",
        "are",
    ];

    // "within ten years of that date": the date the sentence gave before it.
    private static readonly Regex ThatDate = Interpret(@"^(?:that|this|the same) (?:date|day)$");
    private static readonly Regex ThatDateEvent = Interpret(@"^(?:that|this|the same) (?:date|day)" + E);

    // An ordinal that names the ratification completing a count ("the 50th instrument", "the fiftieth state to
    // ratify", "the last of the 44 states"): the treaty's own entry into force, not a party's.
    private static readonly Regex Completing = Interpret(
        B
            + @"(?:\d+(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:tieth|teenth|first|second|third|fourth|fifth|sixth"
            + @"|seventh|eighth|ninth|tenth|eleventh|twelfth)|last|final)"
            + E,
        RegexOptions.IgnoreCase
    );

    private static IEnumerable<DeadlineFact> Referenced(
        string slice,
        IReadOnlyList<Span> stated,
        int offset,
        MakeFact make
    )
    {
        var earliest = slice.Contains("earlier than", StringComparison.OrdinalIgnoreCase)
            ? EarliestYear.Matches(slice)
            : Enumerable.Empty<Match>();
        foreach (Match m in earliest)
            if (!Overlaps(m) && !ForecastBefore.IsMatch(slice[..m.Index]))
                yield return make(m.Index, m.Index + m.Length, Year(m), "earliest", "earliest-year", "earlier than");
        var events =
            slice.Contains(" in ", StringComparison.Ordinal) && HasAny(slice, "by the", "than the", "before")
                ? EventInYear.Matches(slice)
                : Enumerable.Empty<Match>();
        foreach (Match m in events)
            if (!Overlaps(m) && !AgentBy(slice[..m.Index]))
                yield return make(
                    m.Index,
                    m.Index + m.Length,
                    Year(m),
                    "due",
                    "event-in-year",
                    TextStructure.Normalize(m.Groups["w"].Value).ToLowerInvariant()
                );

        bool Overlaps(Match m) => stated.Any(x => x.Start < offset + m.Index + m.Length && offset + m.Index < x.End);

        static FactDate Year(Match m) =>
            new(
                new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), 1, 1),
                DatePrecision.Year,
                "stated",
                null
            );
    }

    // What a restriction says before its duration, in its clause: "no enrichment at Fordow", "only 5,060 may be
    // used", "300 kilograms or less", "3.67 percent U-235", "5,060 IR-1 machines".
    private static readonly Regex RestrictionBefore = Interpret(
        B
            + @"(?:no|not|only|may|must|up to|or less|or below|limited|capped|ceiling|maximum"
            + @"|\d[\d,.]*(?: [\w-]+){0,2} (?:percent|kg|kilograms|tons|tonnes|machines|centrifuges|cascades))"
            + E
            + @"[^;:\n]*$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex ClauseEnd = Interpret(@"\G(?:[.;,\r\n]|$)");

    /// <summary>
    /// "no enrichment and no fissile material at Fordow for 15 years", "300 kg of UF6, for 15 years": a restriction's
    /// duration closing its clause, for a treaty whose limits the catalog says run for set periods from one dated
    /// event (treaty-limits.json: the JCPOA's from Implementation Day). Elsewhere "for ten years" is too often time
    /// that passed ("the treaty ran for ten years") to be read without a limit found before it. Gives where the
    /// restriction starts, or null. A date written right after ("for 15 years, until January 2031") is the deadline
    /// the period explains: no second fact.
    /// </summary>
    private static int? RestrictionFor(
        string slice,
        Match m,
        Catalog catalog,
        string slug,
        IReadOnlyList<DateMatch> dates,
        int offset
    )
    {
        int end = m.Index + m.Length;
        if (
            m.Groups["from"].Success
            || LimitsApplyFrom(catalog, slug) is null
            || !ClauseEnd.IsMatch(slice, end)
            || dates.Any(d => d.Range.Start >= offset + end && d.Range.Start - (offset + end) <= 15)
        )
            return null;
        int from = Math.Max(0, m.Index - 120);
        var r = RestrictionBefore.Match(slice[from..m.Index]);
        return r.Success ? from + r.Index : null;
    }

    /// <summary>A period from "that date": the last full date the sentence wrote before the period.</summary>
    private static FactDate? FromThatDate(string kind, Period offset, IReadOnlyList<DateMatch> dates, int at)
    {
        if (!ThatDate.IsMatch(kind))
            return null;
        var d = dates.LastOrDefault(d => !d.Relative && d.Precision == DatePrecision.Day && d.Range.End <= at);
        return d is null
            ? null
            : new FactDate(
                offset.Add(d.Date),
                DatePrecision.Day,
                "relative",
                $"{offset.Iso} after the date the sentence gives before it ({d.Date:yyyy-MM-dd})"
            );
    }

    /// <summary>
    /// "entered into force 90 days after the fiftieth instrument of ratification was deposited": the period tells when
    /// the treaty itself entered into force, which the catalog dates. Only for the ratification that completes a
    /// count (an ordinal); "enters into force for a state 90 days after its deposit" is a party's.
    /// </summary>
    private static FactDate? EntryByItsPeriod(TreatyEntry? entry, string kind, string dueKind, Match effect, string ev)
    {
        if (
            dueKind != "entry-into-force"
            || kind is not ("ratification" or "deposit")
            || effect.Value.Contains(" for ", StringComparison.OrdinalIgnoreCase)
            || !Completing.IsMatch(ev)
            || entry?.DateOf("entered-into-force") is not { } day
        )
            return null;
        return new FactDate(
            day,
            DatePrecision.Day,
            "relative",
            $"the treaty's entry into force ({day:yyyy-MM-dd}), which this period after its {kind} tells"
        );
    }
}
