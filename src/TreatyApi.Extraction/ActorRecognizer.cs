using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// An actor named in the text. <see cref="Resolution"/> says how: "name" (an alias), "title" (a role held on
/// the date, such as "the U.S. leader"), or "pronoun" (he/she, left for the caller to resolve: Actor is null).
/// </summary>
/// An uncatalogued person has no Actor but a <see cref="Name"/> and Resolution "uncatalogued".
/// <see cref="Kind"/> is "person", "organization" or "body" ("the alliance", "the final document") when Actor is null.
/// <see cref="Confident"/>: an uncatalogued person's name stood after a title or before an apposition ("Helena
/// Marsh, a senior fellow"), so a pronoun may stand for it.
public sealed record ActorMention(
    TextRange Range,
    ActorEntry? Actor,
    string Resolution,
    string? Name = null,
    string? Kind = null,
    bool Confident = false
)
{
    public bool IsPerson => Actor?.Kind == "person" || (Actor is null && Kind == "person");
    public bool IsOrganisation => Actor?.Kind == "organization" || (Actor is null && Kind == "organization");
}

public sealed class ActorRecognizer
{
    private readonly Catalog _catalog;
    private readonly Regex _names;
    private readonly Regex _roleNouns;
    private readonly Regex _qualifierBefore;
    private readonly Dictionary<string, ActorEntry> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorEntry> _byQualifier = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _roleByNoun = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Regex Surname = new(
        // Capitals and small letters with diacritics too ("Üzümcü", "Şahin"), as ProperNames reads the full name.
        @"(?<![\w-])[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][a-z\u00DF-\u00F6\u00F8-\u017F]+"
            + @"(?:-[A-Z][a-z\u00E0-\u00FF]+)?(?![\w-])",
        RegexOptions.Compiled
    );
    private static readonly Regex Pronoun = PhraseBook.Compile(
        PhraseBook.B + PhraseBook.Any(PhraseBook.Pronouns) + PhraseBook.E
    );

    // "a senior European diplomat", "one Western envoy", "a spokesperson for the French foreign ministry": a source
    // the text does not name, read whole (article, qualifiers, role, whom it speaks for) and taken as said.
    private static readonly Regex Anonymous = PhraseBook.Compile(
        @"(?<![\w-])(?:a|an|one|A|An|One)"
            + @"(?: (?:senior|junior|top|former|high-ranking|leading|long-serving|veteran|retired|alliance|"
            + @"diplomatic|government|military|administration|"
            + @"defense|defence|intelligence|security|foreign|ministry|western|European|congressional|"
            + @"parliamentary|delegation|embassy|mission|"
            + @"[A-Z][\w.'\u2019-]*)){0,3} "
            + PhraseBook.Any(PhraseBook.AnonymousRoles)
            + @"(?: (?:for|of|at|from) (?:the )?[A-Z][\w.'\u2019-]*"
            + @"(?: [A-Z][\w.'\u2019-]*){0,3}(?: (?:foreign |defence |defense )?(?:ministry|department|office|"
            + @"government|delegation|mission|embassy))?"
            // "a source in the defence industry", "an official familiar with the talks": who the source is, read
            // whole, so that the speaker is not a bare "a source".
            + @"| (?:in|inside|within|close to|familiar with) the (?:[a-z-]+ ){0,2}(?:industry|ministry|government|"
            + @"military|delegation|administration|sector|agency|talks|negotiations|leadership|team|matter|"
            + @"discussions|presidency|secretariat))?(?![\w-])"
    );

    // "the senior Russian diplomat", "the deputy minister": a role with qualifiers, read as a body that a
    // statement resolves to the person named before it.
    private static readonly Regex QualifiedRole = PhraseBook.Compile(
        @"(?<![\w-])(?:the|The)"
            // "the IAEA chief", "the agency chief": an acronym or the body's noun qualifies the role too.
            + @"(?: (?:senior|top|high-ranking|deputy|veteran|agency|alliance|ministry|[A-Z][a-z]+|[A-Z]{2,6})){1,3} "
            + PhraseBook.Any(PhraseBook.PersonRoleReferences)
            + @"(?![\w-])"
    );
    private static readonly Regex Bodies = PhraseBook.Compile(
        PhraseBook.B + "(?i:" + PhraseBook.Any(PhraseBook.SpeakingBodies) + ")" + PhraseBook.E
    );

