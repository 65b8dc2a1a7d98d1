using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// What surrounds a statement: the outlet it was said to (in its clauses, its paragraph or earlier), its date
/// (stated, the meeting it followed, a citation, the lead's day) and its place.
/// </summary>
internal sealed partial class StatementExtractor
{
    // "in Los Cabos, Mexico", "at Geneva": capitalised words after "in" or "at", optionally ", Country".
    [GeneratedRegex(
        @"(?<![\w-])(?:in|at)[\s\u00A0]+(?<place>[A-Z][\w.'-]*(?:[\s\u00A0]+[A-Z][\w.'-]*)*"
            + @"(?:,[\s\u00A0]+[A-Z][\w'-]*(?:[\s\u00A0]+[A-Z][\w'-]*)*)?)"
    )]
    private static partial Regex PlacePhrase();

    /// <summary>
    /// The day the lead paragraph reports ("VIENNA, May 4 (Reuters) -", "Russia on Wednesday vetoed …"): the first
    /// day-precise date of the first paragraph of prose before the first quotation, when it falls in the week
    /// before publication (an older date in the lead is background, not the news of the day).
    /// </summary>
    private static FactDate? LeadDate(
        string text,
        IReadOnlyList<TextRange> paragraphs,
        int firstQuoted,
        DateOnly? published,
        out TextRange sentence
    )
    {
        sentence = default;
        if (published is not { } pub)
            return null;
        for (int p = 1; p < Math.Min(firstQuoted + 1, Math.Min(paragraphs.Count, 5)); p++)
        {
            var para = paragraphs[p];
            if (text[para.End - 1] is not ('.' or ':') || WordCount(text, para) < 8)
                continue;
            var days = Dates.Find(text, para, published).Where(d => d.Precision == DatePrecision.Day).ToList();
            // "… seen on Saturday, Dec. 2, 2017 … Ruiz said in an interview on Tuesday.": a photo caption run into
            // the lead names a day too; the lead's day is the one told with someone speaking (a speech verb within
            // a few words of it), else the first.
            var sentences = TextStructure.Sentences(text, para);
            TextRange SentenceOf(DateMatch d) => sentences.LastOrDefault(s => s.Start <= d.Range.Start, para);
            var d = days.FirstOrDefault(x => SpokenOn(text, x)) ?? days.FirstOrDefault();
            if (d is null || d.Date > pub || d.Date < pub.AddDays(-7))
                return null;
            sentence = SentenceOf(d);
            return DayNamedBy(text, d, "the day the lead paragraph reports");
        }
        return null;
    }

    // "said in an interview on Tuesday", "on Friday told reporters", "on May 2 published figures": a verb of speaking
    // or issuing words within 60 characters before or after a day, in its line.
    private static readonly Regex SpokenNear = PhraseBook.Interpret(
        @"(?<![\w-])(?:said|says|told|announced|stated|declared|added|wrote|warned|stressed|noted|published|issued|"
            + @"released|reported)(?![\w-])"
    );

    // "MOSCOW, October 16. /TASS/.", "Vienna, Nov. 13, (dpa) –": a place in capitals (or a capitalised place and a
    // comma) opening the line, then the day.
    private static readonly Regex DatelinePlace = PhraseBook.Interpret(
        @"^[^\S\n]*(?:[\w-]+ [\d-]+ )?[A-Z][A-Za-z .'\u2019-]{1,30}(?: \([^)\n]{1,30}\))?,[^\S\n]*$"
    );

    private static bool Dateline(string text, DateMatch d)
    {
        int lineStart = d.Range.Start == 0 ? 0 : text.LastIndexOf('\n', d.Range.Start - 1) + 1;
        return d.Range.Start - lineStart <= 50 && DatelinePlace.IsMatch(text[lineStart..d.Range.Start]);
    }

