using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Transcripts: a briefing or an interview printed as turns, each line opening with its speaker's label
/// ("QUESTION: …", "MR. LANE: …", "MS. ORLOVA: …", "Ana Ruiz: …"). What follows the label of a person named in
/// the text or the catalog is that person's words, verbatim; the turns of labels that name nobody (QUESTION, Q,
/// MODERATOR, the outlet's initials) are the interviewer's and are not statements.
/// </summary>
internal sealed partial class StatementExtractor
{
    // At the start of a line: an optional courtesy title, then one to four capitalised words, a colon and the turn.
    // Spaces inside the label are written out as [ \u00A0], not the phrase book's whitespace token: a label never
    // runs across a line break. Interpreted: it runs anchored at line starts only.
    private static readonly Regex TurnLabel = new(
        @"\G(?<courtesy>(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.?[ \u00A0])?"
            + @"(?<label>[A-Z][\p{L}'\u2019.-]*(?:[ \u00A0][A-Z][\p{L}'\u2019.-]*){0,3}):[ \t\u00A0]+(?=\S)",
        RegexOptions.CultureInvariant
    );

    // "We spoke to her at the centre on 18 September", "she was interviewed on Monday", "in an interview on
    // 3 May": the sentence that says when the interview took place.
    private static readonly Regex InterviewCue = PhraseBook.Interpret(
        PhraseBook.B
            + @"(?:(?:spoke|talked|speaking|talking) (?:to|with)|interviewed|(?:an|the|this|our) interview|"
            + @"(?:briefing|conversation) (?:took place|was held|was recorded))"
            + PhraseBook.E,
        RegexOptions.IgnoreCase
    );

    private static readonly Regex AnonymousLabel = new(
        @"^(?:[A-Z][\w.]* ){1,4}(?:"
            + string.Join('|', PhraseBook.AnonymousRoles.Select(r => char.ToUpperInvariant(r.Text[0]) + r.Text[1..]))
            + ")$",
        RegexOptions.CultureInvariant
    );

    /// <summary>A turn: <see cref="Courtesy"/> when the label had "MR."/"MS." (a person, named or not).</summary>
    private sealed record Turn(TextRange Label, TextRange Words, string LabelText, bool Courtesy);

    /// <summary>
    /// The labelled turns of a transcript: only when at least two lines after the headline open with a label, so
    /// that a headline or a lone "Note: …" is not read as one.
    /// </summary>
    private static List<Turn> Turns(string text, IReadOnlyList<TextRange> paragraphs)
    {
        var turns = new List<Turn>();
        for (int p = 1; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            int open = turns.Count;
            for (int line = para.Start; line < para.End; )
            {
                int nl = text.IndexOf('\n', line, para.End - line);
                int lineEnd = nl < 0 ? para.End : nl;
                var m = TurnLabel.Match(text, line, lineEnd - line);
                if (m.Success && !Heading(text, para, lineEnd))
                {
                    // A turn wrapped over several lines runs on to the next label or the paragraph's end.
                    if (turns.Count > open)
                        turns[^1] = Until(text, turns[^1], line);
                    turns.Add(
                        new Turn(
                            new TextRange(line, line + m.Length),
                            new TextRange(line + m.Length, lineEnd),
                            m.Groups["label"].Value,
                            m.Groups["courtesy"].Success
                        )
                    );
                }
                line = lineEnd + 1;
            }
            if (turns.Count > open)
                turns[^1] = Until(text, turns[^1], para.End);
        }
        return turns.Count >= 2 ? turns : [];

        // "New START: lighter but still intrusive", "Chemical weapons: the exception": a paragraph of one line
        // that ends no sentence is a section heading of an article, not a speaker's turn.
        static bool Heading(string text, TextRange para, int lineEnd)
        {
            if (
                text.AsSpan(para.Start, lineEnd - para.Start).Trim().Contains('\n')
                || (lineEnd < para.End && !text.AsSpan(lineEnd, para.End - lineEnd).IsWhiteSpace())
            )
                return false;
            int k = lineEnd;
            while (k > para.Start && char.IsWhiteSpace(text[k - 1]))
                k--;
            return k > para.Start
                && text[k - 1] is not ('.' or '?' or '!' or ':' or ';' or '\u2026' or '"' or '\u201D' or ')' or ']')
                && text[k - 1] is not ('\u2014' or '\u2013' or '-');
        }

        static Turn Until(string text, Turn turn, int end)
        {
            while (end > turn.Words.Start && char.IsWhiteSpace(text[end - 1]))
                end--;
            return turn with { Words = new TextRange(turn.Words.Start, end) };
        }
    }