    private static readonly Regex StateBody = PhraseBook.Interpret(
        @"\G['\u2019]s (?:(?:foreign|defence|defense|interior|foreign affairs|nuclear energy) )?"
            + "(?:ministry|embassy|mission|delegation|government|foreign office|military|parliament|presidency|"
            + "foreign ministry|atomic energy agency|nuclear agency|security council)(?![\\w-])"
    );

    // "the foreign ministries of Britain, France and Germany", "the governments of Mexico and Ireland": a body of
    // several states, named with them, speaks as one. Literal cue: the plural noun and "of".
    private static readonly Regex StatesBody = PhraseBook.Compile(
        @"(?<![\w-])(?:(?:foreign|defence|defense) )?(?:ministries|ministers|governments|delegations|leaders) of "
            + @"(?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}"
            + @"(?:, (?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})*"
            + @",? and (?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}(?![\w-])"
    );

    // "NATO foreign ministers", "G7 leaders", "Nordic defence ministers": the members of a group speaking as one,
    // named with it. Runs only where the plural noun (its literal cue) is in the range.
    private static readonly Regex GroupMembers = PhraseBook.Compile(
        @"(?<![\w.'\u2019-])(?:[A-Z][A-Z0-9]{1,5}|European|Arab|Nordic|Baltic|Gulf|Western|Allied) "
            + @"(?:(?:foreign|defence|defense|finance|energy) )?(?:ministers|leaders)(?![\w-])"
    );

    // "the Russian mission to the EU", "the Chinese foreign ministry": a state's adjective before a body in lower
    // case. The body noun is the cue; the adjective is read backwards from it.
    private static readonly Regex AdjectiveBody = PhraseBook.Compile(
        @"(?<![\w-])(?:(?:foreign|defence|defense) )?(?:ministry|embassy|mission|delegation|government)"
            + @"(?: (?:to|in|at) (?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})?(?![\w-])"
            // "a Russian delegation official": the person who serves it speaks, not the body.
            + "(?! (?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|member|head|chief|aide))"
    );
    private static readonly Regex AdjectiveBefore = PhraseBook.Interpret(
        @"(?<![\w-])(?<adj>[A-Z][a-z]+) \G",
        RegexOptions.RightToLeft
    );

    // "the two delegations", "both governments": the pair named just before, resolved by the statement reader.
    private static readonly Regex Pair = PhraseBook.Compile(
        @"(?<![\w-])(?:(?:the|The) (?:two|three|four|five)|[Bb]oth) (?:delegations|governments|countries|ministers|"
            + @"ministries|leaders|sides|states|allies|presidents|foreign ministers)(?![\w-])"
    );

    private readonly HashSet<string> _stateAdjectives = new(StringComparer.Ordinal);

    public ActorRecognizer(Catalog catalog)
    {
        _catalog = catalog;
        foreach (var a in catalog.Actors.Where(a => a.Kind == "state"))
            _stateAdjectives.UnionWith(a.Adjectives.Where(j => j.Length > 2 && char.IsUpper(j[0])));
        foreach (var a in catalog.Actors)
        foreach (var alias in a.Aliases.Append(a.Name))
            _byAlias.TryAdd(TextStructure.Normalize(alias), a);
        _names = new Regex(@"(?<![\w-])(?:" + Alternation(_byAlias.Keys) + @")(?![\w-])", RegexOptions.Compiled);

        // What may stand before a role noun: a state's adjective ("U.S.", "Russian"), its name ("Russia's"),
        // or a person ("Putin spokesman").
        foreach (var a in catalog.Actors.Where(a => a.Kind is "state" or "person" or "organization"))
        {
            foreach (var adj in a.Adjectives)
                _byQualifier.TryAdd(adj, a);
            foreach (var alias in a.Aliases)
            {
                _byQualifier.TryAdd(alias + "'s", a);
                _byQualifier.TryAdd(alias + "\u2019s", a);
            }
            if (a.Kind == "person")
                foreach (var alias in a.Aliases)
                    _byQualifier.TryAdd(alias, a);
        }
        foreach (var (role, nouns) in catalog.RoleNouns)
        foreach (var n in nouns)
            _roleByNoun.TryAdd(n, role);
        // A title is "[the] QUALIFIER ROLE". Role nouns are few and qualifiers many (every alias and adjective), so
        // find the role nouns first and then read the qualifier backwards from each: one regex over "qualifier then
        // role" tried the huge qualifier alternation at every capital letter, and was most of extraction's time.
        _roleNouns = new Regex(
            @"(?<![\w-])(?i:" + Alternation(_roleByNoun.Keys) + @")(?![\w-])",
            RegexOptions.Compiled
        );
        _qualifierBefore = new Regex(
            @"(?<![\w-])(?:(?i:the)[\s\u00A0]+)?(?<q>" + Alternation(_byQualifier.Keys) + @")[\s\u00A0]+\G",
            RegexOptions.RightToLeft
        ); // interpreted: run once per role noun, anchored; compiling cost start-up only
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join(
            '|',
            words
                .OrderByDescending(w => w.Length)
                .Select(w => Regex.Escape(w).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal))
        );

