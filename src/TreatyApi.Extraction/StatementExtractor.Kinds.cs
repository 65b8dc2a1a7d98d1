using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Structural features of a quotation and of how its speaker was found, each a "dimension=value" string
/// (<see cref="StatementReading.Features"/>): the kind of quoted text (a full sentence or a fragment, how many
/// words, where it stands: a list item, a caption, a heading, a statement quoted across paragraphs) and the shape
/// of the attribution (a speech verb in the quotation's sentence or not, other people named there, another
/// quotation in the same frame, the speaker named in the sentence, carried on, or further away). The bench grades
/// each value over every set; a value weak on real reporting is a reason for doubt (StatementExtractor.Doubts).
/// </summary>
internal sealed partial class StatementExtractor
{
    // A line that is a photo caption or a link to another story, not reporting: "Photo: …", "Read more: …",
    // "(File photo)", "Image credit".
    private static readonly Regex CaptionLine = new(
        @"^[\s\u00A0]*(?:\(?(?:file )?photo\b|image\b|picture\b|read (?:more|also)\b|see also\b|related\b|watch\b|"
            + @"credit\b|caption\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
    );

    private static readonly Regex BulletStart = new(
        @"^[ \t]*(?:[\u2022\u00B7*\u2013-]|\d+[.)])[ \t]",
        RegexOptions.CultureInvariant
    );

    // Words that name what follows rather than report anyone saying it: "the so-called \"…\"", "a missile dubbed
    // \"…\"", "the phrase \"…\"".
    private static readonly Regex NamingFrame = new(
        @"(?<![\w-])(?:so-called|dubbed|known as|nicknamed|code-?named|termed|the (?:term|word|words|phrase|slogan|"
            + @"motto|hashtag|label|heading|title|headline)|labell?ed|branded|billed as)[\s\u00A0]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
    );

    // Two or more capitalised words opening a sentence, then a comma, just before a mention: "… talks. Jonas
    // Vaitkus, " (not "In Vilnius, ", "In an interview with the Financial Times, ").
    private static readonly Regex AfterCapitalisedWord = new(
        @"(?:[.!?:][""\u201D]?[ \u00A0]+|\n[ \t]*)"
            + @"(?!(?:In|At|On|From|With|For|By|After|Before|During|Earlier|Later|The|But|And|Asked|Speaking|"
            + @"Meanwhile)\b)"
            + @"(?:\p{Lu}[\p{L}'\u2019.-]*[ \u00A0]+)+\p{Lu}[\p{L}'\u2019-]*,[ \u00A0]*$",
        RegexOptions.CultureInvariant
    );

