using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// "within 30 days" with no event after it: after a modal or intention word ("must have them removed within 90 days",
/// "intends to accede … within twelve months") or alone ("sanctions return within 30 days"). A plan or request of the
/// day runs from the publication date; a rule from an event the text leaves unnamed, so it stays undated.
/// </summary>
internal static partial class RelativeDeadlines
{
    // "within 30 days" with no event after it ("after entry into force", "of notice"): from when it runs is unsaid.
    // "within a period not exceeding 10 years", a treaty text's and a fact sheet's way to say it.
    private const string PeriodAlone =
        "within (?:no more than |a period (?:of )?(?:not exceeding |not more than |no more than |up to )?)?"
        + Count
        + "(?: |-)"
        + Unit
        + E
        + "(?! (?:after|of|from|following|since|before)"
        + E
        + ")";

    // "must have them removed within 90 days", "intends to accede … within twelve months": no event named after.
    private static readonly Regex WithinModal = Compile(
        B + "(?<w>" + Any(WithinModals) + ")" + E + @"[^.;:!?]{0,80}? " + PeriodAlone,
        RegexOptions.IgnoreCase
    );
    private static readonly Dictionary<string, string> ModalKinds = WithinModals.ToDictionary(
        p => p.Text,
        p => p.Kind!,
        StringComparer.OrdinalIgnoreCase
    );

    // "within 30 days" with no event after it and no modal before it.
    private static readonly Regex WithinBare = Compile(B + PeriodAlone, RegexOptions.IgnoreCase);

    /// <summary>
    /// A period that runs from the day it was announced: the day the sentence gives the statement ("On 17 June, the
    /// spokesman said …", <see cref="StatementDay"/>), else the publication date.
    /// </summary>
    private static FactDate FromAnnouncement(Period offset, DateOnly day, DateMatch? said) =>
        said is not null
            ? new(
                offset.Add(said.Date),
                DatePrecision.Day,
                "relative",
                $"{offset.Iso} after the announcement the sentence dates ({said.Date:yyyy-MM-dd})"
            )
            : new(
                offset.Add(day),
                DatePrecision.Day,
                "relative",
                $"{offset.Iso} after the announcement, read as the publication date ({day:yyyy-MM-dd})"
            );

    // What makes a bare "within" period a plan or request of the day (WithinPlan), a standing rule (WithinRule), or
    // a report of the past (PastWithin).
    private static readonly Regex WithinPlan = Compile(
        B
            + @"(?:will|would|['\u2019]ll|urged|urges|asked|asks|expected|expects|promised|pledged|if|unless"
            + @"|called on|calls on|calling on|demanded|demands)"
            + E,
        RegexOptions.IgnoreCase
    );
    private static readonly Regex WithinRule = Compile(
        B + @"(?:must|shall|has to|have to|had to|required|requires|obliged|obligated|obliges|allowed|may)" + E,
        RegexOptions.IgnoreCase
    );
    private static readonly Regex PastWithin = Compile(B + @"(?:had|was|were|did)" + E, RegexOptions.IgnoreCase);

    // "had been destroyed within two years": a past event's pace; "had to grant it within 24 days" is a rule.
    private static readonly Regex PastClause = Interpret(
        B + @"(?:had(?! to)|was|were)" + E + @"[^,;:]*$",
        RegexOptions.IgnoreCase
    );

    private static IEnumerable<DeadlineFact> WithinPeriods(Scope s)
    {
        var slice = s.Slice;
        var treaty = s.Treaty;
        var dates = s.Dates;
        var published = s.Published;
        var withins = WithinModal.Matches(slice);
        var modal = new HashSet<int>();
        foreach (Match m in withins)
        {
            if (Offset(m.Groups["n"].Value, m.Groups["u"].Value) is not { } offset)
                continue;
            var word = TextStructure.Normalize(m.Groups["w"].Value);
            int from = m.Index + m.Length - m.Value.Length + m.Value.LastIndexOf("within", StringComparison.Ordinal);
            // An intention runs from the day it is announced; an obligation from an event the text leaves unnamed.
            FactDate? fd =
                ModalKinds[word] == "intention" && published is { } day
                    ? FromAnnouncement(offset, day, StatementDay(s.Text, s.Sentence, dates, s.Sentence.Start + from))
                    : null;
            yield return s.Make(
                treaty,
                from,
                m.Index + m.Length,
                fd,
                "due",
                new RelativeDate(fd is null ? "unstated" : "announcement", offset.Iso),
                "within-modal",
                word
            );
            modal.Add(from);
        }
        // "sanctions return within 30 days", "would reconvene within 12 months": "within" alone makes a period a
        // deadline. From what it runs is unsaid: a plan or request the report gives ("would reconvene", "urged
        // ministers to set out, within two months", "if we hear nothing within 60 days") runs from the day it is
        // made, read as the publication date; a rule ("would have to ensure their removal within 90 days") from an
        // event the text leaves unnamed, so it stays undated. "had been destroyed within two years" is a past
        // event's pace, not a deadline.
        foreach (Match m in WithinBare.Matches(slice))
        {
            if (modal.Contains(m.Index) || Offset(m.Groups["n"].Value, m.Groups["u"].Value) is not { } offset)
                continue;
            if (PastClause.IsMatch(slice[Math.Max(0, m.Index - 30)..m.Index]))
                continue;
            // "signed on 31 July 1991, … would cease to exist within five months": a period inside a narrative of
            // the past is not a deadline now.
            if (published is { } now && dates.Any(d => !d.Relative && d.Date < now.AddYears(-1)))
                continue;
            var lead = slice[..m.Index];
            FactDate? fd =
                published is { } day
                && WithinPlan.IsMatch(lead)
                && !WithinRule.IsMatch(lead)
                && !PastWithin.IsMatch(lead)
                    ? FromAnnouncement(offset, day, StatementDay(s.Text, s.Sentence, dates, s.Sentence.Start + m.Index))
                    : null;
            yield return s.Make(
                treaty,
                m.Index,
                m.Index + m.Length,
                fd,
                "due",
                new RelativeDate(fd is null ? "unstated" : "announcement", offset.Iso),
                "within-period",
                "within"
            );
        }
    }
}
