using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// A period counted from an event ("within 90 days of the notification", "five years after entry into force"): dated
/// from the catalog's day of that event, from the text's own day ("of this statement"), or from a date the sentence
/// writes beside it; else the fact keeps the event and offset and has no date. A period that explains a date another
/// rule read is that date's basis (<see cref="Basis"/>), not a second deadline.
/// </summary>
internal static partial class RelativeDeadlines
{
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

    // "…, which came on 5 December 1994": a relative clause that dates the event just named.
    private static readonly Regex EventDated = Interpret(
        @"^(?: )?,(?: )?(?:which|that) (?:came|took place|happened|occurred|was)(?: (?:on|in))?(?: )?$",
        RegexOptions.IgnoreCase
    );

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

    private static readonly Regex ClauseStart = Compile(@"(?:^|[:;—]|, (?:but|and|yet|so))(?: )?$");

    // "Transition Day: eight years after Adoption Day, or earlier if …": an alternative follows, not a new clause.
    private static readonly Regex AlternativeAfter = Interpret(@"\G,(?: )?(?:or|unless|whichever)" + E);
    private static readonly Regex BareYear = Compile(@"(?<!\d)(?:19|20)\d\d,?(?: )?$");

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
    private static bool IsEventDay(DateMatch written, FactDate resolved, Period offset)
    {
        var day = new Period(-offset.Count, offset.Unit).Add(resolved.Date);
        return Consistent(written, new FactDate(day, DatePrecision.Day, "relative", null));
    }

    private static bool Consistent(DateMatch written, FactDate day) =>
        (written.Precision == day.Precision && written.Date == day.Date) || Contains(written, day);

    // "within 60 days of this statement", "within a month of today": the text's own day, its publication.
    private static readonly Regex ThisDay = Compile(
        @"^(?:this (?:statement|announcement|decision|declaration|letter|communiqu[eé]|notification)|today|now)$"
    );

    // "six months from today", "a year from now": counted from the text's own day whatever word governs it.
    private static readonly Regex FromToday = Interpret(@"^(?:today|now)" + E, RegexOptions.IgnoreCase);

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
    /// The periods after an event of one sentence. Adds to <paramref name="afterEvent"/> where each was read, so that
    /// a duration over the same words is not read twice.
    /// </summary>
    private static IEnumerable<DeadlineFact> PeriodsAfterEvent(
        Scope s,
        List<(int Start, int End, FactDate? Date)> afterEvent,
        List<Basis>? bases
    )
    {
        var text = s.Text;
        var sentence = s.Sentence;
        var slice = s.Slice;
        var here = s.Here;
        var subject = s.Subject;
        var due = s.Due;
        var dates = s.Dates;
        var stated = s.Stated;
        var published = s.Published;
        foreach (Match m in PeriodAfter.Matches(slice))
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
            // "the effective date of withdrawal will be six months from today": the day of the statement.
            else if (m.Groups["rel"].Value == "from" && FromToday.Match(m.Groups["ev"].Value) is { Success: true } ft)
            {
                kind = ft.Value.ToLowerInvariant();
                evEnd = m.Groups["ev"].Index + ft.Length;
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
            var resolved = Resolve(s.DatingEntry(of), kind, offset)
                ?? FromThisDay(kind, offset, published)
                ?? FromThatDate(kind, offset, dates, at)
                ?? EntryByItsPeriod(s.EntryOf(of), kind, dueKind, effect, m.Groups["ev"].Value);
            if (resolved is null && ThatDate.IsMatch(kind))
                continue;
            // "within seven years of its entry into force, which came on December 5, 1994", "thirty years after the
            // treaty was opened for signature, in September 1996": the date beside the event is the event's own day,
            // not the one the period gives. Without a deadline word, a period already run out by publication is time
            // elapsed ("thirty years after …, patience is not a strategy"), not a deadline.
            // The event dated in a clause of its own ("…, which came on December 5, 1994") gives the period its start
            // where the catalog does not.
            if (near is not null && resolved is null && EventDated.IsMatch(text[end..near.Range.Start]))
                resolved = new FactDate(
                    offset.Add(near.Date),
                    near.Precision,
                    "relative",
                    $"{offset.Iso} after {kind} as the text dates it ({near.Date:yyyy-MM-dd})"
                );
            if (near is not null && resolved is not null && IsEventDay(near, resolved, offset))
            {
                if (!strong && !effect.Success && published is { } pub && resolved.Date <= pub)
                    continue;
                near = null;
            }
            // A dateline's date is the day of the report, not the one the period gives.
            if (
                (before ?? near) is { } said
                && Dateline.IsMatch(text[s.RawLineStart(said.Range.Start)..said.Range.Start])
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
            // "shall enter into force on 22 January 2021, in accordance with its article 15, which says that it shall
            // enter into force 90 days after the fiftieth instrument …": the period gives the very day a deadline of
            // the sentence stated before it; it is that date's basis, not a second deadline of the same day.
            if (
                before is null
                && near is null
                && bases is not null
                && resolved is { Precision: DatePrecision.Day } day
                && dates.LastOrDefault(d =>
                    d.Range.End <= at
                    && d.Precision == DatePrecision.Day
                    && d.Date == day.Date
                    && stated.Any(x => x.Start < d.Range.End && d.Range.Start < x.End)
                )
                    is { } same
            )
            {
                bases.Add(new Basis(same.Range, new RelativeDate(kind, offset.Iso), at, end));
                afterEvent.Add((m.Index, evEnd, day));
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
            yield return s.Make(
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
    }
}
