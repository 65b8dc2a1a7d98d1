using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Speaker resolution: a mention to the speaker it stands for (a role to the person who holds it, "the
/// ministry" to the ministry named, a pronoun to the nearest compatible person), and bare surnames of people
/// named in full.
/// </summary>
internal sealed partial class StatementExtractor
{
    private static readonly HashSet<string> PersonRoles = new(
        PhraseBook.PersonRoleReferences.Select(p => p.Text),
        StringComparer.Ordinal
    );

    /// <summary>
    /// The surname, or family name, by which each person named in full and not in the catalog is referred to later.
    /// </summary>
    private static Dictionary<string, string> Surnames(string text, IReadOnlyList<ActorMention> allMentions)
    {
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in allMentions.Where(m => m.Actor is null && m.Kind == "person").Select(m => m.Name!))
            surnames.TryAdd(name.Split(' ')[^1], name);
        // "Guo Jiakun … Guo said", "Lee Min-jae … Lee told": Chinese and Korean names put the family name first. A
        // first word that is no known given name and is not an ordinary word written in lower case elsewhere in
        // the text ("Will", "Mark") stands for the person too, unless it is someone else's surname.
        foreach (var name in allMentions.Where(m => m.Actor is null && m.Kind == "person").Select(m => m.Name!))
        {
            var words = name.Split(' ');
            var family = words[0];
            if (
                words.Length is 2 or 3
                && family.Length >= 2
                && char.IsUpper(family[0])
                && family.Skip(1).All(char.IsLower)
                && (
                    KoreanGivenName(words)
                    || (!PhraseBook.MaleGivenNames.Contains(family) && !PhraseBook.FemaleGivenNames.Contains(family))
                )
                && !ProperNames.IsTitleWord(family)
                && !ContainsWord(text, family.ToLowerInvariant())
            )
                surnames.TryAdd(family, name);
        }
        return surnames;
    }

    // "Kim Seong-ho", "Lee Min-jae": a hyphenated given name in lower case after the hyphen follows a Korean
    // family name, which is the name used alone later ("Kim said") though it is also an English given name.
    private static bool KoreanGivenName(string[] words) =>
        words.Length == 2
        && words[1].IndexOf('-') is var h and > 1
        && h < words[1].Length - 2
        && words[1][(h + 1)..].All(char.IsLower);

    /// <summary>
    /// The mentions with every later bare surname of an uncatalogued person named in full ("Zotov" after "Gennady
    /// Zotov"), so that a pronoun after "Zotov said" stands for Zotov and not for someone named before him.
    /// </summary>
    private static IReadOnlyList<ActorMention> WithSurnames(
        string text,
        IReadOnlyList<ActorMention> all,
        Dictionary<string, string> surnames
    )
    {
        if (surnames.Count == 0)
            return all;
        var result = all.ToList();
        var confident = all.Where(m => m.Actor is null && m.Confident && m.Name is not null)
            .Select(m => m.Name!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (surname, full) in surnames)
        {
            if (surname.Length < 3 || !char.IsUpper(surname[0]))
                continue;
            for (
                int i = text.IndexOf(surname, StringComparison.Ordinal);
                i >= 0;
                i = text.IndexOf(surname, i + surname.Length, StringComparison.Ordinal)
            )
            {
                var r = new TextRange(i, i + surname.Length);
                if (
                    (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-'))
                    || (r.End < text.Length && (char.IsLetterOrDigit(text[r.End]) || text[r.End] == '-'))
                    || all.Any(m => m.Range.Overlaps(r))
                )
                    continue;
                // A pronoun may stand for the bare surname when the full name read as a person's (a title, an
                // apposition, a first word that is no ordinary word of the text) or the surname speaks here ("Lyle
                // said"); "Why India" in a headline makes no "India" inside a quotation a person's name.
                bool sure =
                    confident.Contains(full)
                    || SurnameSpeaks.IsMatch(text, r.End)
                    || !ContainsWord(text, full.Split(' ')[0].ToLowerInvariant());
                result.Add(new ActorMention(r, null, "uncatalogued", full, "person", sure));
            }
        }
        result.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return result;
    }

    // "by US President Joe Biden", "with Ana Ruiz": a preposition, perhaps a title of capitalised words, then the
    // name.
    // A lower-case word before the preposition: "Minister of Foreign Affairs Aibek Sarsenov" is a title. Spaces
    // only within the line, and no word ending a sentence ("… planned for Vienna.\n\nThurlow said").
    private static readonly Regex ObjectOfPreposition = new(
        @"(?<=(?:^|[\s(])[a-z]+[ \u00A0]|,[ \u00A0])(?:by|with|to|from|for|against|of|about)[ \u00A0]+"
            + @"(?:the[ \u00A0]+)?"
            + @"(?:(?:(?:[A-Z]\.)+|[A-Z][\w'\u2019-]*)[ \u00A0]+){0,3}\G",
        RegexOptions.RightToLeft | RegexOptions.CultureInvariant
    );

    private static readonly Regex SurnameSpeaks = PhraseBook.Interpret(
        @"\G,? (?:said|says|told|tells|added|adds|asked|replied|wrote|writes|warned|argued|insisted|noted|"
            + @"stressed|explained)(?![\w-])"
    );

    private static bool InsideQuotation(string text, int at)
    {
        int start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        int end = text.IndexOf('\n', at);
        foreach (var q in Quotations.Find(text, new TextRange(start, end < 0 ? text.Length : end)))
            if (q.Inner.Start <= at && at < q.Inner.End)
                return true;
        return false;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (
            int i = text.IndexOf(word, StringComparison.Ordinal);
            i >= 0;
            i = text.IndexOf(word, i + 1, StringComparison.Ordinal)
        )
        {
            int end = i + word.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                return true;
        }
        return false;
    }

    private static bool Compatible(string name, bool she)
    {
        var given = name.Split(' ')[0];
        return she ? !PhraseBook.MaleGivenNames.Contains(given) : !PhraseBook.FemaleGivenNames.Contains(given);
    }

    private static bool Possessive(string text, ActorMention m) =>
        m.Range.End + 1 < text.Length && text[m.Range.End] is '\'' or '\u2019' && text[m.Range.End + 1] == 's';

    private static bool KnownGender(string name, bool she) =>
        (she ? PhraseBook.FemaleGivenNames : PhraseBook.MaleGivenNames).Contains(name.Split(' ')[0]);

    private static readonly Regex ParagraphBreak = PhraseBook.Interpret(
        @"\n[\x20\t\r\u00A0]*\n",
        RegexOptions.RightToLeft
    );

    private static readonly Regex RoleNoun = PhraseBook.Compile(
        @"(?<![\w-])(?:"
            + ProperNames.RoleNouns
            + @"|historian|author|scholar|fellow|reporter|inspector|scientist|engineer|officer|veteran|source|"
            + @"witness|survivor|participant)s?(?![\w-])",
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// Whether a paragraph break lies between a pronoun's antecedent and the pronoun, and the pronoun's paragraph
    /// names a person's role before it ("ambassador", "a former negotiator"): then the pronoun most likely stands
    /// for that person, whom the recognisers could not name.
    /// </summary>
    private static bool SomeoneElseIntroduced(string text, int antecedentEnd, int pronoun)
    {
        var brk = ParagraphBreak.Match(text, antecedentEnd, pronoun - antecedentEnd);
        if (!brk.Success)
            return false;
        int start = brk.Index + brk.Length;
        // A role inside quotation marks ("…proposed by Chinese President Xi," she said) introduces no one.
        foreach (Match role in RoleNoun.Matches(text.Substring(start, pronoun - start)))
            if (!InsideQuotation(text, start + role.Index))
                return true;
        return false;
    }

    /// <summary>
    /// "One veteran inspector looked back. '…,' she said": a source the text does not name ("a senior diplomat",
    /// "one veteran inspector"), introduced in the pronoun's own paragraph as the only person there, is who the
    /// pronoun stands for. Any other person in that paragraph before the pronoun leaves it unsure.
    /// </summary>
    private static SpeakerRef? UnnamedIntroduced(
        string text,
        IReadOnlyList<ActorMention> all,
        ActorMention m,
        string said
    )
    {
        var brk = ParagraphBreak.Match(text, 0, m.Range.Start);
        int start = brk.Success ? brk.Index + brk.Length : 0;
        var people = all.Where(x => x.Range.Start >= start && x.Range.End <= m.Range.Start && x.IsPerson).ToList();
        if (people is not [{ Actor: null, Confident: false, Name: { } name } one] || !Unnamed.IsMatch(name))
            return null;
        return new SpeakerRef(Slugs.Kebab(name), name, said, "pronoun", "person");
    }

    // "A report released on Tuesday by the Arms Control Association": a document and, within a few words, who made it.
    private static readonly Regex MadeBy = new(
        @"(?<![\w-])(?<noun>report|study|statement|communiqu[eé]|declaration|paper)"
            + @"(?:[\s\u00A0]+[\w-]+){0,5}?[\s\u00A0]+by[\s\u00A0]+(?:the[\s\u00A0]+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase
    );

    /// <summary>
    /// "the report says" after "a report released on Tuesday by the Arms Control Association": the organisation
    /// named as making the last document of that kind before the mention speaks through it.
    /// </summary>
    private static SpeakerRef? Publisher(string text, IReadOnlyList<ActorMention> all, string noun, int before)
    {
        if (noun.Length < 5 || !text.AsSpan(0, before).Contains(" by ", StringComparison.Ordinal))
            return null;
        SpeakerRef? found = null;
        foreach (Match d in MadeBy.Matches(text[..before]))
        {
            if (!d.Groups["noun"].Value.Equals(noun, StringComparison.OrdinalIgnoreCase))
                continue;
            int at = d.Index + d.Length;
            var org = all.FirstOrDefault(x => x.Range.Start == at && x.IsOrganisation);
            if (org?.Actor is { } a)
                found = new SpeakerRef(a.Slug, a.Name, a.Name, "reference", a.Kind);
            else if (org?.Name is { } name)
                found = new SpeakerRef(Slugs.Kebab(name), name, name, "reference", "organization");
        }
        return found;
    }

    // "the statement by the High Representative …", "a communiqué issued by the ministry": who made it, right after.
    private static readonly Regex ByAfter = PhraseBook.Interpret(
        @"\G(?: (?:issued|released|published|signed))? (?:by|from|of) (?:the )?"
    );

    /// <summary>
    /// "\"…,\" read the statement by the High Representative Josep Borrell": a document followed by who made it
    /// is that person's or body's words.
    /// </summary>
    private static SpeakerRef? Author(string text, IReadOnlyList<ActorMention> all, ActorMention m)
    {
        if (ByAfter.Match(text, m.Range.End) is not { Success: true } by)
            return null;
        int at = by.Index + by.Length;
        var maker = all.FirstOrDefault(x =>
            x.Range.Start >= at
            && x.Range.Start - at <= 25
            && (x.IsPerson || x.IsOrganisation || x.Actor?.Kind == "state")
            && x.Resolution is not ("pronoun" or "pair" or "body")
        );
        if (maker is null || text.AsSpan(at, maker.Range.Start - at).ContainsAny(",.;\n\"\u201C\u201D"))
            return null;
        if (maker.Actor is { } a)
            return new SpeakerRef(a.Slug, a.Name, a.Name, "reference", a.Kind);
        return maker.Name is { } name
            ? new SpeakerRef(Slugs.Kebab(name), name, name, "reference", maker.Kind ?? "organization")
            : null;
    }

    private static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement",
        "communique",
        "communiqué",
        "release",
    };

    // "… the Russian mission to the United Nations said." then "\"…,\" the statement said": a speech verb a few
    // words after the issuer, in its sentence.
    private static readonly Regex IssuerSaid = PhraseBook.Interpret(
        @"\G[^.;!?""\u201C\u201D\n]{0,40}?(?<![\w-])(?:said|says|announced|stated|declared)(?![\w-])"
    );

    private static readonly Regex AfterPreposition = PhraseBook.Interpret(
        @"(?<![\w-])(?:to|of|for|at|in|from|with|by|on) (?:the )?\G",
        RegexOptions.RightToLeft
    );

    /// <summary>
    /// "The ministry said on Tuesday that …. '…,' the statement said": the statement is the words of the body or
    /// person named speaking in the sentences just before it (the last one, within a few hundred characters).
    /// </summary>
    private static SpeakerRef? StatementIssuer(
        string text,
        IReadOnlyList<ActorMention> all,
        string head,
        ActorMention m
    )
    {
        if (!StatementNouns.Contains(head))
            return null;
        // Each name before the reference, with where the speech verb after it ends (-1: none).
        var said = all.Where(x =>
                x.Range.End <= m.Range.Start
                && m.Range.Start - x.Range.End <= 400
                && x.Resolution is not ("pronoun" or "pair" or "body")
                && (x.IsOrganisation || x.IsPerson || x.Actor?.Kind == "state")
            )
            .Select(x =>
                (Mention: x, Verb: IssuerSaid.Match(text, x.Range.End) is { Success: true } v ? v.Index + v.Length : -1)
            )
            .Where(x => x.Verb >= 0 && x.Verb <= m.Range.Start && !InsideQuotation(text, x.Mention.Range.Start))
            .ToList();
        // "the Norwegian mission to the United Nations said" with the mission unread: a name after a preposition
        // is not who issued it, and no one else is named as speaking.
        said.RemoveAll(x => AfterPreposition.IsMatch(text, x.Mention.Range.Start));
        if (said.Count == 0)
            return null;
        // "the Russian mission to the United Nations said": the first name before that verb is its subject.
        var issuer = said.First(x => x.Verb == said[^1].Verb).Mention;
        if (text.AsSpan(issuer.Range.End, m.Range.Start - issuer.Range.End).Contains("\n\n", StringComparison.Ordinal))
            return null;
        if (issuer.Actor is { } a)
            return new SpeakerRef(a.Slug, a.Name, a.Name, "reference", a.Kind);
        return issuer.Name is { } name
            ? new SpeakerRef(Slugs.Kebab(name), name, name, "reference", issuer.Kind ?? "organization")
            : null;
    }

    private static readonly Regex Unnamed = new(@"^(?:a|an|one|A|An|One) ", RegexOptions.CultureInvariant);

    // Roles one person holds by title (the role, not a description of the person): a reference by one of them
    // stands only for someone named with it.
    private static readonly HashSet<string> HeadTitles = new(StringComparer.Ordinal)
    {
        "president",
        "chief",
        "director general",
        "spokesperson",
        "spokesman",
        "spokeswoman",
    };

    /// <summary>The role a body mention names: its last word, or "director general" and the like whole.</summary>
    private static string RoleHead(string name)
    {
        var words = name.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1].Equals("general", StringComparison.OrdinalIgnoreCase)
            ? words[^2].ToLowerInvariant() + " general"
            : name.Split(' ')[^1];
    }

    /// <summary>Whether text[start..end] holds the role as whole words, hyphens read as spaces
    /// ("Director-General" holds "director general").</summary>
    private static bool HoldsWord(string text, int start, int end, string role)
    {
        var span = text[start..end].Replace('-', ' ');
        for (int i = span.IndexOf(role, StringComparison.OrdinalIgnoreCase); i >= 0; )
        {
            int e = i + role.Length;
            if ((i == 0 || !char.IsLetter(span[i - 1])) && (e == span.Length || !char.IsLetter(span[e])))
                return true;
            i = span.IndexOf(role, i + 1, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>
    /// The one person named before <paramref name="m"/> with the role in their title: within the 80 characters
    /// before the name in its line ("Foreign Ministry spokesperson Li Wen", "Director General of the agency, Lena
    /// Marsh") or in an apposition after it ("Li Wen, a spokesperson for …"); null when none or several.
    /// </summary>
    private static SpeakerRef? RoleHolder(string text, IReadOnlyList<ActorMention> all, ActorMention m, string role)
    {
        var holders = new List<ActorMention>();
        foreach (var x in all)
        {
            if (x.Range.End > m.Range.Start)
                break;
            if (!x.IsPerson || x.Resolution is "pronoun" or "pair" || (x.Actor is null && x.Name is null))
                continue;
            int from = Math.Max(0, x.Range.Start - 80);
            int lineStart = text.LastIndexOfAny(['\n', '.', '"', '\u201C', '\u201D'], Math.Max(0, x.Range.Start - 1));
            from = Math.Max(from, lineStart + 1);
            int to = Math.Min(text.Length, x.Range.End + 80);
            int stop = text.IndexOfAny(['\n', '"', '\u201C', '\u201D', ';'], x.Range.End);
            if (stop >= 0)
                to = Math.Min(to, stop);
            // The apposition after the name counts only when set off by a comma ("Li Wen, spokesperson of …").
            bool apposed = x.Range.End < text.Length && text[x.Range.End] == ',';
            // "the agency chief": the chief of a body is its head, whatever the title ("Director General Lena
            // Marsh", "Secretary-General", "head of the agency").
            // A spokesman, spokeswoman, spokesperson or press secretary is one role, whichever word the text uses.
            string[] titles = role switch
            {
                "chief" => ["chief", "director general", "secretary general", "head"],
                "spokesman" or "spokeswoman" or "spokesperson" =>
                [
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "press secretary",
                ],
                _ => [role],
            };
            if (
                titles.Any(t =>
                    HoldsWord(text, from, x.Range.End, t)
                    || (apposed && HoldsWord(text, x.Range.End, Math.Max(x.Range.End, to), t))
                )
            )
                holders.Add(x);
        }
        var outside = holders.Where(x => !InsideQuotation(text, x.Range.Start)).ToList();
        if (outside.Count == 0)
            return null;
        if (outside.Select(x => x.Actor?.Slug ?? Slugs.Kebab(x.Name!)).Distinct().Count() != 1)
            return null;
        var one = outside[^1];
        var mention = TextStructure.Normalize(text[m.Range.Start..m.Range.End]);
        return one.Actor is { } a
            ? new SpeakerRef(a.Slug, a.Name, mention, "reference", a.Kind)
            : new SpeakerRef(Slugs.Kebab(one.Name!), one.Name!, mention, "reference", "person");
    }

    private static SpeakerRef? Resolve(string text, ActorMention m, IReadOnlyList<ActorMention> all)
    {
        var mention = TextStructure.Normalize(text[m.Range.Start..m.Range.End]);
        if (m.Resolution == "pair")
            return null; // resolved to the pair it stands for, or to no one
        if (m.Actor is { } a)
            return new SpeakerRef(a.Slug, a.Name, mention, m.Resolution, a.Kind);
        if (m.Resolution == "body")
        {
            // "the ministry said": the last organisation named whose name holds the noun ("Foreign Ministry");
            // "the alliance": the last organisation named. Otherwise the body as the text names it.
            var head = RoleHead(m.Name!);
            // "the senior Russian diplomat said", "the envoy added": a person's role stands for the person named
            // shortly before it (wire copy names the speaker, then varies the reference), when only one is.
            bool spokesperson = head.ToLowerInvariant() is "spokesperson" or "spokesman" or "spokeswoman";
            if (PersonRoles.Contains(head.ToLowerInvariant()) || spokesperson)
            {
                // "a senior European negotiator said … the negotiator said": the last person named with that role.
                var holder = all.LastOrDefault(x =>
                    x.Range.End <= m.Range.Start
                    && m.Range.Start - x.Range.End <= 600
                    && x.IsPerson
                    && HoldsWord(text, x.Range.Start, x.Range.End, head)
                );
                if (holder?.Actor is { } held)
                    return new SpeakerRef(held.Slug, held.Name, mention, "reference", held.Kind);
                if (holder?.Name is { } heldName)
                    return new SpeakerRef(Slugs.Kebab(heldName), heldName, mention, "reference", "person");
            }
            // (Not for a head's title, "the president", "the chief": the one person near it may be anyone else.)
            if (PersonRoles.Contains(head.ToLowerInvariant()) && !HeadTitles.Contains(head.ToLowerInvariant()))
            {
                var people = all.Where(x =>
                        x.Range.End <= m.Range.Start
                        && m.Range.Start - x.Range.End <= 600
                        && x.IsPerson
                        && x.Resolution != "title"
                    )
                    .ToList();
                if (people.Select(x => x.Actor?.Slug ?? x.Name).Distinct().Count() == 1)
                {
                    var person = people[^1];
                    if (person.Actor is { } who)
                        return new SpeakerRef(who.Slug, who.Name, mention, "reference", who.Kind);
                    return new SpeakerRef(Slugs.Kebab(person.Name!), person.Name!, mention, "reference", "person");
                }
            }
            // "President Tomas Varga spoke on Friday. … \"…,\" the president said", "Foreign Ministry spokesperson
            // Li Wen … the spokesperson said": further back, the one person the text names with that role (in the
            // title before the name or the apposition after it); two of them leave who speaks unsure.
            if (
                (PersonRoles.Contains(head.ToLowerInvariant()) || spokesperson)
                && RoleHolder(text, all, m, head.ToLowerInvariant()) is { } h
            )
                return h;
            var named = all.LastOrDefault(x =>
                x.Range.End <= m.Range.Start
                && x.IsOrganisation
                && (
                    head.Equals("alliance", StringComparison.OrdinalIgnoreCase)
                        ? x.Actor is not null || (x.Name ?? "").Contains("Organization", StringComparison.Ordinal)
                        : (x.Name ?? x.Actor?.Name ?? "").Contains(head, StringComparison.OrdinalIgnoreCase)
                )
            );
            if (named?.Actor is { } org)
                return new SpeakerRef(org.Slug, org.Name, mention, "reference", org.Kind);
            if (named?.Name is { } orgName)
                return new SpeakerRef(Slugs.Kebab(orgName), orgName, mention, "reference", "organization");
            if (Author(text, all, m) is { } author)
                return author with { Mention = mention };
            if (Publisher(text, all, head, m.Range.Start) is { } publisher)
                return publisher with { Mention = mention };
            if (StatementIssuer(text, all, head, m) is { } issuer)
                return issuer with { Mention = mention };
            // "the diplomat said" with no one of that role named before: a person the text does not name here, not
            // a body called "the diplomat"; who speaks is unsure.
            if (PersonRoles.Contains(head.ToLowerInvariant()))
                return null;
            return new SpeakerRef(Slugs.Kebab(m.Name!), m.Name!, mention, "body", "organization");
        }
        if (m.Name is { } unknown)
            return new SpeakerRef(Slugs.Kebab(unknown), unknown, mention, "uncatalogued", m.Kind ?? "person");
        if (m.Resolution != "pronoun")
            return null;
        // "she said": the last person named before it, catalogued or not; a bare title ("the president") is not
        // a person named.
        bool she = mention.Equals("she", StringComparison.OrdinalIgnoreCase);
        var candidates = all.Where(x =>
                x.Range.End <= m.Range.Start
                && x.IsPerson
                && x.Resolution != "title"
                && (x.Actor is not null || x.Confident)
                && Compatible(x.Actor?.Name ?? x.Name!, she)
            )
            .ToList();
        // "'If the big powers test, India should not be the last,' he said": a name inside quotation marks is what
        // someone speaks about, not who speaks next.
        // (Only the nearest names are looked at: a name inside quotation marks further back is never the nearest.)
        while (candidates.Count > 0 && InsideQuotation(text, candidates[^1].Range.Start))
            candidates.RemoveAt(candidates.Count - 1);
        // "Peskov said President Putin's offer still stood. '…,' he said": a name in the possessive modifies a
        // noun and is not who speaks next, when someone else is there to be the antecedent.
        if (candidates.Any(x => !Possessive(text, x)))
            candidates.RemoveAll(x => Possessive(text, x));
        var antecedent = candidates.LastOrDefault();
        // "Dr. Elena Marchetti … Professor Ruud Jansen … she said": the nearest name's gender is unknown and an
        // earlier one in the same paragraph is known to fit; who "she" is stays unsure.
        if (
            antecedent is not null
            && !KnownGender(antecedent.Actor?.Name ?? antecedent.Name!, she)
            && candidates.Any(x =>
                KnownGender(x.Actor?.Name ?? x.Name!, she)
                && (x.Actor?.Slug ?? x.Name) != (antecedent.Actor?.Slug ?? antecedent.Name)
                && antecedent.Range.Start - x.Range.End < 600
                && !text.AsSpan(x.Range.End, m.Range.Start - x.Range.End).Contains("\n\n", StringComparison.Ordinal)
            )
        )
            return null;
        // "China's envoy, Xie Feng, spoke to the paper. '…,' he said" with the envoy's name unread: the pronoun's
        // own paragraph introduces someone before it, so a person of an earlier paragraph is not who speaks.
        if (antecedent is not null && SomeoneElseIntroduced(text, antecedent.Range.End, m.Range.Start))
            return UnnamedIntroduced(text, all, m, mention);
        if (antecedent is null)
            return UnnamedIntroduced(text, all, m, mention);
        // "Arias spoke after a statement by President Biden. '…,' he said": the nearest name is the object of a
        // preposition and someone else of the pronoun's kind was named shortly before; who speaks is unsure.
        if (
            ObjectOfPreposition.IsMatch(text, antecedent.Range.Start)
            && all.Any(x =>
                x.Range.End <= antecedent.Range.Start
                && antecedent.Range.Start - x.Range.End < 600
                && x.IsPerson
                && x.Resolution is not ("pronoun" or "title")
                && (x.Actor?.Slug ?? x.Name) != (antecedent.Actor?.Slug ?? antecedent.Name)
                && Compatible(x.Actor?.Name ?? x.Name!, she)
                && !InsideQuotation(text, x.Range.Start)
            )
        )
            return null;
        if (antecedent?.Actor is { } p)
            return new SpeakerRef(p.Slug, p.Name, mention, "pronoun", p.Kind);
        return antecedent?.Name is { } name
            ? new SpeakerRef(Slugs.Kebab(name), name, mention, "pronoun", "person")
            : null;
    }
}
