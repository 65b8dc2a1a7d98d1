using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Documents that speak: an article or treaty by its name, a declaration by its noun ("the declaration
/// brands …"), a communiqué opening the clause, and a signature line under a statement quoted whole.
/// </summary>
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// A signature line after a statement quoted whole: an organisation alone at the start of the paragraph,
    /// after a dash or not ("— Ministry of Foreign Affairs of the Russian Federation, Moscow, 18 December 2021").
    /// </summary>
    private Attribution? Signature(string text, TextRange para, DateOnly? published)
    {
        int lineEnd = text.IndexOf('\n', para.Start, para.Length);
        var line = new TextRange(para.Start, lineEnd < 0 ? para.End : lineEnd);
        int start = line.Start;
        while (start < line.End && (text[start] is '\u2014' or '\u2013' or '-' || char.IsWhiteSpace(text[start])))
            start++;
        if (line.Length > 160 || start == line.End)
            return null;
        var orgs = ProperNames.Organisations(text, new TextRange(start, line.End));
        if (orgs.Count == 0 || orgs[0].Range.Start != start)
            return null;
        // Only the name, then a place or date: a sentence is not a signature.
        var rest = text[orgs[0].Range.End..line.End].Trim();
        if (text[line.End - 1] is '.' or '!' or '?' or ':' || SpeechVerb.IsMatch(rest))
            return null;
        var (range, name) = orgs[0];
        var speaker = new SpeakerRef(Slugs.Kebab(name), name, name, "uncatalogued", "organization");
        return new Attribution([speaker], line, range, "signed");
    }

    // "In a joint statement issued on Friday, the ministers said": a document opening the clause, then a speech verb.
    private static readonly Regex DocumentOpening = PhraseBook.Compile(
        @"\G(?:In|in) (?:a|an|the|their|its) (?:(?:joint|final|closing|separate|written) )?"
            + @"(?<doc>communiqu[eé]|statement|declaration)(?![\w-])[^""\u201C\u201D;]{0,80}?, "
            + @"[^""\u201C\u201D;,]{0,40}?(?<verb>said|stated|declared|added|warned|urged|noted)(?![\w-])"
    );

    // A document that is quoted: an article ("Article IV of the Treaty on …"), a treaty by its capitalised name, or
    // a document by its noun ("the declaration", "a final document", "The draft final document", "That article");
    // then perhaps an apposition or "that", then a document verb. Or "under Article I, parties undertake …", or
    // "according to the draft, …".
    private const string DocumentNoun =
        @"(?:(?:draft|final|joint|closing|outcome|political|summit|leaders'|leaders\u2019) ){0,3}"
        + @"(?:declaration|document|communiqu[eé]|resolution|draft|statement|text|report|protocol|convention|"
        + @"agreement|accord|treaty|article|charter|memorandum)";

    private const string DocumentSubject =
        @"(?<doc>Article [IVXLC]+"
        + @"(?: of (?:the )?[A-Z][^.;""\u201C\u201D]{0,160}?| of the (?:treaty|convention|protocol|agreement))?|"
        + @"(?:[A-Z][\w'\u2019-]* ){1,6}(?:Treaty|Convention|Protocol|Declaration)(?: of \d{4})?|"
        + @"(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir) "
        + DocumentNoun
        + ")";

    // "The declaration adopted by the conference urges …": a participle naming who made the document, between it
    // and its verb.
    private const string DocumentMadeBy =
        @"(?: (?:adopted|issued|agreed|approved|released|published|signed|endorsed)"
        + @"(?: [^,.;""\u201C\u201D]{1,60}?)?)?";

    private static readonly Regex DocumentFrame = PhraseBook.Compile(
        PhraseBook.B
            + "(?:"
            + DocumentSubject
            + DocumentMadeBy
            + @"(?:,[^,.;""\u201C\u201D]{1,80},)?(?:,? which| that)? (?:also |still |explicitly |had |has )?(?<verb>"
            + PhraseBook.Any(PhraseBook.DocumentVerbs)
            + @")|(?<verb>undertake|undertook|commit|committed|agree|agreed)"
            + @",? [Uu]nder (?<doc>Article [IVXLC]+)|"
            + @"[Uu]nder (?<doc>Article [IVXLC]+)(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)?"
            + @",? (?:[\w'\u2019-]+ ){1,4}?(?<verb>undertake|undertook|commit|committed|agree|agreed)|"
            + @"(?<verb>[Aa]ccording to) (?<doc>the "
            + DocumentNoun
            + "),)"
            + PhraseBook.E
    );

    private static readonly Regex OfYear = new(@" of \d{4}$", RegexOptions.CultureInvariant);

    private static readonly Regex ArticleName = new(@"Article [IVXLC]+(?![\w-])", RegexOptions.RightToLeft);

    /// <summary>
    /// "Article I prohibits …", "states commit under Article VI to …", "the declaration brands …": the document
    /// whose words these are.
    /// </summary>
    private static Attribution? DocumentSpeaker(string text, TextRange clause)
    {
        var m = DocumentFrame.Match(text, clause.Start, clause.Length);
        if (!m.Success)
            return null;
        var doc = m.Groups["doc"];
        var mention = TextStructure.Normalize(doc.Value);
        var name = mention;
        // "The Outer Space Treaty of 1967": the treaty by its name.
        if (OfYear.Match(name) is { Success: true } year)
            name = name[..year.Index];
        if (
            name.StartsWith("The ", StringComparison.Ordinal)
            && name.Split(' ') is { Length: > 2 } named
            && char.IsUpper(named[^1][0])
        )
            name = name[4..];
        if (name.StartsWith("Article ", StringComparison.Ordinal))
            name = string.Join(' ', name.Split(' ')[..2]);
        else if (!char.IsUpper(name.Split(' ')[^1][0]))
        {
            // "a final document" is the final document; "that article" is the article named last before it.
            var words = name.Split(' ');
            name = "the " + string.Join(' ', words[1..]);
            if (words[^1] == "article")
                name = ArticleName.Match(text, 0, doc.Index) is { Success: true } article ? article.Value : name;
        }
        var speaker = new SpeakerRef(Slugs.Kebab(name), name, mention, "body", "document");
        return new Attribution(
            [speaker],
            clause,
            new TextRange(m.Index, m.Index + m.Length),
            TextStructure.Normalize(m.Groups["verb"].Value)
        );
    }
}