    /// <summary>
    /// The person a label names: "NWOSU" is read as "Nwosu" and resolved like a name in prose, through the catalog
    /// or an uncatalogued person named in full earlier in the text. A label that names no one person gives none.
    /// </summary>
    private SpeakerRef? TurnSpeaker(
        string labelText,
        bool courtesy,
        DateOnly? published,
        IReadOnlyDictionary<string, string> surnames
    )
    {
        var label = labelText.Any(char.IsLower)
            ? labelText
            : string.Join(
                ' ',
                labelText
                    .Split(' ', '\u00A0')
                    .Select(w => w.Length <= 1 || w.Contains('.') ? w : w[0] + w[1..].ToLowerInvariant())
            );
        // "SENIOR STATE DEPARTMENT OFFICIAL:": a briefing by a source the text does not name, by role.
        if (AnonymousLabel.IsMatch(label))
            return new SpeakerRef(Slugs.Kebab(label), label, labelText, "uncatalogued");
        var people = actors
            .Find(label, new TextRange(0, label.Length), published, surnames)
            .Where(m => m.IsPerson && m.Resolution != "pronoun" && m.Resolution != "title")
            .ToList();
        if (people.Count != 1 || people[0].Range.End != label.Length)
        {
            // "MS. HALVORSEN:" with no full name in the text: the courtesy title says it is a person, named by
            // surname only.
            return courtesy && !label.Contains(' ', StringComparison.Ordinal) && label.Length >= 3
                ? new SpeakerRef(Slugs.Kebab(label), label, labelText, "uncatalogued")
                : null;
        }
        var who = people[0];
        if (who.Actor is { } a)
            return new SpeakerRef(a.Slug, a.Name, labelText, "name", a.Kind);
        return who.Name is { } name ? new SpeakerRef(Slugs.Kebab(name), name, labelText, "uncatalogued") : null;
    }

    /// <summary>
    /// The day of the interview, from a sentence before the first turn or quotation that says when it took place;
    /// only a day up to two months before publication (an older date there is background).
    /// </summary>
    private static FactDate? InterviewDate(
        string text,
        IReadOnlyList<TextRange> paragraphs,
        int before,
        DateOnly? published
    )
    {
        if (published is not { } pub)
            return null;
        foreach (var para in paragraphs)
        {
            if (para.Start >= before)
                break;
            foreach (var s in TextStructure.Sentences(text, para))
            {
                if (!InterviewCue.IsMatch(text[s.Start..s.End]))
                    continue;
                var d = Dates.Find(text, s, published).FirstOrDefault(d => d.Precision == DatePrecision.Day);
                if (d is null || d.Date > pub || d.Date < pub.AddDays(-62))
                    continue;
                return DayNamedBy(text, d, "the day of the interview");
            }
        }
        return null;
    }

    /// <summary>
    /// The outlet that conducted the interview, from a sentence before the first turn that names an interview and an
    /// outlet ("gave a long interview to Kommersant"). A publication printing its own interview names none.
    /// </summary>
    private OutletRef? InterviewOutlet(string text, IReadOnlyList<TextRange> paragraphs, int before)
    {
        for (int p = 1; p < paragraphs.Count && paragraphs[p].Start < before; p++)
            foreach (var s in TextStructure.Sentences(text, paragraphs[p]))
            {
                if (s.End > before)
                    return null;
                if (
                    text.AsSpan(s.Start, s.Length).Contains("interview", StringComparison.OrdinalIgnoreCase)
                    && outlets.Reporting(text, s) is { } o
                )
                    return o;
            }
        return null;
    }

    /// <summary>The statements of a transcript's turns, each dated by the interview when the text says when.</summary>
    // "Entry Into Force: June 1, 2003" in a fact sheet: a label and its value, not a turn of speech.
    private static bool OnlyADate(string text, TextRange words, DateOnly? published)
    {
        var said = text[words.Start..words.End].Trim().TrimEnd('.');
        return Dates
            .Find(text, words, published ?? new DateOnly(2000, 1, 1))
            .Any(d => d.Range.End - d.Range.Start >= said.Length - 2);
    }

    private List<StatementFact> TranscriptStatements(
        string text,
        string documentId,
        IReadOnlyList<Turn> turns,
        FactDate? interview,
        DateOnly? published,
        IReadOnlyDictionary<string, string> surnames,
        Dictionary<string, Explanation> explain,
        OutletRef? outlet
    )
    {
        var result = new List<StatementFact>();
        foreach (var turn in turns)
        {
            if (
                WordCount(text, turn.Words) < 3
                || OnlyADate(text, turn.Words, published)
                || TurnSpeaker(turn.LabelText, turn.Courtesy, published, surnames) is not { } who
            )
                continue;
            var words = text[turn.Words.Start..turn.Words.End];
            var id = FactIds.Make("st", documentId, words);
            var date = interview
                ?? (
                    published is { } pub
                        ? new FactDate(
                            pub,
                            DatePrecision.Day,
                            "publication",
                            "no date in the text; publication date of the document"
                        )
                        : null
                );
            var read = new StatementFact(
                id,
                words,
                [who],
                date,
                null,
                outlet,
                Span.Of(text, turn.Words.Start, turn.Words.End),
                Span.Of(text, turn.Label.Start, turn.Label.End)
            );
            var reading = new StatementReading(
                SpeakerClass("transcript", [who]),
                date is null ? null : (interview is null ? "publication" : "interview/" + date.Basis),
                outlet is null ? null : "transcript",
                read
            )
            {
                Features = ["place=transcript"],
            };
            explain.TryAdd(
                id,
                new Explanation("transcript-turn", TextStructure.Normalize(turn.LabelText) + ":") { Reading = reading }
            );
            result.Add(Abridged(read, reading, inheritsWithheld: false));
        }
        return result;
    }
}