    private static bool SpokenOn(string text, DateMatch d)
    {
        int from = Math.Max(0, d.Range.Start - 60);
        int to = Math.Min(text.Length, d.Range.End + 60);
        foreach (Match v in SpokenNear.Matches(text[from..to]))
        {
            var between =
                v.Index < d.Range.Start - from
                    ? text.AsSpan(from + v.Index, d.Range.Start - from - v.Index)
                    : text.AsSpan(d.Range.End, from + v.Index - d.Range.End);
            if (!between.ContainsAny(".\n\"\u201C\u201D"))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Where the text names a day of the week before publication, other than the publication day itself ("on
    /// Friday", "June 17"): a quotation after it with no day of its own may have been said that day.
    /// </summary>
    private static List<int> RecentDays(List<DateMatch> named, DateOnly? published)
    {
        if (published is not { } pub)
            return [];
        return named
            .Where(d => d.Precision == DatePrecision.Day && d.Date < pub && d.Date >= pub.AddDays(-7))
            .Select(d => d.Range.Start)
            .ToList();
    }

    /// <summary>
    /// The outlet: in the quotation's own clauses, then later in its paragraph, then a citation in the
    /// following paragraphs up to the next quotation (a news digest cites at the end of a run of paragraphs). With
    /// the outlet, the class of reading that found it (StatementReading).
    /// </summary>
    private (OutletRef? Outlet, string? Way) FindOutlet(
        string text,
        Quotation quote,
        List<TextRange> clauses,
        TextRange para,
        IReadOnlyList<TextRange> paragraphs,
        int p,
        DateOnly? published,
        List<SpeakerRef> speakers
    )
    {
        foreach (var c in clauses)
            if (outlets.Any(text, c, published) is { } o)
                return (o, "clause");
        var rest = new TextRange(quote.Marks.End, para.End);
        if (outlets.Citation(text, rest, published) is { } cited)
            return (cited, "paragraph-citation");
        // "… reversible," Peskov said. Ryabkov, speaking to Interfax, …: an outlet after another person is theirs.
        if (
            outlets.Reporting(text, rest) is { } inPara
            && !actors
                .Find(text, new TextRange(quote.Marks.End, Math.Max(quote.Marks.End, inPara.Span.Start)), published)
                .Any(m => m.IsPerson && !speakers.Any(s => s.Slug == (m.Actor?.Slug ?? Slugs.Kebab(m.Name!))))
        )
            return (inPara, "paragraph-reporting");
        for (int k = p + 1; k < paragraphs.Count; k++)
        {
            if (Quotations.Find(text, paragraphs[k]).Count > 0)
                break;
            if (outlets.Citation(text, paragraphs[k], published) is { } later)
                return (later, "later-citation");
        }
        return (null, null);
    }

    /// <summary>
    /// "Ryabkov told the TASS news agency that …. “…,” Ryabkov said.": the nearest sentence before the
    /// quotation in its paragraph that names an outlet, when its speaker is this quotation's speaker.
    /// </summary>
    private OutletRef? OutletEarlier(
        string text,
        TextRange before,
        List<SpeakerRef> speakers,
        DateOnly? published,
        IReadOnlyList<ActorMention> all,
        IReadOnlyDictionary<string, string> surnames
    )
    {
        if (before.Length == 0)
            return null;
        var sentences = TextStructure.Sentences(text, before);
        for (int k = sentences.Count - 1; k >= 0; k--)
        {
            if ((outlets.Reporting(text, sentences[k]) ?? outlets.Anaphor(text, sentences[k])) is not { } o)
                continue;
            var who = FindSpeakers(text, sentences[k], published, all, surnames, fromEnd: false)?.Speakers;
            // "Xie Feng went further in an interview with the Financial Times. \"…,\" he said": no speech verb, but
            // the one person named before the outlet is the one who spoke to it.
            who ??= actors
                .Find(text, new TextRange(sentences[k].Start, o.Span.Start), published, surnames)
                .Where(m => m.IsPerson && m.Resolution is not ("pronoun" or "title"))
                .Select(m => Resolve(text, m, all))
                .OfType<SpeakerRef>()
                .DistinctBy(s => s.Slug)
                .ToList()
                is [var one]
                ? [one]
                : null;
            return who is not null && who.Any(s => speakers.Any(x => x.Slug == s.Slug)) ? o : null;
        }
        return null;
    }

    private static readonly Regex AfterMeeting = PhraseBook.Compile(
        PhraseBook.B + "after (?:his|her|their|the|a) (?<kind>meeting|talks|summit)" + PhraseBook.E,
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// "Obama said after his meeting with Putin": the words were said the day of that meeting, when the text dates
    /// a meeting of the speaker's elsewhere.
    /// </summary>
    private static FactDate? AfterEvent(
        string text,
        List<TextRange> clauses,
        List<SpeakerRef> speakers,
        IReadOnlyList<EventFact> events
    )
    {
        foreach (var c in clauses)
        {
            var m = AfterMeeting.Match(text, c.Start, c.Length);
            if (!m.Success)
                continue;
            var kind = m.Groups["kind"].Value.ToLowerInvariant();
            var e = events.FirstOrDefault(e =>
                (e.Kind == kind || kind == "talks" || e.Kind == "meeting")
                && e.Participants.Any(p => speakers.Any(s => s.Slug == p.Slug))
            );
            if (e is null)
                continue;
            return new FactDate(
                e.Date.Date,
                e.Date.Precision,
                "event",
                $"the day of the {e.Kind} the words followed (\"{TextStructure.Normalize(m.Value)}\"), "
                    + "dated in the text"
            );
        }
        return null;
    }

    private static FactDate? StatementDate(string text, List<TextRange> clauses, OutletRef? outlet, DateOnly? published)
    {
        foreach (var c in clauses)
        {
            // The date inside "(Outlet, June 19)" is the report's, handled below as a citation date.
            var d = Dates
                .Find(text, c, published)
                .FirstOrDefault(d =>
                    d.Precision == DatePrecision.Day
                    && !(outlet is not null && d.Range.Start >= outlet.Span.Start && d.Range.End <= outlet.Span.End)
                );
            if (d is not null)
                return new FactDate(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);
        }
        if (outlet?.Date is { } cited)
            return new FactDate(cited, DatePrecision.Day, "citation", $"date of the cited report ({outlet.Label})");
        return published is { } pub
            ? new FactDate(
                pub,
                DatePrecision.Day,
                "publication",
                "no date in the text; publication date of the document"
            )
            : null;
    }

    private string? Place(string text, TextRange clause)
    {
        foreach (Match m in PlacePhrase().Matches(text.Substring(clause.Start, clause.Length)))
        {
            var place = TextStructure.Normalize(m.Groups["place"].Value).TrimEnd('.');
            var first = place.Split(' ', ',')[0];
            if (Dates.Find(place, new TextRange(0, place.Length), new DateOnly(2000, 1, 1)).Count > 0)
                continue;
            if (
                actors.Find(place, new TextRange(0, first.Length), null).Any(a => a.Actor?.Kind is "person" or "outlet")
            )
                continue;
            return place;
        }
        return null;
    }

    /// <summary>A statement's date taken from a day the text names elsewhere, with the words that name it.</summary>
    private static FactDate DayNamedBy(string text, DateMatch d, string what) =>
        new(
            d.Date,
            d.Precision,
            d.Relative ? "relative" : "stated",
            $"{what} (\"{TextStructure.Normalize(text[d.Range.Start..d.Range.End])}\")"
        );
}
