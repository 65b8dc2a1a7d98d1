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

    // "within seven years after entry into force", "90 days after the 50th instrument", "six months of notifying".
    private static readonly Regex PeriodAfter = Compile(
        B
            + @"(?<pre>(?:within|no later than|not later than|"
            + @"(?:in no case |not |no )?earlier than) )?"
            + Count
            + "(?: |-)"
            + Unit
            + @"(?: time)? (?<rel>after|of|from|following) (?<ev>[^.;:!?,()]{1,100})",
        RegexOptions.IgnoreCase
    );

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

    // The event of a period a deadline word governs, as written: a short noun phrase up to the next clause word
    // ("the talks opening", "the end of the first round", "joining", "receiving it").
    private static readonly Regex OpenEvent = Interpret(
        @"^(?<e>(?:(?!(?:unless|and|but|or|if|when|while|which|that|so|to|for|on|in|at|by|with|before|as)"
            + E
            + @")[\w'\u2019-]+(?: |$)){1,6})",
        RegexOptions.IgnoreCase
    );

    // ", that is, by 1 June 1991", ", a period that ended in November 1995": a date set beside the period.
    private static readonly Regex NearAfter = Interpret(@"^(?: )?,[^\n;:]*$");

    // ", ten years after …" closing a clause with no verb of its own: an aside of time elapsed.
    private static readonly Regex Aside = Interpret(@",(?: )?$");

    // "on 13 June 2002, six months after …": what lies between a stated date and the period that explains it.
    private static readonly Regex Apposition = Interpret(
        @"^[^;:\n()""\u201C\u201D]{0,80},(?: (?:exactly|just|nearly|almost|some|about))?(?: )?$"
    );

    // "entry into force for Maravia": the event of one party, which the catalog does not date.
    private static readonly Regex ForParty = Compile(@"\G for (?!the treaty|all\b)", RegexOptions.IgnoreCase);
    private static readonly Regex EffectBefore = Compile(
        B
            + @"(?<w>(?:take|takes|took|taking) effect|"
            + @"(?:enter|enters|entered|entering|come|comes|came) into force|earlier than)"
            + E
            + @"[^.;:!?]{0,80}$",
        RegexOptions.IgnoreCase
    );

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

    /// <summary>A period that runs from the day it was announced, read as the publication date.</summary>
    private static FactDate FromAnnouncement(Period offset, DateOnly day) =>
        new(
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

    // "may withdraw on six months' notice", "notice must be given 150 days in advance", "by giving notice at least
    // six months in advance", "notice … 150 days prior to the intended withdrawal".
    private static readonly Regex NoticePeriod = Compile(
        B
            + Count
            + "(?: |-)"
            + Unit
            + @"(?:['\u2019]s?)? "
            + @"(?:of )?(?<w>"
            + Any(NoticePeriods.Where(p => p.Text != "in advance"))
            + ")"
            + E
            + @"|"
            + B
            + @"notice (?:(?:must|shall|has to|is to) be given )?(?:at least |no less than |not less than )?"
            + Count.Replace("<n>", "<n2>")
            + " "
            + Unit.Replace("<u>", "<u2>")
            + " (?<w2>in advance)"
            + E
            // "shall give notice … 150 days prior to the intended withdrawal".
            + "|"
            + B
            + Count.Replace("<n>", "<n3>")
            + "(?: |-)"
            + Unit.Replace("<u>", "<u3>")
            + @" (?<w3>prior to|before|in advance of) (?:the |its |a |any )?(?:intended |planned |proposed )?withdrawal"
            + E,
        RegexOptions.IgnoreCase
    );

    // "gave the six months' notice" (a notice served, dated by the text), not a rule.
    private static readonly Regex NoticeServed = Compile(
        B + @"(?:gave|served|issued|sent)(?: the| its| a)? $",
        RegexOptions.IgnoreCase
    );

    // "failing to give lawmakers 120 days' notice": notice owed to someone, not the treaty's withdrawal clause.
    private static readonly Regex NoticeToSomeone = Compile(
        B + @"(?:give|gives|giving|gave|given) " + @"(?!the |a |an |its |their |his |her |our )\w+ $",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex ClauseStart = Compile(@"(?:^|[:;—]|, (?:but|and|yet|so))(?: )?$");

    // "Transition Day: eight years after Adoption Day, or earlier if …": an alternative follows, not a new clause.
    private static readonly Regex AlternativeAfter = Interpret(@"\G,(?: )?(?:or|unless|whichever)" + E);
    private static readonly Regex BareYear = Compile(@"(?<!\d)(?:19|20)\d\d,?(?: )?$");

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

    // "is due to expire in February", "expired last December", "by the end of September".
    private static readonly Regex MonthOnly = Compile(
        B
            + "(?<w>"
            + Any(
                DeadlineWords
                    // "ended" governs a date only when a treaty or moratorium ended (LimitExtractor.EndedIsTreaty).
                    .Where(w =>
                        (
                            w.Text.EndsWith(" in", StringComparison.Ordinal)
                            && !w.Text.StartsWith("ended", StringComparison.Ordinal)
                        ) || w.Text is "by" or "until"
                    )
                    .Select(w => Regex.Replace(w.Text, " in$", ""))
            )
            + @")(?: the end of)?(?: in)? "
            + @"(?:(?<rel>last|next|this) )?"
            + "(?:(?:"
            + Any(MonthParts)
            + ")(?:-| ))?"
            + MonthGroup("m")
            + @"(?!\w)(?!\.?(?: )?(?:\d|,(?: )?\d))"
    );
    private static readonly Regex EndOfMonth = Compile(
        B
            + @"(?<w>by|before|until|at|to) the end of "
            + @"(?:(?<rel>last|next|this) )?"
            + MonthGroup("m")
            + @"(?!\w)(?!\.?(?: )?(?:\d|,(?: )?\d))",
        RegexOptions.IgnoreCase
    );

    // "by the summit in July", "before the review conference in April": a meeting in a month without its year.
    private static readonly Regex EventInMonth = Compile(
        B
            + @"(?<w>by|before|no later than|not later than) (?:the|its|their|next) (?:[\w-]+ ){0,3}(?i:"
            + Any(MonthEvents)
            + @")s? in "
            + @"(?:(?<rel>last|next|this) )?"
            + MonthGroup("m")
            + @"(?!\w)(?!\.?(?: )?(?:\d|,(?: )?\d))"
    );
    private static readonly Regex PastWord = Compile(
        B + @"(?:expired|lapsed|took|entered|came|ended|terminated|ran)" + E,
        RegexOptions.IgnoreCase
    );

    /// <summary>Labels of a fact sheet's dates that are deadlines, with the kind each gives.</summary>
    private static readonly Dictionary<string, string> DateLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Entered into force"] = "entry-into-force",
        ["Entry into force"] = "entry-into-force",
        ["Expired"] = "expires",
        ["Expires"] = "expires",
        ["Expiry"] = "expires",
        ["Terminated"] = "expires",
        ["Ended"] = "expires",
        ["Transition Day"] = "effective",
        ["Termination Day"] = "expires",
        ["Adoption Day"] = "effective",
        ["Implementation Day"] = "effective",
    };

    // "On Tuesday, the withdrawal took effect", "12 December 2007: Russia suspends implementation": the date first.
    // "as of 18 December 2021 Russia is no longer a State Party", "on Sunday formally ceased to be a party", "on 14
    // June 2002, Russia declared that it no longer considered itself bound by START II": it leaves the treaty that day.
    // "On February 5 of this year that treaty expired": it ends that day.
    private static readonly Regex AfterDateWord = Compile(
        B
            + @"(?<w>(?:took|takes|take) effect|"
            + @"(?:entered|enters) into force|suspends|suspended|"
            + @"(?:is|was) no longer a (?:state )?party|ceased to be a (?:state )?party|expired|lapsed|"
            + @"no longer (?:(?:considered|considers|felt|feels|deemed|deems) )?(?:itself |themselves )?bound)"
            + E,
        RegexOptions.IgnoreCase
    );

    // The date opens its sentence or line, perhaps after a short lead ("Twenty years ago this week, on 14 June
    // 2002, …", "Accordingly, as of 18 December 2021 …") that is not a dateline's place ("VIENNA, Nov 22").
    private static readonly Regex OpensSentence = Compile(
        @"^(?:[-\u2022*] )?[""\u201C\u2018']?(?:(?![A-Z.\x20]+, )[^,;:\n]{0,40}, )?(?:(?i:on|at midnight on|as of) )?$"
    );

    // "The treaty died on 2 August 2019, when the U.S. withdrawal took effect": the date the when-clause explains.
    private static readonly Regex WhenClause = Interpret(@"^, when [^,;:()]{0,60}$");

    private static readonly Regex AnnouncedBefore = Interpret(
        B + "(?:announced|declared)(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex LeavesAfter = Interpret(
        @"\G that [^.;:!?]{0,60}?"
            + B
            + @"(?<w>no longer (?:\w+ )?(?:itself )?bound|(?:was|is) ending its|would end its"
            + @"|(?:was|is|would be) withdrawing from|would withdraw from|would leave|would quit)"
            + E,
        RegexOptions.IgnoreCase
    );

    // "VIENNA, Nov 22 (…) —": the dateline's date is the day of the report, not of what the lead tells.
    private static readonly Regex Dateline = Interpret(@"^[A-Z][A-Z.'\x20-]+,(?: )?$");
    private static readonly Regex PresentEffect = Compile(@"^(?:takes effect|enters into force)$");

    // "Signed on 8 December 1987, the treaty entered into force …": the date is of another step.
    // Lower case: "Open Skies" names a treaty, not a step.
    private static readonly Regex OtherStep = Compile(B + @"(?:sign|conclud|adopt|ratif|open|agree|negotiat)\w*");

    // "- Entered into force: 5 December 1994" in a fact sheet's list of dates; "- Adoption Day fell on 18 October".
    private static readonly Regex Labelled = Compile(
        @"^(?:[-\u2022*] )?(?<w>"
            + Any(DateLabels.Keys)
            + @")(?:(?: )?:(?: )?(?=\S)| (?:fell|came|began|arrived) (?=on ))",
        RegexOptions.IgnoreCase | RegexOptions.Multiline
    );

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
        var slice = text.Substring(sentence.Start, sentence.Length);
        var subject = main ?? treaty;
        TreatyEntry? EntryOf(TreatyMention t) => catalog.Treaties.FirstOrDefault(e => e.Slug == t.Slug);
        // The period rules try a count at every word: run them only where a unit of time is written at all.
        bool periods = HasAny(slice, "year", "month", "day", "week");
        // Periods read after an event, so that a duration over the same words ("to last 15 years from
        // Implementation Day") is not read twice.
        var afterEvent = new List<(int Start, int End, FactDate? Date)>();
        foreach (Match m in periods ? PeriodAfter.Matches(slice) : Enumerable.Empty<Match>())
        {
            if (Offset(m.Groups["n"].Value, m.Groups["u"].Value) is not { } offset)
                continue;
            var ev = EventWord.Match(m.Groups["ev"].Value);
            bool strong = m.Groups["pre"].Value.Trim().Length > 0 && !m.Groups["pre"].Value.Contains("earlier");
            string kind;
            int evEnd;
            if (ev.Success && ev.Index <= 60)
            {
                kind = EventKinds[TextStructure.Normalize(ev.Groups["e"].Value)];
                evEnd = m.Groups["ev"].Index + ev.Index + ev.Length;
            }
            // "within ten years of that date": the date the sentence gave before it (FromThatDate).
            else if (ThatDateEvent.Match(m.Groups["ev"].Value) is { Success: true } td)
            {
                kind = TextStructure.Normalize(td.Value).ToLowerInvariant();
                evEnd = m.Groups["ev"].Index + td.Length;
            }
            // "within 30 days of the talks opening", "no later than 10 days after receiving it": "within" makes it a
            // deadline whatever the event; the event is named as written and the fact stays undated.
            else if (strong && OpenEvent.Match(m.Groups["ev"].Value) is { Success: true } oe)
            {
                kind = TextStructure.Normalize(oe.Groups["e"].Value).ToLowerInvariant();
                evEnd = m.Groups["ev"].Index + oe.Groups["e"].Index + oe.Groups["e"].Value.TrimEnd().Length;
            }
            else
                continue;
            if (kind == "entered-into-force" && ForParty.IsMatch(slice, evEnd))
                kind = "entered-into-force-for-party";
            var effect = EffectBefore.Match(slice[..m.Index]);
            var dueKind =
                m.Groups["pre"].Value.Contains("earlier", StringComparison.OrdinalIgnoreCase)
                || effect.Groups["w"].Value.EndsWith("earlier than", StringComparison.OrdinalIgnoreCase)
                    ? "earliest"
                : effect.Success
                    ? (
                        effect.Groups["w"].Value.Contains("effect", StringComparison.OrdinalIgnoreCase)
                            ? "effective"
                            : "entry-into-force"
                    )
                : "due";
            // "27 years after it was opened for signature, the CTBT is still …": time elapsed, not a deadline.
            if (
                ClauseStart.IsMatch(slice[..m.Index])
                && evEnd < slice.Length
                && slice[evEnd] == ','
                && !AlternativeAfter.IsMatch(slice, evEnd)
            )
                continue;
            int at = sentence.Start + m.Index,
                end = sentence.Start + evEnd;
            // "took effect on 13 June 2002, six months after Bush gave notice", "in 2026, five years after entry into
            // force": the date the clause states is the one the period gives; read both, the date and its basis.
            var before = StatedBefore(text, sentence, at, dates);
            // A bare year next to it ("First review: 2026, five years after entry into force") says the date.
            if (before is null && BareYear.IsMatch(slice[Math.Max(0, m.Index - 12)..m.Index]))
                continue;
            // "What the deal allowed, ten years after Implementation Day": an aside of time elapsed, no date, no
            // deadline word, not a deadline.
            if (
                before is null
                && !strong
                && !effect.Success
                && Aside.IsMatch(slice[..m.Index])
                && string.IsNullOrWhiteSpace(slice[evEnd..].Trim('.', '!', '?'))
            )
                continue;
            // A date written next to the period is the one it gives ("within 40 months of entry into force, a
            // period that ended in November 1995", "within three years of entry into force, that is by 1 June 1991").
            var near = dates.FirstOrDefault(d =>
                !d.Relative
                && d.Range.Start >= end
                && d.Range.Start < end + 40
                && NearAfter.IsMatch(text[end..d.Range.Start])
                && (d.Precision != DatePrecision.Year || d.Preposition is not null)
            );
            var of = here.LastOrDefault(t => t.Span.End <= at) ?? subject;
            var resolved = Resolve(EntryOf(of), kind, offset)
                ?? FromThisDay(kind, offset, published)
                ?? FromThatDate(kind, offset, dates, at)
                ?? EntryByItsPeriod(EntryOf(of), kind, dueKind, effect, m.Groups["ev"].Value);
            if (resolved is null && ThatDate.IsMatch(kind))
                continue;
            // A dateline's date is the day of the report, not the one the period gives.
            if (
                (before ?? near) is { } said
                && Dateline.IsMatch(text[RawLineStart(said.Range.Start)..said.Range.Start])
            )
                continue;
            // A date after the period that another deadline reads ("within three years after entry into force, that
            // is, by 1 June 1991") is one deadline said twice: that one stands, with the period as its basis (Basis),
            // unless the period names the day of a month it gives ("within seven years after entry into force, which
            // both sides did by the February 2018 deadline").
            if (
                before is null
                && near is not null
                && stated.Any(x => x.Start < near.Range.End && near.Range.Start < x.End)
                && !(resolved is not null && Contains(near, resolved))
            )
            {
                bases?.Add(new Basis(near.Range, new RelativeDate(kind, offset.Iso), at, end));
                continue;
            }
            // An undated period with a date due later in its sentence ("within 40 months after the treaty began to be
            // applied …, that is, by November 1995"): that date is what the sentence sets, read by its own rule.
            // Only a date set beside it, after a comma: "within 180 days of the bill's enactment and to certify by
            // September 30" names two deadlines.
            if (
                before is null
                && near is null
                && resolved is null
                && due.Any(d =>
                    d.Range.Start >= end && d.Range.Start - end <= 80 && text[end..d.Range.Start].Contains(',')
                )
            )
                continue;
            // "took effect on 13 June 2002, six months after notice": one deadline, which another rule has read from
            // its date; the period is its basis, kept on that fact (Basis), not a second fact of the same date.
            if (
                before is not null
                && bases is not null
                && stated.Any(x => x.Start < before.Range.End && before.Range.Start < x.End)
            )
            {
                bases.Add(new Basis(before.Range, new RelativeDate(kind, offset.Iso), at, end));
                afterEvent.Add((m.Index, evEnd, Stated(before)));
                continue;
            }
            FactDate? fd;
            if (before is not null)
                fd = Stated(before);
            else if (near is not null)
                fd = resolved is not null && Consistent(near, resolved) ? resolved : Stated(near);
            else
                fd = resolved;

            afterEvent.Add((m.Index, evEnd, fd));
            yield return Make(
                of,
                m.Index,
                evEnd,
                fd,
                dueKind,
                new RelativeDate(kind, offset.Iso),
                "period-after-event",
                ev.Groups["e"].Value
            );
        }
        var notices = periods && HasAny(slice, "notice") ? NoticePeriod.Matches(slice) : Enumerable.Empty<Match>();
        foreach (Match m in notices)
        {
            bool advance = m.Groups["n2"].Success,
                prior = m.Groups["n3"].Success;
            var n =
                advance ? m.Groups["n2"].Value
                : prior ? m.Groups["n3"].Value
                : m.Groups["n"].Value;
            var u =
                advance ? m.Groups["u2"].Value
                : prior ? m.Groups["u3"].Value
                : m.Groups["u"].Value;
            if (
                Offset(n, u) is not { } offset
                || NoticeServed.IsMatch(slice[..m.Index])
                || (!prior && NoticeToSomeone.IsMatch(slice[..m.Index]))
            )
                continue;
            yield return Make(
                treaty,
                m.Index,
                m.Index + m.Length,
                null,
                "effective",
                new RelativeDate("notice-of-withdrawal", offset.Iso),
                "notice-period",
                advance ? m.Groups["w2"].Value
                    : prior ? m.Groups["w3"].Value
                    : m.Groups["w"].Value
            );
        }
        var withins = periods && HasAny(slice, "within") ? WithinModal.Matches(slice) : Enumerable.Empty<Match>();
        var modal = new HashSet<int>();
        foreach (Match m in withins)
        {
            if (Offset(m.Groups["n"].Value, m.Groups["u"].Value) is not { } offset)
                continue;
            var word = TextStructure.Normalize(m.Groups["w"].Value);
            int from = m.Index + m.Length - m.Value.Length + m.Value.LastIndexOf("within", StringComparison.Ordinal);
            // An intention runs from the day it is announced; an obligation from an event the text leaves unnamed.
            FactDate? fd =
                ModalKinds[word] == "intention" && published is { } day ? FromAnnouncement(offset, day) : null;
            yield return Make(
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
        foreach (Match m in periods && HasAny(slice, "within") ? WithinBare.Matches(slice) : Enumerable.Empty<Match>())
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
                    ? FromAnnouncement(offset, day)
                    : null;
            yield return Make(
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
        var anded = new HashSet<int>();
        foreach (Match m in periods ? Duration.Matches(slice) : Enumerable.Empty<Match>())
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
            yield return Make(
                of,
                restriction ?? m.Index,
                m.Index + m.Length,
                Resolve(EntryOf(of), kind, offset),
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
                anded.Add(and.Index + and.Value.LastIndexOf("for", StringComparison.Ordinal));
                yield return Make(
                    of,
                    and.Index + and.Value.LastIndexOf("for", StringComparison.Ordinal),
                    and.Index + and.Length,
                    Resolve(EntryOf(of), kind, more),
                    "until",
                    new RelativeDate(kind, more.Iso),
                    "duration",
                    cue
                );
            }
        }
        if (published is { } pub && HasAny(slice, MonthStems))
        {
            var months = MonthOnly.Matches(slice).Concat(EndOfMonth.Matches(slice));
            if (slice.Contains(" in ", StringComparison.Ordinal))
                months = months.Concat(EventInMonth.Matches(slice));
            foreach (var m in months)
            {
                if (
                    dates.Any(d =>
                        d.Range.Start < sentence.Start + m.Index + m.Length
                        && sentence.Start + m.Index < d.Range.End
                        && d.Range.Start > sentence.Start + m.Index
                    )
                )
                    continue;
                var month = MonthNumbers[m.Groups["m"].Value.TrimEnd('.')];
                var word = TextStructure.Normalize(m.Groups["w"].Value).ToLowerInvariant();
                var rel = m.Groups["rel"].Value.ToLowerInvariant();
                bool past = rel == "last" || (rel != "next" && PastWord.IsMatch(word));
                int year =
                    rel == "this" ? pub.Year
                    : past ? (month <= pub.Month ? pub.Year : pub.Year - 1)
                    : (month >= pub.Month ? pub.Year : pub.Year + 1);
                if (rel == "last" && month == pub.Month)
                    year--;
                if (rel == "next" && month == pub.Month)
                    year++;
                var fd = new FactDate(
                    new DateOnly(year, month, 1),
                    DatePrecision.Month,
                    "relative",
                    $"year taken from the publication date {pub:yyyy-MM-dd}"
                );
                var kind = word switch
                {
                    "by" or "before" or "to" or "at" or "no later than" or "not later than" => "due",
                    "until" => "until",
                    _ when word.Contains("expir", StringComparison.Ordinal)
                            || word.Contains("laps", StringComparison.Ordinal)
                            || word.EndsWith(" out", StringComparison.Ordinal) => "expires",
                    _ => "effective",
                };
                yield return Make(treaty, m.Index, m.Index + m.Length, fd, kind, null, "month-without-year", word);
            }
        }
        var opening = HasAny(slice, "effect", "force", "suspend", "longer", "ceased", "expired", "lapsed")
            ? AfterDateWord.Matches(slice)
            : Enumerable.Empty<Match>();
        foreach (Match m in opening)
        {
            int at = sentence.Start + m.Index,
                end = at + m.Length;
            // A date after the word on its line is the one it governs (read as a deadline word elsewhere).
            if (
                dates.Any(d =>
                    d.Range.Start >= end
                    && d.Range.Start < end + 70
                    && !text.AsSpan(end, d.Range.Start - end).Contains('\n')
                )
            )
                continue;
            var word = TextStructure.Normalize(m.Groups["w"].Value).ToLowerInvariant();
            // Only a date that opens the sentence ("On Tuesday, …", "7 November 2023: …"); "today" only with the
            // present tense ("Today the withdrawal takes effect", not "today recalled that it entered into force").
            // A list line is a sentence of its own ("- 7 November 2023: Russia's withdrawal takes effect").
            var d = dates.FirstOrDefault(d =>
                d.Range.End <= at
                && at - d.Range.End <= 90
                && d.Precision != DatePrecision.Year
                && !Dateline.IsMatch(text[RawLineStart(d.Range.Start)..d.Range.Start])
                && (
                    OpensSentence.IsMatch(text[LineStart(d.Range.Start)..d.Range.Start])
                    || WhenClause.IsMatch(text[d.Range.End..at])
                )
                && (d.Note?.Contains("\"today\"", StringComparison.Ordinal) != true || PresentEffect.IsMatch(word))
            );
            if (
                d is null
                || OtherStep.IsMatch(text[d.Range.End..at])
                || text[d.Range.End..at].Contains(';')
                || stated.Any(x => x.Start < d.Range.End && d.Range.Start < x.End)
            )
                continue;
            var kind =
                word.Contains("force", StringComparison.Ordinal) ? "entry-into-force"
                : word is "expired" or "lapsed" ? "expires"
                : "effective";
            var fd = new FactDate(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);
            yield return Make(
                treaty,
                d.Range.Start - sentence.Start,
                m.Index + m.Length,
                fd,
                kind,
                null,
                "date-before-word",
                word
            );
        }
        foreach (
            Match m in slice.Contains(':') || HasAny(slice, " Day ")
                ? Labelled.Matches(slice)
                : Enumerable.Empty<Match>()
        )
        {
            var d = dates.FirstOrDefault(x => x.Range.Start == sentence.Start + m.Index + m.Length);
            if (d is null || d.Relative)
                continue;
            var label = TextStructure.Normalize(m.Groups["w"].Value);
            var fd = new FactDate(d.Date, d.Precision, "stated", null);
            yield return Make(
                treaty,
                m.Index,
                d.Range.End - sentence.Start,
                fd,
                DateLabels[label],
                null,
                "labelled-date",
                label
            );
        }

        // "announced in August 2025 that Moscow no longer felt bound by its moratorium", "said on 3 May that it was
        // withdrawing from the pact": the day a state says it leaves is the day it takes effect, as reports date it.
        if (HasAny(slice, " that "))
            foreach (var d in dates)
            {
                if (d.Precision == DatePrecision.Year || d.Range.End >= sentence.End)
                    continue;
                if (!AnnouncedBefore.IsMatch(text[Math.Max(sentence.Start, d.Range.Start - 20)..d.Range.Start]))
                    continue;
                int reach = Math.Min(sentence.End, d.Range.End + 120) - d.Range.End;
                var leaves = LeavesAfter.Match(text, d.Range.End, reach);
                if (!leaves.Success || stated.Any(x => x.Start < d.Range.End && d.Range.Start < x.End))
                    continue;
                var fd = new FactDate(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);
                int at = text.LastIndexOf("announced", d.Range.Start, StringComparison.OrdinalIgnoreCase);
                yield return Make(
                    treaty,
                    (at < sentence.Start ? d.Range.Start : at) - sentence.Start,
                    leaves.Index + leaves.Length - sentence.Start,
                    fd,
                    "effective",
                    null,
                    "announced-leaving",
                    TextStructure.Normalize(leaves.Groups["w"].Value)
                );
            }

        foreach (var f in Anaphoric(text, sentence, slice, dates, stated, published, MakeDated))
            yield return f;
        foreach (var f in Referenced(slice, stated, sentence.Start, MakeDated))
            yield return f;

        DeadlineFact MakeDated(int from, int to, FactDate fd, string kind, string rule, string cue) =>
            Make(treaty, from, to, fd, kind, null, rule, cue);

        int RawLineStart(int at) => text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;

        int LineStart(int at) => Math.Max(sentence.Start, text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1);

        DeadlineFact Make(
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
            var span = Span.Of(text, sentence.Start + from, sentence.Start + to);
            var action = TextStructure.Normalize(span.Quote);
            var key = fd?.Iso ?? relative!.Event + "+" + relative.Offset;
            var fact = new DeadlineFact(
                FactIds.Make("dl", documentId, treaty.Slug, key, action),
                treaty.Slug,
                fd,
                kind,
                action,
                span,
                relative
            );
            explain.TryAdd(fact.Id, new Explanation(rule, TextStructure.Normalize(cue)));
            return fact;
        }
    }

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

    private static bool Contains(DateMatch coarse, FactDate day) =>
        day.Precision == DatePrecision.Day
        && coarse.Precision != DatePrecision.Day
        && coarse.Date.Year == day.Date.Year
        && (coarse.Precision == DatePrecision.Year || coarse.Date.Month == day.Date.Month);

    /// <summary>
    /// The date a clause states just before a period that explains it ("took effect on 13 June 2002, six months after
    /// notice", "in 2026, five years after entry into force").
    /// </summary>
    private static DateMatch? StatedBefore(string text, TextRange sentence, int at, IReadOnlyList<DateMatch> dates)
    {
        var d = dates.LastOrDefault(d =>
            d.Range.End <= at
            && d.Range.End >= at - 100
            && d.Note?.Contains("\"today\"", StringComparison.Ordinal) != true
        );
        if (d is not null && Apposition.IsMatch(text[d.Range.End..at]))
            return d;
        return null;
    }

    private static FactDate Stated(DateMatch d) => new(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);

    /// <summary>Whether a period's day falls on or within a date written beside it.</summary>
    private static bool Consistent(DateMatch written, FactDate day) =>
        (written.Precision == day.Precision && written.Date == day.Date) || Contains(written, day);

    // "within 60 days of this statement", "within a month of today": the text's own day, its publication.
    private static readonly Regex ThisDay = Compile(
        @"^(?:this (?:statement|announcement|decision|declaration|letter|communiqu[eé]|notification)|today)$"
    );

    private static FactDate? FromThisDay(string kind, Period offset, DateOnly? published) =>
        published is { } day && ThisDay.IsMatch(kind)
            ? new FactDate(
                offset.Add(day),
                DatePrecision.Day,
                "relative",
                $"{offset.Iso} after {kind}, read as the publication date ({day:yyyy-MM-dd})"
            )
            : null;

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