    /// <summary>Actors named in a range; titles resolve to whoever held the role on <paramref name="on"/>.</summary>
    /// <param name="surnames">Surname → full name of uncatalogued people already named in the document,
    /// so that "Ryabkov" after "Sergei Ryabkov" is the same person.</param>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<ActorMention> Find(
        string text,
        TextRange within,
        DateOnly? on,
        IReadOnlyDictionary<string, string>? surnames = null
    )
    {
        var slice = text.Substring(within.Start, within.Length);
        var titles = new List<ActorMention>();
        var free = 0; // titles do not overlap: a qualifier may not reach back into the title before it
        foreach (Match r in _roleNouns.Matches(slice))
        {
            var q = _qualifierBefore.Match(slice, r.Index);
            if (!q.Success || q.Index < free)
                continue;
            var of = _byQualifier[TextStructure.Normalize(q.Groups["q"].Value)];
            var role = _roleByNoun[TextStructure.Normalize(r.Value)];
            titles.Add(
                new ActorMention(
                    new TextRange(within.Start + q.Index, within.Start + r.Index + r.Length),
                    Holder(role, of.Slug, on),
                    "title"
                )
            );
            free = r.Index + r.Length;
        }
        var names = new List<ActorMention>();
        foreach (Match m in _names.Matches(slice))
        {
            var r = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
            if (titles.Any(t => t.Range.Overlaps(r)))
                continue;
            names.Add(new ActorMention(r, _byAlias[TextStructure.Normalize(m.Value)], "name"));
        }
        // Organisations the catalog does not know ("Iran's Foreign Ministry"): they hold a state named inside them.
        foreach (var (range, name) in ProperNames.Organisations(text, within))
        {
            if (
                titles.Any(t => t.Range.Overlaps(range))
                || names.Any(n =>
                    n.Range.Overlaps(range) && (n.Actor?.Kind != "state" || n.Range.Length >= range.Length)
                )
            )
                continue;
            names.RemoveAll(n => n.Range.Overlaps(range));
            names.Add(new ActorMention(range, null, "uncatalogued", name, "organization"));
        }
        // "Russia's foreign ministry", "China's delegation": a state in the possessive before a body in lower case is
        // that body speaking, not the state.
        for (int k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Actor?.Kind != "state" || StateBody.Match(text, n.Range.End) is not { Success: true } body)
                continue;
            var range = new TextRange(n.Range.Start, body.Index + body.Length);
            if (range.End > within.End)
                continue;
            names[k] = new ActorMention(
                range,
                null,
                "uncatalogued",
                TextStructure.Normalize(text[range.Start..range.End]),
                "organization"
            );
        }
        foreach (Match m in StatesBody.Matches(slice))
        {
            var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
            names.RemoveAll(n => n.Range.Overlaps(range));
            names.Add(new ActorMention(range, null, "uncatalogued", TextStructure.Normalize(m.Value), "organization"));
        }
        if (
            slice.Contains("ministers", StringComparison.Ordinal) || slice.Contains("leaders", StringComparison.Ordinal)
        )
            foreach (Match m in GroupMembers.Matches(slice))
            {
                var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
                if (titles.Any(t => t.Range.Overlaps(range)))
                    continue;
                names.RemoveAll(n => n.Range.Overlaps(range));
                names.Add(
                    new ActorMention(range, null, "uncatalogued", TextStructure.Normalize(m.Value), "organization")
                );
            }
        foreach (Match m in AdjectiveBody.Matches(slice))
        {
            var adj = AdjectiveBefore.Match(slice, m.Index);
            if (!adj.Success || !_stateAdjectives.Contains(adj.Groups["adj"].Value))
                continue;
            var range = new TextRange(within.Start + adj.Index, within.Start + m.Index + m.Length);
            if (titles.Any(t => t.Range.Overlaps(range)))
                continue;
            names.RemoveAll(n => n.Range.Overlaps(range));
            names.Add(
                new ActorMention(
                    range,
                    null,
                    "uncatalogued",
                    TextStructure.Normalize(text[range.Start..range.End]),
                    "organization"
                )
            );
        }
        // People the catalog does not know, when nothing catalogued stands where they stand.
        var taken = titles.Select(t => t.Range).Concat(names.Select(n => n.Range)).ToList();
        foreach (var (range, name, confident) in ProperNames.Find(text, within))
        {
            var at = range;
            // "Chinese Foreign Ministry Spokesperson Mao Ning": the title overlaps the organisation read before it;
            // the name after the title is still the person's.
            if (taken.Any(r => r.Overlaps(at)))
            {
                var own = new TextRange(range.End - name.Length, range.End);
                if (
                    own.Start <= range.Start
                    || !text.AsSpan(own.Start, own.Length).SequenceEqual(name)
                    || taken.Any(r => r.Overlaps(own))
                )
                    continue;
                at = own;
            }
            names.Add(new ActorMention(at, null, "uncatalogued", name, "person", confident));
            taken.Add(at);
        }
        // "the agency chief", "the ministry spokesperson": a qualified role is read before a body it starts with.
        foreach (Match m in QualifiedRole.Matches(slice))
        {
            var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
            if (
                titles.Any(t => t.Range.Overlaps(range))
                || taken.Any(r => r.Overlaps(range))
                || names.Any(n => n.Range.Overlaps(range))
            )
                continue;
            names.Add(new ActorMention(range, null, "body", TextStructure.Normalize(m.Value), "body"));
            taken.Add(range);
        }
        foreach (Match m in Bodies.Matches(slice))
        {
            var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
            if (taken.Any(r => r.Overlaps(range)) || names.Any(n => n.Range.Overlaps(range)))
                continue;
            names.Add(new ActorMention(range, null, "body", TextStructure.Normalize(m.Value), "body"));
        }
        foreach (Match m in Pair.Matches(slice))
        {
            var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
            if (!taken.Any(r => r.Overlaps(range)) && !names.Any(n => n.Range.Overlaps(range)))
                names.Add(new ActorMention(range, null, "pair", TextStructure.Normalize(m.Value), "pair"));
        }
        foreach (Match m in Anonymous.Matches(slice))
        {
            var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
            bool Inside(TextRange r) => range.Start <= r.Start && r.End <= range.End;
            if (
                titles.Any(t => t.Range.Overlaps(range))
                || taken.Any(r => r.Overlaps(range) && !Inside(r))
                || names.Any(n => n.Range.Overlaps(range) && !Inside(n.Range))
            )
                continue;
            names.RemoveAll(n => Inside(n.Range));
            taken.RemoveAll(Inside);
            names.Add(new ActorMention(range, null, "uncatalogued", TextStructure.Normalize(m.Value), "person"));
            taken.Add(range);
        }
        if (surnames is { Count: > 0 })
        {
            foreach (Match m in Surname.Matches(slice))
            {
                var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
                if (surnames.TryGetValue(m.Value, out var full) && !taken.Any(r => r.Overlaps(range)))
                    names.Add(new ActorMention(range, null, "uncatalogued", full, "person", true));
            }
        }
        names.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));

        var result = new List<ActorMention>();
        foreach (var t in titles)
        {
            // "Putin spokesman Dmitry Peskov", "U.S. President Obama": the title and the name are one mention,
            // and the name decides who it is.
            var next = names.FirstOrDefault(n =>
                n.Range.Start > t.Range.End && n.IsPerson && string.IsNullOrWhiteSpace(text[t.Range.End..n.Range.Start])
            );
            if (next is not null)
            {
                names.Remove(next);
                result.Add(
                    next with
                    {
                        Range = new TextRange(t.Range.Start, next.Range.End),
                        Resolution = next.Actor is null ? "uncatalogued" : "name",
                    }
                );
            }
            else
                result.Add(t);
        }
        result.AddRange(names);
        foreach (Match m in Pronoun.Matches(slice))
            result.Add(
                new ActorMention(
                    new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length),
                    null,
                    "pronoun"
                )
            );
        result.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return result;
    }

    /// <summary>
    /// The one actor who held <paramref name="role"/> of <paramref name="of"/> on the date; null if none or several.
    /// </summary>
    public ActorEntry? Holder(string role, string of, DateOnly? on)
    {
        if (on is not { } day)
            return null;
        var holders = _catalog
            .Actors.Where(a => a.Roles.Any(r => r.Role == role && r.Of == of && r.HeldOn(day)))
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }
}
