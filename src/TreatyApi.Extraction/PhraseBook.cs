using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// A phrasing the extractor knows, with an example sentence of our own and the fact it must yield, written as
/// <see cref="ExampleFacts.Describe"/> renders facts ("limit 700 launchers", "deadline 2026-02-05",
/// "quote Ana Ruiz", "no limit"). One theory test runs every example of every list below.
/// </summary>
public sealed record Phrase(string Text, string Example, string Expect, string? Kind = null);

/// <summary>
/// The extractor's vocabulary, one named list per thing a recogniser looks for (PhraseBook.Limits.cs,
/// .Deadlines.cs, .Quotations.cs, .Outlets.cs; months here), and the one builder that turns them into regular
/// expressions. A space in a phrase or pattern is the whitespace token <see cref="Ws"/> (any
/// run of spaces, tabs, line breaks and non-breaking spaces). Adding a phrasing is one line here with its example.
/// </summary>
public static partial class PhraseBook
{
    /// <summary>The one whitespace token. Optional whitespace is written "(?: )?", never " ?".</summary>
    public const string Ws = @"[\s\u00A0]+";

    /// <summary>Word edges that treat a hyphen as part of the word ("non-deployed" is not "deployed").</summary>
    public const string B = @"(?<![\w-])";
    public const string E = @"(?![\w-])";

    /// <summary>A pattern with every space read as <see cref="Ws"/>, compiled.</summary>
    public static Regex Compile(string pattern, RegexOptions options = RegexOptions.None) =>
        new(Spaced(pattern), options | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Like <see cref="Compile"/>, but interpreted: for a pattern that runs anchored on a few characters (at \G, ^
    /// or $) or seldom. Compiling emits code that is JIT-compiled at first use, up to a second of start-up for a large
    /// alternation with IgnoreCase, which such a pattern never repays; an interpreted one is built in microseconds and
    /// matches the same.
    /// </summary>
    public static Regex Interpret(string pattern, RegexOptions options = RegexOptions.None) =>
        new(Spaced(pattern), options | RegexOptions.CultureInvariant);

    public static string Spaced(string pattern) => pattern.Replace(" ", Ws, StringComparison.Ordinal);

    /// <summary>An alternation of literal phrases, longest first, each space a whitespace token (not yet
    /// spaced).</summary>
    public static string Any(IEnumerable<string> phrases) =>
        "(?:"
        + string.Join(
            '|',
            phrases
                .Distinct()
                .OrderByDescending(p => p.Length)
                .Select(p => Regex.Escape(p).Replace(@"\ ", " ", StringComparison.Ordinal))
        )
        + ")";

    public static string Any(IEnumerable<Phrase> phrases) => Any(phrases.Select(p => p.Text));

    /// <summary>The days of the week: dates ("on Tuesday") and capitalised words that are no name or outlet.</summary>
    public static readonly string[] Weekdays =
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];

    // ---- Months (dates, datelines, citations) ----
    public static readonly IReadOnlyDictionary<string, int> MonthNumbers = new Dictionary<string, int>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    /// <summary>A month name or its abbreviation (with its optional full stop), unnamed group.</summary>
    public const string Month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|"
        + @"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    public static string MonthGroup(string name) => $"(?<{name}>{Month})";

    /// <summary>Every phrase with an example, for the one test that runs them all.</summary>
    public static IEnumerable<(string List, Phrase Phrase)> AllExamples() =>
        new (string, Phrase[])[]
        {
            (nameof(LimitCues), LimitCues),
            (nameof(LimitVerbs), LimitVerbs),
            (nameof(NotLimitBefore), NotLimitBefore),
            (nameof(BandCues), BandCues),
            (nameof(ListIntros), ListIntros),
            (nameof(ThresholdCues), ThresholdCues),
            (nameof(NounFirstCues), NounFirstCues),
            (nameof(NumberOfCues), NumberOfCues),
            (nameof(LimitCuesAfter), LimitCuesAfter),
            (nameof(SingleThings), SingleThings),
            (nameof(ListHeadings), ListHeadings),
            (nameof(DeadlineWords), DeadlineWords),
            (nameof(ForecastCues), ForecastCues),
            (nameof(SameDayEnds), SameDayEnds),
            (nameof(YearRelativeEnds), YearRelativeEnds),
            (nameof(EndOfYear), EndOfYear),
            (nameof(MonthParts), MonthParts),
            (nameof(MonthEvents), MonthEvents),
            (nameof(RelativeToEntryIntoForce), RelativeToEntryIntoForce),
            (nameof(InPeriodFromNotice), InPeriodFromNotice),
            (nameof(RelativeEvents), RelativeEvents),
            (nameof(NoticePeriods), NoticePeriods),
            (nameof(WithinModals), WithinModals),
            (nameof(DurationCues), DurationCues),
            (nameof(GappedFollowers), GappedFollowers),
            (nameof(DeadlineShapes), DeadlineShapes),
            (nameof(SpeakingBodies), SpeakingBodies),
            (nameof(DocumentVerbs), DocumentVerbs),
            (nameof(AddresseeVerbs), AddresseeVerbs),
            (nameof(CharacterisingVerbs), CharacterisingVerbs),
            (nameof(ContinuingParticiples), ContinuingParticiples),
            (nameof(AnonymousRoles), AnonymousRoles),
            (nameof(PersonRoleReferences), PersonRoleReferences),
            (nameof(OutletFramesBefore), OutletFramesBefore),
            (nameof(OutletFramesAround), OutletFramesAround),
            (nameof(OutletAnaphors), OutletAnaphors),
            (nameof(UnnamedOutlets), UnnamedOutlets),
        }.SelectMany(l => l.Item2.Select(p => (l.Item1, p)));
}
