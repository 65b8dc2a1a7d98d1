using System.Globalization;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Deadlines written without a full date: a period counted from an event ("within 90 days of the notification",
/// "five years after entry into force"), a notice period ("on six months' notice"), how long a treaty or a limit
/// lasts ("was to remain in force for 15 years"), a month without its year ("is due to expire in February",
/// "by the end of September"), and a fact sheet's labelled dates ("Entered into force: 5 December 1994"). A
/// period counted from an event is resolved where the catalog dates that event for the treaty; else the fact keeps
/// the event and offset and has no date. The vocabulary is in <see cref="PhraseBook"/>.
/// </summary>
internal static partial class RelativeDeadlines
{
    private const string Count = @"(?<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)";
    private const string Unit = @"(?<u>years?|months?|days?|weeks?)";

    // "after all 44 states have deposited their instruments": plural and past forms read as the event word.
    private static readonly Regex EventWord = Compile(
        B + "(?<e>" + Any(RelativeEvents) + ")(?:s|ed)?" + E,
        RegexOptions.IgnoreCase
    );
    private static readonly Dictionary<string, string> EventKinds = RelativeEvents.ToDictionary(
        p => p.Text,
        p => p.Kind!,
        StringComparer.OrdinalIgnoreCase
    );

    // "VIENNA, Nov 22 (…) —": the dateline's date is the day of the report, not of what the lead tells.
    private static readonly Regex Dateline = Interpret(@"^[A-Z][A-Z.'\x20-]+,(?: )?$");

    /// <summary>
    /// The deadlines of one sentence about <paramref name="treaty"/>. A period after "its entry into force" is of
    /// the treaty named last before it in the sentence, else of the document's <paramref name="main"/> treaty (the
    /// one named first), and is dated from that treaty's events in the catalog.
    /// </summary>
    public static IEnumerable<DeadlineFact> Find(
        string text,
        TextRange sentence,
        TreatyMention treaty,
        IReadOnlyList<TreatyMention> here,
        TreatyMention? main,
        Catalog catalog,
        IReadOnlyList<DateMatch> due,
        IReadOnlyList<LimitFact> limits,
        IReadOnlyList<DateMatch> dates,
        IReadOnlyList<Span> stated,
        DateOnly? published,
        string documentId,
        Dictionary<string, Explanation> explain,
        List<Basis>? bases = null
    )
    {
        var s = new Scope(
            text,
            sentence,
            treaty,
            here,
            main ?? treaty,
            catalog,
            due,
            limits,
            dates,
            stated,
            published,
            documentId,
            explain
        );
        var slice = s.Slice;
        // The period rules try a count at every word: run them only where a unit of time is written at all.
        bool periods = HasAny(slice, "year", "month", "day", "week");
        // Periods read after an event, so that a duration over the same words ("to last 15 years from
        // Implementation Day") is not read twice.
        var afterEvent = new List<(int Start, int End, FactDate? Date)>();
        var rules = Enumerable.Empty<DeadlineFact>();
        if (periods)
            rules = rules.Concat(PeriodsAfterEvent(s, afterEvent, bases));
        if (periods && HasAny(slice, "notice"))
            rules = rules.Concat(Notices(s));
        if (periods && HasAny(slice, "within"))
            rules = rules.Concat(WithinPeriods(s));
        if (periods)
            rules = rules.Concat(Durations(s, afterEvent));
        if (periods && HasAny(slice, " to "))
            rules = rules.Concat(GrantedPeriods(s));
        if (published is { } pub && HasAny(slice, MonthStems))
            rules = rules.Concat(MonthsWithoutYear(s, pub));
        if (HasAny(slice, "effect", "force", "suspend", "longer", "ceased", "expired", "lapsed"))
            rules = rules.Concat(DatesBeforeWord(s));
        if (slice.Contains(':') || HasAny(slice, " Day "))
            rules = rules.Concat(LabelledDates(s));
        if (HasAny(slice, " that "))
            rules = rules.Concat(AnnouncedLeaving(s));
        rules = rules
            .Concat(Anaphoric(text, sentence, slice, dates, stated, published, s.MakeDated))
            .Concat(Referenced(slice, stated, sentence.Start, s.MakeDated));
        return OnceEach(rules);
    }

    /// <summary>
    /// One dated deadline that two rules read over the same words ("Thirty years ago today, on 5 December 1994, the
    /// treaty entered into force": the date before its word and the years-ago rule) is one fact: the first stands.
    /// </summary>
    private static IEnumerable<DeadlineFact> OnceEach(IEnumerable<DeadlineFact> facts)
    {
        var kept = new List<DeadlineFact>();
        foreach (var f in facts)
        {
            if (
                f.Date is { } date
                && kept.Any(k =>
                    k.TreatySlug == f.TreatySlug
                    && k.Date?.Iso == date.Iso
                    && k.Span.Start < f.Span.End
                    && f.Span.Start < k.Span.End
                )
            )
                continue;
            kept.Add(f);
            yield return f;
        }
    }

    /// <summary>
    /// One sentence as the rules read it: the text around it, the treaties, limits and dates found, and how a fact of
    /// it is made (its span, id and the rule and cue that explain it).
    /// </summary>
    private sealed record Scope(
        string Text,
        TextRange Sentence,
        TreatyMention Treaty,
        IReadOnlyList<TreatyMention> Here,
        TreatyMention Subject,
        Catalog Catalog,
        IReadOnlyList<DateMatch> Due,
        IReadOnlyList<LimitFact> Limits,
        IReadOnlyList<DateMatch> Dates,
        IReadOnlyList<Span> Stated,
        DateOnly? Published,
        string DocumentId,
        Dictionary<string, Explanation> Explain
    )
    {
        public string Slice { get; } = Text.Substring(Sentence.Start, Sentence.Length);

        public TreatyEntry? EntryOf(TreatyMention t) => Catalog.Treaties.FirstOrDefault(e => e.Slug == t.Slug);

        public int RawLineStart(int at) => Text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;

        public int LineStart(int at) => Math.Max(Sentence.Start, Text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1);

        public DeadlineFact MakeDated(int from, int to, FactDate fd, string kind, string rule, string cue) =>
            Make(Treaty, from, to, fd, kind, null, rule, cue);

        public DeadlineFact Make(
            TreatyMention treaty,
            int from,
            int to,
            FactDate? fd,
            string kind,
            RelativeDate? relative,
            string rule,
            string cue
        )
        {
            var span = Span.Of(Text, Sentence.Start + from, Sentence.Start + to);
            var action = TextStructure.Normalize(span.Quote);
            var key = fd?.Iso ?? relative!.Event + "+" + relative.Offset;
            var fact = new DeadlineFact(
                FactIds.Make("dl", DocumentId, treaty.Slug, key, action),
                treaty.Slug,
                fd,
                kind,
                action,
                span,
                relative
            );
            Explain.TryAdd(fact.Id, new Explanation(rule, TextStructure.Normalize(cue)));
            return fact;
        }
    }

    // A verb that reports what was said or notified: "said", "announced", "served notice", "notified".
    private static readonly Regex Announcing = Compile(
        B
            + "(?:"
            + Any(SpeechVerbs.Where(v => !v.StartsWith("read", StringComparison.OrdinalIgnoreCase)))
            + "|served (?:formal )?notice|gave (?:formal )?notice|notified|informed)"
            + E,
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// The day a sentence gives a statement or notice that a period after <paramref name="before"/> runs from: "On 17
    /// June, the spokesman said the stock would pass the limit within 10 days", "announced on 13 December that it
    /// would leave the pact in six months", "served notice Thursday that …". A full day (or a weekday, "today")
    /// before the period, with the announcing verb right before it or after it in the sentence; null otherwise.
    /// </summary>
    internal static DateMatch? StatementDay(string text, TextRange sentence, IReadOnlyList<DateMatch> dates, int before)
    {
        var d = dates.LastOrDefault(d =>
            d.Precision == DatePrecision.Day && d.Range.End <= before && d.Range.Start >= sentence.Start
        );
        if (d is null)
            return null;
        var lead = text[Math.Max(sentence.Start, d.Range.Start - 30)..d.Range.Start];
        bool opens = OpensStatement.IsMatch(text[sentence.Start..d.Range.Start]);
        // "announced on 13 December that", "said Thursday": the verb right before the date.
        if (AnnouncingBefore.IsMatch(lead))
            return d;
        // "On 17 June, the spokesman said …": the date opens the sentence and a verb of saying follows it.
        return opens && Announcing.IsMatch(text[d.Range.End..before]) ? d : null;
    }

    /// <summary>
    /// The day an earlier sentence of the paragraph dates the announcement a period counts from: "The ministry
    /// announced on 18 June that Moscow would quit the pact. It said the decision takes effect in six months." Only
    /// a day of the month before publication (the news the report tells), with the announcing verb right before it.
    /// </summary>
    internal static DateMatch? EarlierStatementDay(string text, TextRange sentence, DateOnly? published)
    {
        if (published is not { } pub || sentence.Start == 0)
            return null;
        int start = text.LastIndexOf('\n', sentence.Start - 1) + 1;
        if (start >= sentence.Start)
            return null;
        var earlier = new TextRange(start, sentence.Start);
        return Dates
            .Find(text, earlier, published)
            .LastOrDefault(d =>
                d.Precision == DatePrecision.Day
                && d.Date <= pub
                && d.Date >= pub.AddDays(-31)
                && AnnouncingBefore.IsMatch(text[Math.Max(start, d.Range.Start - 30)..d.Range.Start])
            );
    }

    private static readonly Regex AnnouncingBefore = Interpret(
        B
            + "(?:"
            + Any(SpeechVerbs.Where(v => !v.StartsWith("read", StringComparison.OrdinalIgnoreCase)))
            + "|served (?:formal )?notice|gave (?:formal )?notice|notified|informed)(?: on)?(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex OpensStatement = Interpret(@"^(?: )?(?:[""\u201C]|(?i:on) )?(?: )?$");

    /// <summary>A period that explains a date another rule read ("…, six months after notice"): the date's range, the
    /// period as a relative date, and where the period starts and ends.</summary>
    internal sealed record Basis(TextRange Date, RelativeDate Relative, int Start, int End);

    private static readonly string[] MonthStems =
    [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ];

    /// <summary>
    /// Whether a sentence can hold a deadline at all: a figure, a month or a unit of time. A cheap test before the
    /// rules run on sentences that are read for deadlines only (before any treaty is named).
    /// </summary>
    public static bool MayDate(string text, TextRange sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (span.IndexOfAnyInRange('0', '9') >= 0)
            return true;
        var slice = span.ToString();
        return HasAny(slice, MonthStems) || HasAny(slice, "year", "month", "week", " day", "decade");
    }

    private static bool HasAny(string s, params string[] words) =>
        words.Any(w => s.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The day a period after the treaty's event ends, where the catalog dates that event.</summary>
    private static FactDate? Resolve(TreatyEntry? entry, string kind, Period offset)
    {
        if (entry?.DateOf(kind) is not { } day)
            return null;
        return new FactDate(
            offset.Add(day),
            DatePrecision.Day,
            "relative",
            $"{offset.Iso} after {kind} ({day:yyyy-MM-dd})"
        );
    }

    internal sealed record Period(int Count, char Unit)
    {
        public string Iso => $"P{Count}{Unit}";

        public DateOnly Add(DateOnly d) =>
            Unit switch
            {
                'Y' => d.AddYears(Count),
                'M' => d.AddMonths(Count),
                _ => d.AddDays(Count),
            };
    }

    /// <summary>"seven" years → P7Y, "90" days → P90D, "two" weeks → P14D; null when not a number.</summary>
    internal static Period? Offset(string n, string unit)
    {
        decimal? count = int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? i
            : Quantities.ParseWords(n.Replace('-', ' '));
        if (count is not { } c || c <= 0 || c > 1000)
            return null;
        return char.ToUpperInvariant(unit[0]) switch
        {
            'Y' => new Period((int)c, 'Y'),
            'M' => new Period((int)c, 'M'),
            'W' => new Period((int)c * 7, 'D'),
            _ => new Period((int)c, 'D'),
        };
    }
}