    /// <summary>The features of one quotation as read (see the class summary).</summary>
    private static List<string> Features(
        string text,
        Quoted quoted,
        TextRange para,
        TextRange before,
        TextRange after,
        Attribution? attribution,
        List<SpeakerRef> speakers,
        IReadOnlyList<ActorMention> all,
        int words
    )
    {
        var quote = quoted.Quote;
        var inner = text.AsSpan(quote.Inner.Start, quote.Inner.Length);
        var features = new List<string>(8);
        bool sentence = inner.Length > 0 && (char.IsUpper(inner[0]) || char.IsDigit(inner[0]));
        features.Add("form=" + (sentence ? "sentence" : "fragment"));
        features.Add(
            "words="
                + words switch
                {
                    <= 3 => "1-3",
                    <= 9 => "4-9",
                    _ => "10+",
                }
        );
        features.Add("place=" + Place(text, quoted, para));
        // A name in quotation marks: after a naming word, or a short text with its longer words capitalised, no
        // sentence's end and no punctuation setting it off from the sentence it runs on in ("the \"Annual
        // Compliance Report\" next month"; not "\"Each Party shall,\" the text reads").
        bool naming = NamingFrame.IsMatch(text[Math.Max(para.Start, quote.Marks.Start - 40)..quote.Marks.Start]);
        bool titled = words <= 6 && TitleCased(text[quote.Inner.Start..quote.Inner.End]) && !SetOff(text, quote);
        features.Add(
            "name="
                + (
                    naming ? "frame"
                    : titled ? "titlecase"
                    : "no"
                )
        );
        // The frame: the sentence or sentences the quotation stands in (its clause before and sentence after, when
        // the sentence splitter cut inside the marks).
        int from = before.Length > 0 ? before.Start : quote.Marks.Start;
        int to = after.Length > 0 ? after.End : quote.Marks.End;
        foreach (var s in TextStructure.Sentences(text, para))
            if (s.Start < quote.Marks.End && s.End > quote.Marks.Start)
                (from, to) = (Math.Min(from, s.Start), Math.Max(to, s.End));
        bool verb =
            (before.Length > 0 && SpeechVerb.Match(text, before.Start, before.Length).Success)
            || (after.Length > 0 && SpeechVerb.Match(text, after.Start, after.Length).Success);
        features.Add("verb=" + (verb ? "yes" : "no"));
        // Another quotation in the same frame: "X called it \"a\" and \"b\"", "\"…,\" she said, calling it \"…\"".
        bool shared = Quotations
            .Find(text, new TextRange(from, to))
            .Any(q => q.Marks.Start != quote.Marks.Start && q.Marks.End != quote.Marks.End);
        features.Add("shared=" + (shared ? "yes" : "no"));
        if (speakers.Count == 0)
            return features;
        var slugs = speakers.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        bool others = all.Any(m =>
            m.Range.Start >= from
            && m.Range.End <= to
            && (m.Range.End <= quote.Marks.Start || m.Range.Start >= quote.Marks.End)
            && m.IsPerson
            && m.Resolution is not ("pronoun" or "pair")
            && !slugs.Contains(m.Actor?.Slug ?? Slugs.Kebab(m.Name ?? ""))
            && !(attribution is { } a && m.Range.Start >= a.Evidence.Start && m.Range.End <= a.Evidence.End)
        );
        features.Add("others=" + (others ? "yes" : "no"));
        string distance =
            attribution is null ? "carried"
            : attribution.Speakers.All(s => s.Resolution == "continuation") ? "carried"
            : attribution.Evidence.Start < to && attribution.Evidence.End > from ? "sentence"
            : "away";
        features.Add("distance=" + distance);
        var kinds = speakers.Select(s => s.Kind).Distinct().Order(StringComparer.Ordinal);
        features.Add("speaker=" + string.Join('+', kinds));
        if (attribution is not null && InsideQuotation(text, attribution.Evidence.Start))
            features.Add("in-quote=yes");
        // "Jonas Vaitkus, a Lithuanian defence adviser, said": an unnamed source set after a capitalised word and a
        // comma stands in apposition to a name the recognisers may have missed (letters they do not read).
        if (attribution is not null && speakers.Any(s => Unnamed.IsMatch(s.Name)))
        {
            var unnamed = speakers.First(s => Unnamed.IsMatch(s.Name)).Name;
            // The mention itself, or the one a pronoun after it stands for ("an adviser, said … he said").
            int end = Math.Max(0, attribution.Evidence.End - 1);
            int at = text.LastIndexOf(unnamed, end, StringComparison.Ordinal);
            bool appos = at > 2 && AfterCapitalisedWord.IsMatch(text[Math.Max(0, at - 80)..at]);
            features.Add("unnamed=" + (appos ? "apposition" : "alone"));
        }
        return features;
    }

    /// <summary>Where the quotation stands: a list item, a caption or "Read more" line, a heading (a short line
    /// that ends no sentence), a statement quoted across paragraphs, or the body.</summary>
    private static string Place(string text, Quoted quoted, TextRange para)
    {
        if (quoted.First != quoted.Last)
            return "across";
        int lineStart = text.LastIndexOf('\n', Math.Max(0, quoted.Quote.Marks.Start - 1)) + 1;
        if (lineStart < para.Start)
            lineStart = para.Start;
        int lineEnd = text.IndexOf('\n', quoted.Quote.Marks.Start);
        if (lineEnd < 0 || lineEnd > para.End)
            lineEnd = para.End;
        var line = text[lineStart..lineEnd];
        if (BulletStart.IsMatch(line))
            return "list";
        if (CaptionLine.IsMatch(line))
            return "caption";
        var trimmed = line.TrimEnd();
        if (
            trimmed.Length > 0
            && trimmed.Length <= 120
            && trimmed[^1] is not ('.' or '!' or '?' or ':' or ',' or ';' or '"' or '\u201D')
        )
            return "heading";
        return "body";
    }
}
