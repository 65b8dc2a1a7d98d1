using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>A figure and what it counts or measures; <see cref="Min"/> is the low end of a range ("3,000 to 3,500
/// warheads"), <see cref="Measure"/> is "count" or a unit of measure's kind ("percent", "mass", "distance").</summary>
public sealed record ClaimQuantity(decimal Value, string Unit, IReadOnlyList<string> Modifiers, Span Span)
{
    public decimal? Min { get; init; }
    public string Measure { get; init; } = "count";
}

/// <summary>A length of time ("seven years", "within 18 months") as an ISO 8601 period ("P7Y", "P18M").</summary>
public sealed record ClaimDuration(string Period, Span Span);

/// <summary>
/// A date in a claim; <see cref="Preposition"/> is the word before it ("by", "in", "until"), lower-cased.
/// </summary>
public sealed record ClaimDate(DateOnly Date, DatePrecision Precision, string? Preposition, Span Span)
{
    /// <summary>
    /// A span of years ("the late 1980s", "two years later"): the last year the words support (<see cref="Date"/>'s
    /// year is the first), and the years that are not wrong (<see cref="Outer"/>: the whole decade; a year either
    /// side of a year counted on). A year in <see cref="Outer"/> but not from Date to Through settles nothing.
    /// </summary>
    public int? Through { get; init; }
    public (int From, int To)? Outer { get; init; }

    /// <summary>
    /// Days, not a calendar unit ("the autumn of 1972", "late April 1997"): the last day the words support
    /// (<see cref="Date"/> is the first), and the days that are not surely wrong (<see cref="Around"/>: a season a
    /// month either side, a part of a month the whole month). A day in Around but not from Date to Until settles
    /// nothing.
    /// </summary>
    public DateOnly? Until { get; init; }
    public (DateOnly From, DateOnly To)? Around { get; init; }
}

public sealed record ClaimSpeaker(string Slug, string Name, Span Span);

/// <summary>
/// An actor named in a claim; <see cref="Resolution"/> is how (name, or title: "the Russian president").
/// </summary>
public sealed record ClaimActor(string Slug, string Name, string Kind, Span Span, string Resolution = "name");

/// <summary>The kinds of dated event a claim can name about a treaty, from the words that name them.</summary>
public enum ClaimDateKind
{
    Signed,
    OpenedForSignature,
    EnteredIntoForce,
    Expires,
    Extended,
    Terminated,
    Withdrew,
    Suspended,
    Ratified,
    Acceded,
    RatificationWithdrawn,
}

/// <summary>Words that name a kind of dated event ("took effect"), where they stand in the claim.</summary>
public sealed record ClaimDateWord(ClaimDateKind Kind, Span Span);

/// <summary>What a sentence asserts, read with the extractor's own recognisers.</summary>
public sealed record ParsedClaim(
    TreatyMention? Treaty,
    ClaimQuantity? Quantity,
    ClaimDate? Date,
    ClaimSpeaker? Speaker,
    Span? Quotation,
    IReadOnlyList<string> ContentWords
)
{
    /// <summary>Every treaty named, catalogued or not (a form like "the Chemical Weapons Convention").</summary>
    public IReadOnlyList<TreatyMention> Treaties { get; init; } = [];
    public IReadOnlyList<ClaimQuantity> Quantities { get; init; } = [];
    public IReadOnlyList<ClaimDate> Dates { get; init; } = [];

    /// <summary>Decades ("in the late 1980s"), compared only as a treaty's dates of a named kind.</summary>
    public IReadOnlyList<ClaimDate> Decades { get; init; } = [];

    /// <summary>Lengths of time ("seven years after entry into force", "within 18 months").</summary>
    public IReadOnlyList<ClaimDuration> Durations { get; init; } = [];

    /// <summary>Catalogued actors named (people, states, organisations), in order.</summary>
    public IReadOnlyList<ClaimActor> Actors { get; init; } = [];
    public IReadOnlyList<ClaimDateWord> DateWords { get; init; } = [];

    /// <summary>A verb of saying ("said", "called", "described", "according to").</summary>
    public bool Says { get; init; }

    /// <summary>A meeting verb or noun ("met", "summit", "held talks").</summary>
    public bool Meets { get; init; }

    /// <summary>The place a meeting is said to be in ("in Los Cabos"), when one is named.</summary>
    public string? Place { get; init; }

    /// <summary>"is (still) in force", "is no longer in force", "has expired": the treaty's status.</summary>
    public StatusAssertion? Status { get; init; }

    /// <summary>"China is a party to the NPT".</summary>
    public MembershipAssertion? Membership { get; init; }

    /// <summary>"New START is a bilateral treaty": what kind of treaty the claim says it is.</summary>
    public TreatyKindAssertion? TreatyKind { get; init; }

    /// <summary>
    /// not / never / no / non- / n't / failed to / refused to, anywhere in the claim (outside a quotation).
    /// </summary>
    public bool Negated { get; init; }

    /// <summary>Words that mark a limit, deadline or reduction ("required", "due", "limits", "cuts").</summary>
    public bool LimitWords { get; init; }

    /// <summary>Who the claim says reported it ("according to the Qatar News Agency", "Reuters reported").</summary>
    public string? ReportedBy { get; init; }

    /// <summary>A day of the week the claim names ("on a Tuesday"): it cannot be dated without a year.</summary>
    public string? Weekday { get; init; }

    /// <summary>
    /// Why the sentence cannot be checked at all (a question, another language, no words), else null.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>Content words with negations dropped: what a paraphrase is matched on, whatever its polarity.</summary>
    public IReadOnlyList<string> PlainWords { get; init; } = [];

    /// <summary>A title is the subject of the speech verb ("the Kremlin spokesman said"): no named speaker.</summary>
    public bool TitleSpeaks { get; init; }

    /// <summary>The speaker was read from the title that speaks ("Putin's spokesman said"), not from a name.</summary>
    public bool SpeakerByTitle { get; init; }

    /// <summary>Every quoted segment, in order ("'useful' and 'frank'"): each must be found.</summary>
    public IReadOnlyList<Span> AllQuotations { get; init; } = [];
}

public sealed record StatusAssertion(bool InForce, Span Span);

public sealed record TreatyKindAssertion(string Kind, Span Span);

public sealed record MembershipAssertion(string State, string StateName, string Status, bool Negated, Span Span)
{
    /// <summary>The other states of a list the claim gives ("Britain, the United States and Russia are …").</summary>
    public IReadOnlyList<(string Slug, string Name)> Others { get; init; } = [];
}

/// <summary>
/// Reads a sentence a journalist wants to print ("New START limits each side to 1,550 deployed warheads",
/// "Peskov called the talks very positive") with the same recognisers the extractor uses: treaties,
/// quantities with units, dates, speakers and quotations; and, for claims only, the words that say which kind of
/// dated event is meant ("took effect"), whether the claim is negated, and whether it can be read at all.
/// </summary>
public sealed partial class ClaimParser(Extractor extractor)
{
    /// <summary>Words with no content of their own ("the", "of", "that"); the claim checker's filler has them
    /// too.</summary>
    public static readonly IReadOnlySet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "that",
        "this",
        "it",
        "its",
        "is",
        "was",
        "were",
        "be",
        "been",
        "are",
        "as",
        "said",
        "says",
        "they",
        "them",
        "their",
        "reportedly",
        "allegedly",
        "reported",
        "according",
        "has",
        "had",
        "have",
        "will",
        "would",
        "also",
        "s",
        "announced",
        "declared",
    };

    private static readonly HashSet<string> StopWords = new(
        FunctionWords.Concat([
            "say",
            "called",
            "calls",
            "described",
            "describes",
            "told",
            "added",
            "stated",
            "noted",
            "he",
            "she",
            "his",
            "her",
            "acknowledged",
            "acknowledges",
            "insisted",
            "insists",
            "warned",
            "warns",
            "claimed",
            "argued",
            "argues",
            "stressed",
            "stresses",
            "asserted",
            "admitted",
            "confirmed",
            "remarked",
            "tells",
            "saying",
        ]),
        StringComparer.OrdinalIgnoreCase
    );

    private static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase)
    {
        "not",
        "never",
        "no",
        "non",
        "failed",
        "refused",
        "neither",
        "nor",
        "nothing",
        "without",
        "unable",
        "refuses",
        "refuse",
        "fails",
        "fail",
        "declined",
        "declines",
        // "denied that the talks had been constructive" says they were not.
        "denied",
        "denies",
        "deny",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // Each kind of dated event and the words that name it. Order matters only for overlapping words: the first wins.
    private static readonly (ClaimDateKind Kind, Regex Words)[] DateKindWords =
    [
        (ClaimDateKind.OpenedForSignature, new(@"\bopen(?:ed|s)?\s+for\s+signature\b", RegexOptions.IgnoreCase)),
        (
            ClaimDateKind.EnteredIntoForce,
            new(
                @"\b(?:took|takes|take|taking|went|go|goes|came|come|comes|coming)\s+(?:into\s+)?(?:effect|force)\b|"
                    + @"\bent(?:ry|er|ered|ers|ering)\s+into\s+force\b|\bin\s+force\s+(?:since|from)\b|"
                    + @"\bbecame\s+(?:effective|binding)\b|\beffective\s+(?:since|from|as\s+of)\b",
                RegexOptions.IgnoreCase
            )
        ),
        (
            ClaimDateKind.Expires,
            new(
                @"\b(?:expir(?:e|es|ed|ing|y|ation)|laps(?:e|es|ed|ing)|r(?:a|u)ns?\s+out|ran\s+out|running\s+out|"
                    // "was due to run until 2026": the term's end.
                    + @"(?:r(?:a|u)ns?|running)\s+(?:until|till))\b",
                RegexOptions.IgnoreCase
            )
        ),
        (
            ClaimDateKind.Extended,
            new(@"\b(?:extend(?:ed|s)?|extension|renew(?:ed|al|s)?|prolong(?:ed|s)?)\b", RegexOptions.IgnoreCase)
        ),
        (
            ClaimDateKind.Terminated,
            new(
                @"\b(?:terminat(?:ed|es|ion)|ended|came\s+to\s+an\s+end|collapsed|scrapped|abrogated|"
                    // "ceased to exist", "stopped being in force", "was no longer in force from": the end of a treaty.
                    + @"ceased(?!\s+(?:to\s+)?participat)(?:\s+to\s+(?:exist|be\s+in\s+(?:force|effect)))?|"
                    + @"(?:stopped|ceased)\s+being\s+in\s+(?:force|effect))\b",
                RegexOptions.IgnoreCase
            )
        ),
        (
            ClaimDateKind.RatificationWithdrawn,
            new(
                @"\b(?:revok|rescind|withdr|revers)\w*\s+(?:its\s+|their\s+|"
                    + @"the\s+)?(?:[A-Z][\w-]*\s+)?ratification\b|\bde-?ratif\w*|"
                    + @"\bratification\s+(?:was\s+)?(?:revoked|withdrawn|rescinded)\b|"
                    // "its ratification of the CTBT had not been revoked": the verb, after the negation.
                    + @"(?<=\bratification\s+(?:of\s+(?:the\s+)?[A-Z][\w-]*\s+)?(?:had|has|have|was|were|is)\s+"
                    + @"(?:not\s+|never\s+)?(?:yet\s+)?(?:been\s+)?)(?:revoked|withdrawn|rescinded)\b",
                RegexOptions.IgnoreCase
            )
        ),
        (
            ClaimDateKind.Withdrew,
            new(
                @"\b(?:withdr(?:ew|awn|aws|awal|aw)|pulled\s+out|pull(?:s|ing)?\s+out|exit(?:ed|s|ing)?|quit|"
                    // "the United States left it in 2019", "left the treaty": a state leaving what it was party to.
                    + @"(?:left|leave|leaves|leaving)(?=\s+(?:it\b|the\s+(?:[A-Z]|treaty|pact|accord)|[A-Z]))|"
                    + @"walk(?:ed|s)?\s+away\s+from|abandon(?:ed|s|ing)?(?=\s+(?:it\b|the\s|[A-Z]))|"
                    // "ceased participating in the deal", "its departure from the treaty": a state's leaving.
                    + @"(?:ceased|stopped)\s+(?:to\s+)?participat(?:e|ing)|departure\s+from)\b",
                RegexOptions.IgnoreCase
            )
        ),
        // "froze its participation in New START": a suspension said as a freeze of the state's part.
        (
            ClaimDateKind.Suspended,
            new(
                @"\bsuspen(?:d|ded|ds|ding|sion)\b|\b(?:froze|freezes|freeze|frozen)(?=\s+(?:its|their)\s+"
                    + @"(?:participation|membership|obligations)\b)",
                RegexOptions.IgnoreCase
            )
        ),
        // A legislature's approval is how a state's ratification is reported ("the Senate approved START II").
        (
            ClaimDateKind.Ratified,
            new(
                @"\bratif(?:ied|ies|y|ication)\b|\badvice\s+and\s+consent\b|"
                    + @"(?<=\b(?:Senate|Duma|parliament|Parliament|legislature|Congress|"
                    + @"Majlis|Bundestag)\s+(?:\w+\s+)?)approv(?:ed|es|al)\b",
                RegexOptions.IgnoreCase
            )
        ),
        (ClaimDateKind.Acceded, new(@"\bacced(?:ed|es)\b|\baccession\b|\bjoin(?:ed|s)\b", RegexOptions.IgnoreCase)),
        (
            ClaimDateKind.Signed,
            // "the deal was agreed/reached/struck in Vienna": an agreement that is made, not signed (the passive only:
            // "agreed to continue talks" is no treaty date).
            new(
                @"\b(?:signed|signing|inked|signs|concluded)\b|\bsignature\b|"
                    + @"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:agreed|reached|struck|finalized|finalised|sealed)\b",
                RegexOptions.IgnoreCase
            )
        ),
    ];

    [GeneratedRegex(
        @"\b(?:said|says|say|saying|told|tells|stated|called|calls|described|describes|claimed|insisted|insists|"
            + @"warned|warns|announced|announces|declared|declares|added|adds|noted|argued|argues|according\s+to|"
            + @"confirmed|confirms|remarked|stressed|stresses|asserted|acknowledged|admitted|denied|denies|"
            + @"quoted|commented|comments)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex SayWords();

    [GeneratedRegex(
        @"\b(?:met|meet|meets|meeting|summit|held\s+talks|talked|talks\s+with|sat\s+down|"
            // "the summit took place in June", "the talks were held in Los Cabos"
            + @"took\s+place|(?:was|were)\s+held)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex MeetWords();

    [GeneratedRegex(
        @"\b(?:limit|limits|limited|limiting|cap|caps|capped|ceiling|allow|allows|allowed|permit|permits|permitted|"
            + @"keep|keeps|kept|require|requires|required|requiring|must|due|deadline|had\s+to|has\s+to|have\s+to|"
            + @"reduce|reduced|reduces|reduction|reductions|cut|cuts|field|fielded|fielding|deploy|deploys|"
            + @"deployed|no\s+more\s+than|at\s+most|up\s+to|need|needs|needed|ban|bans|banned|banning|"
            + @"prohibit|prohibits|prohibited|may|oblig(?:ed|es|ated|ates)|at\s+or\s+below)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex LimitWordsRegex();

    [GeneratedRegex(
        // "remained in force", "was already in force", "had been in force": the past forms say the same status.
        @"\b(?<neg>no\s+longer\s+|not\s+|n't\s+)?(?:(?:is|are|was|were|remains|remain|remained|stays|stayed|"
            + @"still|now|currently|already|has\s+been|had\s+been|still\s+is)\s+)+(?<neg2>no\s+longer\s+|"
            + @"not\s+(?:yet\s+)?)?(?:still\s+)?"
            + @"in\s+(?:force|effect)\b|"
            + @"\b(?<ended>has\s+(?:now\s+)?(?:expired|lapsed|ended|been\s+terminated)|"
            + @"is\s+(?:now\s+)?(?:defunct|dead|expired|over))\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex StatusWords();

    [GeneratedRegex(
        @"\b(?<neg>(?:is|are|was|has|have)\s+(?:not|never)\s+(?:been\s+)?|isn't\s+|wasn't\s+|hasn't\s+(?:been\s+)?|"
            + @"never\s+(?:was|became|been)\s+)?(?:(?:is|are|was|remains|became|has\s+been|have\s+been|"
            + @"becomes)\s+)(?:still\s+|now\s+)?(?:a|an)\s+(?:state\s+)?(?<status>party|parties|member|signatory|"
            + @"signatories)\s+(?:to|of)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex MembershipWords();

    // "is a depositary of the NPT", "is one of the NPT's depositary governments", "is not a depositary".
    [GeneratedRegex(
        @"\b(?:is|are|was|were|remains|serves\s+as)\s+(?<neg>not\s+)?(?:(?:a|an|the)\s+|one\s+of\s+(?:the\s+)?"
            + @"(?:[\w'’-]+\s+){0,4}|(?:the\s+)?(?:two|three|four|\d)\s+)depositar(?:y|ies)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DepositaryWords();

    [GeneratedRegex(
        @"\b(?:is|are|was|were|get|gets)\s+(?<neg>not\s+)?(?:\w+ly\s+)?deposited\s+with\s+(?:the\s+)?",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DepositedWith();

    [GeneratedRegex(
        @"\b(?:is|was)\s+(?:a|an)\s+(?<kind>bilateral|multilateral)\s+(?:treaty|agreement|accord|pact)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TreatyKindWords();

    [GeneratedRegex(
        @"\b(?:percent|per\s+cent|%|km|kilometers|kilometres|miles|kilograms|tons|states|countries|parties|members|"
            + @"nations|times|hours|days|weeks|months|years)\b|%",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex OtherMeasure();

    // "the Lisbon Protocol", "the Treaty of Tlatelolco": forms the treaty recogniser does not read as treaties.
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:[A-Z][\w'-]*\s+)+(?:Protocol|Pact|Accords?)\b|Treaty\s+of\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
    )]
    private static partial Regex OtherTreatyForm();

    [GeneratedRegex(
        @"\b(?:(?i:according\s+to)\s+(?:(?i:the)\s+)?(?<src>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)|"
            // "Agence France-Presse quoted Obama as saying": the outlet the words are credited to.
            + @"(?:the\s+)?(?<src2>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+(?:reported|reports|has\s+reported|"
            + @"quoted|quotes|cited|cites)\b)"
    )]
    private static partial Regex ReportedBy();

    [GeneratedRegex(
        @"\b(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?<month>[A-Z][a-z]+\.?),?\s+(?<year>(?:19|20)\d\d)\b"
    )]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"^(?:s|['\u2019]s)\b")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?<p>early|mid|middle|late)(?:-|\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecadePart();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d\d)(?![\d.]\d)")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    // "in Los Cabos", "at Reykjavik", and a meeting named by its place: "the Los Cabos talks".
    [GeneratedRegex(
        @"\b(?:in|at)\s+(?<place>[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)|"
            + @"\b[Tt]he\s+(?<place>[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)\s+(?:talks|summit|meeting)\b"
    )]
    private static partial Regex PlaceWords();

    // The hyphen between two capitalised words ("Obama-Putin"), not one inside a word ("Non-Proliferation" is
    // followed by a capital too, but sits in a treaty's name, whose actors are dropped).
    [GeneratedRegex(@"(?<=\b[A-Z][a-z]+)-(?=[A-Z][a-z]+\b)")]
    private static partial Regex NameCompound();

    [GeneratedRegex(
        @"(?<![\d,.])(?<y>(?:19|20)\d\d)(?!\d|,\d|\s*(?:-|–)?\s*(?:deployed|strategic|warheads|launchers|missiles))"
    )]
    private static partial Regex BareYear();

    [GeneratedRegex(
        @"^(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|should|what|when|who|whom|whose|which|"
            + @"why|how|where)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex QuestionStart();

    // Function words that mark English and a few languages a claim is most often pasted in by mistake.
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "by",
        "and",
        "is",
        "was",
        "were",
        "said",
        "that",
        "has",
        "had",
        "will",
        "with",
        "for",
        "each",
        "its",
        "it",
        "are",
        "be",
        "been",
        "not",
        "from",
        "under",
        "into",
        "at",
        "as",
        "he",
        "she",
        "they",
        "signed",
        "treaty",
        "limits",
        "limit",
        "took",
        "effect",
        "force",
        "party",
        "met",
    };
    private static readonly HashSet<string> Foreign = new(StringComparer.OrdinalIgnoreCase)
    {
        "le",
        "la",
        "les",
        "des",
        "du",
        "est",
        "une",
        "et",
        "été",
        "traité",
        "dans",
        "pour",
        "avec",
        "sur",
        "au",
        "aux",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "wurde",
        "den",
        "dem",
        "ein",
        "eine",
        "mit",
        "von",
        "vertrag",
        "nicht",
        "el",
        "los",
        "las",
        "que",
        "del",
        "por",
        "con",
        "una",
        "es",
        "fue",
        "tratado",
        "entró",
        "vigor",
        "firmado",
        "il",
        "di",
        "della",
        "è",
        "stato",
        "firmato",
        "trattato",
        "o",
        "em",
        "foi",
        "assinado",
    };

    public ParsedClaim Parse(string claim)
    {
        var text = Fold(claim);
        var all = new TextRange(0, text.Length);
        var treaties = extractor.Treaties.Find(text, all);
        foreach (Match m in OtherTreatyForm().Matches(text))
            if (!treaties.Any(t => t.Span.Start < m.Index + m.Length && m.Index < t.Span.End))
                treaties.Add(
                    new TreatyMention(Slugs.Kebab(m.Value), m.Value, false, Span.Of(text, m.Index, m.Index + m.Length))
                );
        treaties.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // "the 2010 pact": a treaty named by its signing; the year chose it and is no date or figure of the claim.
        TextRange? describedYear = null;
        if (treaties.Count == 0 && (Described(text) ?? ByWords(text)) is { } described)
        {
            treaties.Add(described.Treaty);
            describedYear = described.Year;
        }
        bool InDescribed(Span s) => describedYear is { } y && new TextRange(s.Start, s.End).Overlaps(y);
        var quantities = Quantities
            .Find(text, all)
            .Select(q => new ClaimQuantity(
                q.Number.Value,
                q.Unit,
                q.Modifiers,
                Span.Of(text, q.Range.Start, q.Range.End)
            ))
            .ToList();
        quantities.RemoveAll(q => InDescribed(q.Span));
        var looseText = describedYear is { } dy
            ? text[..dy.Start] + new string(' ', dy.End - dy.Start) + text[dy.End..]
            : text;
        // A figure anywhere plus a unit anywhere ("caps warheads at 1550") only when nothing else could be counted.
        if (
            quantities.Count == 0
            && !OtherMeasure().IsMatch(text)
            && Quantities.Loose(looseText) is { } loose
            // "As of 2015, … Chemical Weapons Convention": a year after a date's preposition counts nothing.
            && !(
                loose.Number.Value is >= 1900 and < 2100
                && Regex.IsMatch(
                    text[..loose.Range.Start],
                    @"\b(?:as\s+of|in|since|by|until|before|after)\s+$",
                    RegexOptions.IgnoreCase
                )
                && Regex.IsMatch(text[loose.Range.Start..], @"^(?:19|20)\d\d\b")
            )
        )
            quantities.Add(
                new ClaimQuantity(
                    loose.Number.Value,
                    loose.Unit,
                    loose.Modifiers,
                    Span.Of(text, loose.Range.Start, loose.Range.End)
                )
            );
        var quotations = Quotations.Find(text, all);
        bool InQuote(int at) => quotations.Any(q => q.Marks.Start <= at && at < q.Marks.End);

        var dates = Dates
            .Find(text, all, null)
            .Where(d => !d.Relative && !InQuote(d.Range.Start))
            .Select(d => new ClaimDate(d.Date, d.Precision, d.Preposition, Span.Of(text, d.Range.Start, d.Range.End)))
            .ToList();
        // "the 8th of December 1987"
        foreach (Match m in DayOfMonth().Matches(text))
        {
            if (InQuote(m.Index))
                continue;
            var parsedDay = Dates
                .Find(
                    m.Groups["month"].Value + " " + m.Groups["day"].Value + ", " + m.Groups["year"].Value,
                    new TextRange(0, m.Groups["month"].Length + m.Groups["day"].Length + m.Groups["year"].Length + 3),
                    null
                )
                .FirstOrDefault();
            if (parsedDay is null)
                continue;
            dates.RemoveAll(d => d.Span.Start >= m.Index && d.Span.End <= m.Index + m.Length);
            dates.Add(
                new ClaimDate(parsedDay.Date, DatePrecision.Day, null, Span.Of(text, m.Index, m.Index + m.Length))
            );
        }
        // "31.07.1991", "8.12.1987": a date written with dots is day, month, year (the order used wherever dots are).
        foreach (Match m in DottedDate().Matches(text))
        {
            int day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture),
                month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
                year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var r = new TextRange(m.Index, m.Index + m.Length);
            if (
                InQuote(m.Index)
                || month is < 1 or > 12
                || day < 1
                || day > DateTime.DaysInMonth(year, month)
                || dates.Any(d => new TextRange(d.Span.Start, d.Span.End).Overlaps(r))
            )
                continue;
            dates.Add(
                new ClaimDate(new DateOnly(year, month, day), DatePrecision.Day, null, Span.Of(text, r.Start, r.End))
            );
        }
        Spans(text, dates, InQuote);
        // A claim may give a bare year ("signed 1972", "the 2010 treaty"): counted when it is no part of a figure.
        foreach (Match m in BareYear().Matches(text))
        {
            var r = new TextRange(m.Index, m.Index + m.Length);
            if (InQuote(m.Index) || dates.Any(d => new TextRange(d.Span.Start, d.Span.End).Overlaps(r)))
                continue;
            // "12/08/1987" could be December 8 or August 12: its year alone is not what the claim dates.
            if (Regex.IsMatch(text[..m.Index], @"\d{1,2}/\d{1,2}/$"))
                continue;
            if (quantities.Any(q => new TextRange(q.Span.Start, q.Span.End).Overlaps(r)))
                continue;
            // "the 2002 Treaty of Moscow", "the 1987 INF Treaty": a year before a treaty's name is part of how the
            // treaty is called, not a date the claim gives.
            if (treaties.Any(t => t.Span.Start >= r.End && string.IsNullOrWhiteSpace(text[r.End..t.Span.Start])))
                continue;
            var year = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
            dates.Add(new ClaimDate(new DateOnly(year, 1, 1), DatePrecision.Year, null, Span.Of(text, r.Start, r.End)));
        }
        dates.RemoveAll(d => InDescribed(d.Span));
        // "the 1980s", "the late 1990's": a decade is no year, and a claim about it is not compared with one.
        var decades = new List<ClaimDate>();
        foreach (var d in dates.Where(d => Decade().IsMatch(text[d.Span.End..]) && d.Date.Year % 10 == 0))
        {
            // "the early 1990s" supports 1990–1993, "the mid-1990s" 1993–1996, "the late 1990s" 1996–1999; a year
            // between those and what is surely another part ("early" of 1994) settles nothing.
            var part = DecadePart().Match(text[..d.Span.Start]);
            // What is surely not that part of the decade contradicts it: "the mid-1990s" is not 1990.
            var (from, to, notFrom, notTo) = part.Groups["p"].Value.ToLowerInvariant() switch
            {
                "early" => (0, 3, 0, 5),
                "mid" or "middle" => (3, 6, 2, 7),
                "late" => (6, 9, 5, 9),
                _ => (0, 9, 0, 9),
            };
            var end = d.Span.End + Decade().Match(text[d.Span.End..]).Length;
            var y = d.Date.Year;
            decades.Add(
                new ClaimDate(
                    new DateOnly(y + from, 1, 1),
                    DatePrecision.Year,
                    d.Preposition,
                    Span.Of(text, part.Success ? part.Index : d.Span.Start, end)
                )
                {
                    Through = y + to,
                    Outer = (y + notFrom, y + notTo),
                }
            );
        }
        dates.RemoveAll(d => Decade().IsMatch(text[d.Span.End..]));
        dates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        Relative(text, dates);
        // A figure that is a year already read as a date is not a figure ("by 2018 warheads" is not read that way).
        quantities.RemoveAll(q =>
            dates.Any(d => new TextRange(d.Span.Start, d.Span.End).Overlaps(new TextRange(q.Span.Start, q.Span.End)))
        );
        Measures(text, quantities, dates);
        quantities = Ranges(text, quantities);
        var durations = Durations(text, quantities, dates);

        // A state inside a treaty's name ("the Iran nuclear deal") names the treaty, not an actor of the claim.
        // "the Obama-Putin summit": two names joined by a hyphen are two actors (read with a space, same offsets).
        var actors = Titled(NameCompound().Replace(text, " "), all, dates)
            .Where(m => m.Actor is not null && !InQuote(m.Range.Start))
            .Where(m => !treaties.Any(t => t.Span.Start <= m.Range.Start && m.Range.End <= t.Span.End))
            .Select(m => new ClaimActor(
                m.Actor!.Slug,
                m.Actor.Name,
                m.Actor.Kind,
                Span.Of(text, m.Range.Start, m.Range.End),
                m.Resolution
            ))
            .ToList();
        var quotation = quotations.Select(q => Span.Of(text, q.Inner.Start, q.Inner.End)).FirstOrDefault();

        var dateWords = new List<ClaimDateWord>();
        foreach (var (kind, kindWords) in DateKindWords)
        foreach (Match m in kindWords.Matches(text))
        {
            if (InQuote(m.Index) || dateWords.Any(w => w.Span.Start < m.Index + m.Length && m.Index < w.Span.End))
                continue;
            dateWords.Add(new ClaimDateWord(kind, Span.Of(text, m.Index, m.Index + m.Length)));
        }
        dateWords.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var outside = quotations.Count == 0 ? text : string.Concat(text.Select((c, i) => InQuote(i) ? ' ' : c));
        var words = Words(outside);
        var titleSpeaks = TitleSpeaks(outside);
        var speaker = SpeakerOf(outside, actors, titleSpeaks);
        // "The Kremlin spokesman said the talks were …": with no words quoted, a title the catalog gives one holder
        // is the speaker whose statements are read (the checker then asks whether that holder had the title that
        // day).
        var byTitle = speaker is null && titleSpeaks && quotations.Count == 0 ? TitleSpeaker(outside, actors) : null;
        speaker ??= byTitle;
        var negated =
            words.Any(Negators.Contains)
            || Regex.IsMatch(outside, @"\bfailed\s+to\b|\brefused\s+to\b", RegexOptions.IgnoreCase);

        StatusAssertion? status = null;
        if (StatusWords().Match(outside) is { Success: true } sm)
        {
            var inForce = !sm.Groups["ended"].Success && !sm.Groups["neg"].Success && !sm.Groups["neg2"].Success;
            status = new StatusAssertion(inForce, Span.Of(text, sm.Index, sm.Index + sm.Length));
        }

        MembershipAssertion? membership = null;
        if (MembershipWords().Match(outside) is { Success: true } mm)
        {
            var state = actors.LastOrDefault(a => a.Kind == "state" && a.Span.End <= mm.Index);
            var s = mm.Groups["status"].Value.ToLowerInvariant();
            if (state is not null)
                membership = new MembershipAssertion(
                    state.Slug,
                    state.Name,
                    s.StartsWith("signator", StringComparison.Ordinal) ? "signatory" : "party",
                    mm.Groups["neg"].Success,
                    Span.Of(text, mm.Index, mm.Index + mm.Length)
                );
        }

        if (
            membership is null
            && DepositaryWords().Match(outside) is { Success: true } dm
            // A state or an organisation ("the United Nations is the depositary of the CTBT").
            && actors.LastOrDefault(a => a.Kind is "state" or "organization" && a.Span.End <= dm.Index)
                is { } depositary
        )
        {
            // "Britain, the United States and Russia are the depositaries": each state of the list before the words.
            var listed = new List<ClaimActor> { depositary };
            // Only a plural verb joins the states before it ("Unlike France, Britain is a depositary" is one).
            foreach (
                var a in actors
                    .Where(a => a.Kind is "state" or "organization" && a.Span.End < depositary.Span.Start)
                    .Reverse()
            )
            {
                if (
                    !Regex.IsMatch(dm.Value, @"^(?:are|were)\b", RegexOptions.IgnoreCase)
                    || !Regex.IsMatch(
                        outside[a.Span.End..listed[^1].Span.Start],
                        @"^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$"
                    )
                )
                    break;
                listed.Add(a);
            }
            membership = new MembershipAssertion(
                depositary.Slug,
                depositary.Name,
                "depositary",
                dm.Groups["neg"].Success,
                Span.Of(text, dm.Index, dm.Index + dm.Length)
            )
            {
                Others = listed.Skip(1).Select(a => (a.Slug, a.Name)).ToList(),
            };
        }
        // "Instruments are deposited with the Netherlands": the depositary named after the words.
        if (
            membership is null
            && DepositedWith().Match(outside) is { Success: true } dw
            && actors.FirstOrDefault(a => a.Kind is "state" or "organization" && a.Span.Start == dw.Index + dw.Length)
                is { } holder
        )
            membership = new MembershipAssertion(
                holder.Slug,
                holder.Name,
                "depositary",
                dw.Groups["neg"].Success,
                Span.Of(text, dw.Index, holder.Span.End)
            );

        string? place = null;
        foreach (Match m in PlaceWords().Matches(outside))
        {
            var p = m.Groups["place"].Value;
            // "the Obama-Putin summit" is named by who met, not where.
            if (
                actors.Any(a =>
                    a.Kind == "person"
                    && a.Span.Start < m.Groups["place"].Index + p.Length
                    && m.Groups["place"].Index < a.Span.End
                )
            )
                continue;
            if (dates.Any(d => d.Span.Start <= m.Groups["place"].Index && m.Groups["place"].Index < d.Span.End))
                continue;
            if (treaties.Any(t => t.Span.Start <= m.Groups["place"].Index && m.Groups["place"].Index < t.Span.End))
                continue;
            place = p;
            break;
        }

        // Words that carry the claim's content: not the speaker's name, not function words or speech verbs.
        var skip = new List<TextRange>();
        if (speaker is not null)
            skip.Add(new TextRange(speaker.Span.Start, speaker.Span.End));
        foreach (var t in treaties)
            skip.Add(new TextRange(t.Span.Start, t.Span.End));
        // "According to the Qatar News Agency, Obama said …": who reported it is checked apart, not as words said.
        var reportedBy = ReportedBy().Match(outside);
        if (reportedBy.Success)
            skip.Add(new TextRange(reportedBy.Index, reportedBy.Index + reportedBy.Length));
        var content = Word()
            .Matches(NegationsSpelled(text))
            .Where(m => !skip.Any(r => r.Contains(m.Index)) && !StopWords.Contains(m.Value))
            .Select(m => m.Value.ToLowerInvariant())
            .ToList();

        return new ParsedClaim(
            treaties.FirstOrDefault(t => t.Known) ?? treaties.FirstOrDefault(),
            quantities.FirstOrDefault(),
            dates.FirstOrDefault(),
            speaker,
            quotation,
            content
        )
        {
            Treaties = treaties,
            Quantities = quantities,
            Dates = dates,
            Durations = durations,
            Decades = decades,
            Actors = actors,
            DateWords = dateWords,
            // "is said to have signed" is a hedge, not a speaker's words.
            Says = SayWords().Matches(outside).Any(m => !Regex.IsMatch(outside[m.Index..], @"^said\s+to\b")),
            Meets = MeetWords().IsMatch(outside),
            Place = place,
            Status = status,
            Membership = membership,
            TreatyKind = TreatyKindWords().Match(outside) is { Success: true } km
                ? new TreatyKindAssertion(
                    km.Groups["kind"].Value.ToLowerInvariant(),
                    Span.Of(text, km.Index, km.Index + km.Length)
                )
                : null,
            Negated = negated,
            LimitWords = LimitWordsRegex().IsMatch(outside),
            ReportedBy = reportedBy is { Success: true } rb
                ? (rb.Groups["src"].Success ? rb.Groups["src"].Value : rb.Groups["src2"].Value)
                : null,
            Weekday = Weekday().Match(outside) is { Success: true } wd ? wd.Value : null,
            Refusal = Refuse(claim),
            PlainWords = content.Where(w => !Negators.Contains(w)).ToList(),
            TitleSpeaks = titleSpeaks,
            SpeakerByTitle = byTitle is not null,
            AllQuotations = quotations.Select(q => Span.Of(text, q.Inner.Start, q.Inner.End)).ToList(),
        };
    }

    private const string NumberWords =
        "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
        + "hundred|thousand";

    // "three point six seven percent": a decimal in words, as a figure is read aloud.
    [GeneratedRegex(
        @"\b(?<int>(?:"
            + NumberWords
            + @")(?:[\s-]+(?:"
            + NumberWords
            + @"))*)\s+point\s+"
            + @"(?<frac>(?:zero|one|two|three|four|five|six|seven|eight|nine)(?:\s+(?:zero|one|two|three|four|five|"
            + @"six|seven|"
            + @"eight|nine))*)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DecimalWords();

    // "ratification by all 44 states": each of those states' ratifications is counted.
    [GeneratedRegex(
        @"\bratifications?\s+(?:by|of|from)\s+(?:all\s+)?(?:the\s+)?(?<n>\d+|(?:"
            + NumberWords
            + @")(?:[\s-]+(?:"
            + NumberWords
            + @"))*)\s+(?:\w+\s+)?(?:states|countries|nations)\b|"
            // "until all 44 Annex 2 states ratify it", "once sixty-five states have ratified it": a condition, not
            // a count of parties ("178 states had ratified the CTBT")
            + @"\b(?<=\b(?:until|unless|once|after|before|when|if)\s+)(?:all\s+)?(?:the\s+)?(?<n>\d+|(?:"
            + NumberWords
            + @")(?:[\s-]+(?:"
            + NumberWords
            + @"))*)\s+(?:[\w-]+\s+){0,2}(?:states|countries|nations)\s+(?:(?!not\b|never\b)[\w-]+\s+){0,4}?"
            + @"(?:have\s+|has\s+|must\s+|had\s+)?ratif(?:y|ied|ies)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex RatificationsByStates();

    /// <summary>
    /// Figures with a unit of measure ("3.67 percent", "300 kilograms", "three point six seven percent") and the
    /// ratifications a treaty needs ("ratification by 44 states"), beside the counted things already read.
    /// "by 20 percent" is a change, not a level: it is no figure to compare with a limit.
    /// </summary>
    private static void Measures(string text, List<ClaimQuantity> quantities, List<ClaimDate> dates)
    {
        var all = new TextRange(0, text.Length);
        bool Taken(int start, int end) =>
            quantities.Any(q => q.Span.Start < end && start < q.Span.End)
            || dates.Any(d => d.Span.Start < end && start < d.Span.End);
        var numbers = Quantities.Numbers(text, all).Select(n => (n.Range.Start, n.Range.End, n.Value)).ToList();
        foreach (Match m in DecimalWords().Matches(text))
        {
            var whole = Quantities.ParseWords(m.Groups["int"].Value);
            var digits = m.Groups["frac"]
                .Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => Quantities.ParseWords(w) ?? 0m)
                .ToList();
            if (whole is null || digits.Count == 0)
                continue;
            var value =
                whole.Value
                + decimal.Parse(
                    "0." + string.Concat(digits.Select(d => (int)d)),
                    System.Globalization.CultureInfo.InvariantCulture
                );
            numbers.RemoveAll(n => n.Start < m.Index + m.Length && m.Index < n.End);
            numbers.Add((m.Index, m.Index + m.Length, value));
        }
        foreach (var (start, end, value) in numbers)
        {
            if (Taken(start, end) || Quantities.MeasureAfter(text, end, text.Length) is not { } unit)
                continue;
            if (
                unit.Measure == "percent"
                && Regex.IsMatch(text[..start], @"\bby\s+(?:about\s+|some\s+)?$", RegexOptions.IgnoreCase)
            )
                continue;
            quantities.Add(
                new ClaimQuantity(value, unit.Unit, [], Span.Of(text, start, unit.End)) { Measure = unit.Measure }
            );
        }
        foreach (Match m in RatificationsByStates().Matches(text))
        {
            var n = m.Groups["n"].Value;
            var value = char.IsDigit(n[0])
                ? decimal.Parse(n, System.Globalization.CultureInfo.InvariantCulture)
                : Quantities.ParseWords(n);
            if (value is null || Taken(m.Index, m.Index + m.Length))
                continue;
            quantities.Add(
                new ClaimQuantity(value.Value, "ratifications", [], Span.Of(text, m.Index, m.Index + m.Length))
            );
        }
        quantities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // What joins the two ends of a range: "3,000 to 3,500", "3,000-3,500", "between 1,700 and 2,200".
    [GeneratedRegex(@"^\s*(?:-|\u2013|to|and)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeJoin();

    /// <summary>"3,800 to 4,250 warheads", "between 500 and 5,500 km": the figure before the joining word is the low
    /// end of the quantity after it. "and" joins a range only after "between" ("1,550 and 700" is two
    /// figures).</summary>
    private static List<ClaimQuantity> Ranges(string text, List<ClaimQuantity> quantities)
    {
        var numbers = Quantities.Numbers(text, new TextRange(0, text.Length));
        var result = new List<ClaimQuantity>();
        foreach (var q in quantities)
        {
            // A figure read apart from its unit ("capped warheads at 1,700 to 2,200"): the range runs forward.
            var high = numbers.FirstOrDefault(n => n.Range.Start >= q.Span.End && n.Range.Length > 0);
            if (
                numbers.Any(n => n.Range.Start == q.Span.Start && n.Range.End == q.Span.End)
                && high.Range.Length > 0
                && RangeJoin().IsMatch(text[q.Span.End..high.Range.Start])
                && high.Value > q.Value
                && (
                    !text[q.Span.End..high.Range.Start].Trim().Equals("and", StringComparison.OrdinalIgnoreCase)
                    || Regex.IsMatch(text[..q.Span.Start], @"\bbetween\s+$", RegexOptions.IgnoreCase)
                )
            )
            {
                result.Add(
                    q with
                    {
                        Value = high.Value,
                        Min = q.Value,
                        Span = Span.Of(text, q.Span.Start, high.Range.End),
                    }
                );
                continue;
            }
            var low = numbers.LastOrDefault(n => n.Range.End <= q.Span.Start && n.Range.Length > 0);
            if (
                low.Range.Length == 0
                || quantities.Any(o => o != q && o.Span.Start <= low.Range.Start && low.Range.Start < o.Span.End)
            )
            {
                result.Add(q);
                continue;
            }
            var join = text[low.Range.End..q.Span.Start];
            var between = Regex.IsMatch(text[..low.Range.Start], @"\bbetween\s+$", RegexOptions.IgnoreCase);
            if (
                !RangeJoin().IsMatch(join)
                || (join.Trim().Equals("and", StringComparison.OrdinalIgnoreCase) && !between)
                || low.Value >= q.Value
            )
            {
                result.Add(q);
                continue;
            }
            result.Add(q with { Span = Span.Of(text, low.Range.Start, q.Span.End), Min = low.Value });
        }
        return result;
    }

    [GeneratedRegex(
        @"\b(?<n>\d+|(?:" + NumberWords + @")(?:[\s-]+(?:" + NumberWords + @"))*)\s+(?<u>years?|months?)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DurationWords();

    /// <summary>"seven years", "within 18 months": a length of time, as an ISO 8601 period.</summary>
    private static List<ClaimDuration> Durations(string text, List<ClaimQuantity> quantities, List<ClaimDate> dates)
    {
        var result = new List<ClaimDuration>();
        foreach (Match m in DurationWords().Matches(text))
        {
            if (
                quantities.Any(q => q.Span.Start < m.Index + m.Length && m.Index < q.Span.End)
                || dates.Any(d => d.Span.Start < m.Index + m.Length && m.Index < d.Span.End)
            )
                continue;
            var n = m.Groups["n"].Value;
            var value = char.IsDigit(n[0])
                ? decimal.Parse(n, System.Globalization.CultureInfo.InvariantCulture)
                : Quantities.ParseWords(n);
            if (value is null or <= 0)
                continue;
            var unit = char.ToUpperInvariant(m.Groups["u"].Value[0]);
            result.Add(new ClaimDuration($"P{(int)value.Value}{unit}", Span.Of(text, m.Index, m.Index + m.Length)));
        }
        return result;
    }

    /// <summary>Why a sentence is not a claim that can be checked; null when it can be read.</summary>
    private static string? Refuse(string claim)
    {
        var t = claim.Trim();
        if (!t.Any(char.IsLetter))
            return "The claim has no words, only numbers or punctuation: there is nothing to check.";
        // "Did Russia sign…" without its question mark is still a question; "When Obama met Putin, …" is not.
        if (
            t.EndsWith('?')
            || (QuestionStart().IsMatch(t) && !t.Contains(',', StringComparison.Ordinal) && !t.EndsWith('.'))
        )
            return "The claim is a question: only a statement can be supported or contradicted.";
        var letters = t.Where(char.IsLetter).ToList();
        if (letters.Count(c => c > '\u024F') > letters.Count / 3)
            return "The claim is not in English: the sources and the checker read English only.";
        var words = Word().Matches(t).Select(m => m.Value).ToList();
        int english = words.Count(English.Contains),
            foreign = words.Count(Foreign.Contains);
        if (foreign >= 2 && foreign > english)
            return "The claim seems to be in another language than English: the sources and the checker read English "
                + "only.";
        return null;
    }

    /// <summary>Curly quotes and apostrophes as straight ones, so that one set of patterns reads both.</summary>
    public static string Fold(string s) =>
        s.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\'').Replace('\u2018', '\'');

    /// <summary>"wasn't" → "was not", "cannot" → "can not": a negation is a word of its own.</summary>
    /// "No more than 1,550" and "no later than 2018" are bounds, not negations; "did not take effect until 1994" says
    /// when it did.
    private static string NegationsSpelled(string s) =>
        Regex.Replace(
            Regex.Replace(
                NotUntil().Replace(Regex.Replace(Fold(s), @"n't\b", " not", RegexOptions.IgnoreCase), "${verb}until"),
                @"\bcannot\b",
                "can not",
                RegexOptions.IgnoreCase
            ),
            @"\b(?:no|not)\s+(?:more|later|fewer|less|greater)\s+than\b",
            "at most",
            RegexOptions.IgnoreCase
        );

    /// <summary>"not" before "until" within a few words: "did not take effect until", "was not ratified
    /// until".</summary>
    [GeneratedRegex(@"\bnot\s+(?<verb>(?:[\w-]+\s+){0,4}?)until\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotUntil();

    /// <summary>The content words of a text as the claim checker compares them (function words dropped).</summary>
    public static List<string> Words(string text) =>
        Word()
            .Matches(NegationsSpelled(text))
            .Where(m => !StopWords.Contains(m.Value))
            .Select(m => m.Value.ToLowerInvariant())
            .ToList();

    /// <summary>Whether a word negates what follows (not, never, no, non-, failed, refused…).</summary>
    public static bool IsNegator(string word) => Negators.Contains(word);
}
