using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>Treaty-date aspects: a treaty's own dates, a state's acts, and days the catalog names.</summary>
public static partial class ClaimChecker
{
    private static readonly Dictionary<ClaimDateKind, string> Verbs = new()
    {
        [ClaimDateKind.Signed] = "was signed",
        [ClaimDateKind.OpenedForSignature] = "was opened for signature",
        [ClaimDateKind.EnteredIntoForce] = "entered into force",
        [ClaimDateKind.Expires] = "expires or expired",
        [ClaimDateKind.Extended] = "was extended",
        [ClaimDateKind.Terminated] = "ended",
        [ClaimDateKind.Withdrew] = "was withdrawn from",
        [ClaimDateKind.Suspended] = "was suspended",
        [ClaimDateKind.Ratified] = "was ratified",
        [ClaimDateKind.Acceded] = "was acceded to",
    };

    private static TreatyDateKind Kind(ClaimDateKind k) => (TreatyDateKind)(int)k;

    /// <summary>The catalog's date kinds that answer a claimed kind, and those that may only support it.</summary>
    private static (string[] Same, string[] SupportOnly) CatalogKinds(
        ClaimDateKind k,
        ClaimDate d,
        string text,
        ClaimDateWord word
    ) =>
        k switch
        {
            // "was agreed/reached/struck": the day negotiators agreed, which a treaty that is signed may have had
            // weeks before its signing (New START was agreed in March 2010, signed in April): a signing can
            // support it (an agreement signed was agreed by then), never contradict it.
            ClaimDateKind.Signed when AgreedWords().IsMatch(word.Span.Quote) => (
                ["concluded"],
                ["signed", "opened-for-signature"]
            ),
            // "Signed" is not "concluded": an agreement concluded and never signed (the JCPOA) has no signing date,
            // so a claimed signing is compared with no conclusion; "concluded" may be supported by a signing.
            ClaimDateKind.Signed when Regex.IsMatch(text, @"\bconcluded\b", RegexOptions.IgnoreCase) => (
                ["concluded"],
                ["signed"]
            ),
            ClaimDateKind.Signed => (["signed"], ["opened-for-signature"]),
            // A treaty opened for signature is signed that day, but a signing (a bilateral treaty's) opens nothing.
            ClaimDateKind.OpenedForSignature => (["opened-for-signature"], []),
            ClaimDateKind.EnteredIntoForce => (["entered-into-force"], []),
            ClaimDateKind.Expires => (["expires"], ["terminated"]),
            // "extended until 2026" is the new end, not the day of the extension.
            ClaimDateKind.Extended
                when d.Preposition is "until" or "till" or "through"
                    || text[..d.Span.Start].TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase) => (
                ["expires"],
                []
            ),
            ClaimDateKind.Extended => (["extended"], []),
            ClaimDateKind.Terminated => (["terminated"], ["expires"]),
            ClaimDateKind.Suspended => (["suspended"], []),
            _ => ([], []),
        };

    /// <param name="about">The treaty the words are said of, if the caller knows it (else found from the date).</param>
    private static ClaimAspect CheckTreatyDate(Context c, ClaimDateWord word, ClaimDate d, TreatyMention? about = null)
    {
        var p = c.P;
        var text = $"{word.Span.Quote} … {d.Span.Quote}";
        // The treaty this date is about: the one named last before it ("X was signed in 1967 and New START in 2010").
        var clause = ClauseStart(c.Text, Math.Min(word.Span.Start, d.Span.Start));
        // "X entered into force in 1969, and the NPT in 1968": a treaty named in the date's own clause, after the
        // words, takes the words left out.
        var dateClause = ClauseStart(c.Text, d.Span.Start);
        var named = about
            ?? (
                dateClause > word.Span.End
                    ? p.Treaties.LastOrDefault(m => m.Span.Start >= dateClause && m.Span.End <= d.Span.Start)
                    : null
            )
            ?? p.Treaties.FirstOrDefault(m => m.Span.Start >= clause && m.Span.End <= d.Span.Start)
            ?? p.Treaties.LastOrDefault(m => m.Span.End <= d.Span.Start)
            ?? p.Treaties.FirstOrDefault();
        if (named is { Known: false })
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"The catalog does not know the {named.Name}, so its dates are not checked.",
                null,
                null,
                Kind(word.Kind),
                [],
                0
            );
        if ((named is null ? null : c.Info(named.Slug)) is not { } t)
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"The claim names no treaty, so the date it gives ({Show(d)}) is compared with no treaty's dates.",
                null,
                null,
                Kind(word.Kind),
                [],
                0
            );
        // "New START's central limits came into effect": the date is about a part of the treaty, not the treaty's
        // own date of that kind, so the treaty's dates are no grounds for a verdict.
        if (
            named is not null
            && word.Span.Start > named.Span.End
            && PartOfTreaty().Match(c.Text[named.Span.End..word.Span.Start]) is { Success: true } part
        )
            return PartDate(c, t, part.Groups["part"].Value.Trim(), word, d, text)
                ?? new(
                    AspectKind.TreatyDate,
                    ClaimVerdict.Unverifiable,
                    text,
                    $"The date is about {t.Name}'s {part.Groups["part"].Value.Trim()}, not about the treaty itself, so "
                        + "it is compared with none of the treaty's dates.",
                    null,
                    t.Slug,
                    Kind(word.Kind),
                    [],
                    0
                );
        if (OtherSubject(c, named, word) is { } other)
            // "… when its central limits took effect": a part the catalog dates is compared with that day.
            return (
                other.StartsWith("its ", StringComparison.Ordinal) ? PartDate(c, t, other[4..], word, d, text) : null
            )
                ?? new(
                    AspectKind.TreatyDate,
                    ClaimVerdict.Unverifiable,
                    text,
                    $"The date is about {other}, not about {t.Name} itself, so it is compared with none of the "
                        + "treaty's dates.",
                    null,
                    t.Slug,
                    Kind(word.Kind),
                    [],
                    0
                );
        // The state that acted: one named before the words, not as a place ("signed in Moscow").
        var states = p
            .Actors.Where(a =>
                a.Kind == "state"
                && (a.Span.End <= word.Span.Start || ByAfter(c.Text, word, a))
                && !AsPlace().IsMatch(c.Text[..a.Span.Start])
            )
            .ToList();
        // "The Senate approved …": a legislature named alone stands for its state.
        if (states.Count == 0 && word.Kind == ClaimDateKind.Ratified && Legislature(c) is { } body)
            states.Add(body);
        // "ratified by Britain in 1998 and by France in 1999": each date goes with the state named "by" before it.
        if (OwnState(c, word, d) is { } own)
            states = [own];
        var isParty =
            states.Count > 0
            && c.Db.ExecuteScalar<long>(
                "SELECT count(*) FROM treaty_parties WHERE treaty = @t AND actor IN @s",
                new { t = t.Slug, s = states.Select(s => s.Slug).ToList() }
            ) == states.Select(s => s.Slug).Distinct().Count();
        var stateActs =
            word.Kind
                is ClaimDateKind.Withdrew
                    or ClaimDateKind.Ratified
                    or ClaimDateKind.Acceded
                    or ClaimDateKind.RatificationWithdrawn
            || (states.Count > 0 && !isParty)
            || (word.Kind == ClaimDateKind.Suspended && states.Count > 0);
        if (stateActs)
            return CheckStateAct(c, t, word, d, states, text);

        var (same, supportOnly) = CatalogKinds(word.Kind, d, c.Text, word);
        var all = c.DatesOf(t.Slug);
        var rows = all.Where(r => same.Contains(r.Kind)).ToList();
        var extra = all.Where(r => supportOnly.Contains(r.Kind)).ToList();
        // The catalog keeps a treaty's last end date: an "original" or "initial" one is not compared with it.
        if (word.Kind is ClaimDateKind.Expires or ClaimDateKind.Terminated && Originally(c.Text))
        {
            extra.AddRange(rows);
            rows.Clear();
        }
        var match = rows.Concat(extra).Where(r => Same(d, r.Date)).ToList();
        var place = SigningPlace(c, word);
        if (match.Count > 0)
        {
            var ev = match.Select(r => Evidence(t, r)).ToList();
            var r0 = match[0];
            if (place is not null && r0.Place is not null && !Places(place, r0.Place))
                return new(
                    AspectKind.TreatyDate,
                    ClaimVerdict.Contradicted,
                    text,
                    $"{t.Name} {Label(r0.Kind)} in {r0.Place} on {Show(r0.Date)}, not in {place}, according to "
                        + $"{Where(ev[0].Source)}.",
                    r0.Place,
                    t.Slug,
                    Kind(word.Kind),
                    ev,
                    ev.Count
                );
            if (place is not null && r0.Place is null)
                return new(
                    AspectKind.TreatyDate,
                    ClaimVerdict.Unverifiable,
                    text,
                    $"{t.Name} was {Label(r0.Kind)} on {Show(r0.Date)}, but the sources do not say where.",
                    null,
                    t.Slug,
                    Kind(word.Kind),
                    ev,
                    ev.Count
                );
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Supported,
                text,
                $"{t.Name} {Label(r0.Kind)} on {Show(r0.Date)}{(r0.Place is null ? "" : " in " + r0.Place)}, "
                    + $"according to "
                    + $"{Where(ev[0].Source)}.",
                null,
                t.Slug,
                Kind(word.Kind),
                ev,
                ev.Count
            );
        }
        // "in the late 1980s" of a date in 1985: in the decade, outside the part named, which settles nothing; so
        // "two years later" of a date three years later, which a count from a day to a day may give. "late April" of
        // April 12: in the month, outside the part named, which settles nothing either.
        if (
            d.Outer is { } outer && rows.Any(r => InYears(outer, r.Date))
            || d.Around is { } around && rows.Any(r => InDays(around, r.Date))
        )
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"{t.Name} {Label(rows[0].Kind)} on {Show(rows[0].Date)}: near \"{d.Span.Quote}\" but not "
                    + "surely it, so it is not decided here.",
                null,
                t.Slug,
                Kind(word.Kind),
                rows.Select(r => Evidence(t, r)).ToList(),
                rows.Count
            );
        // "By March 2026, New START had run out": "by" puts the act on or before the period's end, not in it, so an
        // act recorded earlier supports the claim, and only one recorded after the end contradicts it.
        if (d.Preposition == "by" && rows.Where(r => LastDay(r.Date) <= Period(d).To).ToList() is [_, ..] early)
        {
            var ev = early.Select(r => Evidence(t, r)).ToList();
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Supported,
                text,
                $"{t.Name} {Label(early[0].Kind)} on {Show(early[0].Date)}, before {Show(d)}, according to "
                    + $"{Where(ev[0].Source)}.",
                null,
                t.Slug,
                Kind(word.Kind),
                ev,
                ev.Count
            );
        }
        if (rows.Count > 0)
        {
            var ev = rows.Select(r => Evidence(t, r)).ToList();
            var expected = string.Join(" or ", rows.Select(r => r.Date).Distinct());
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Contradicted,
                text,
                $"{t.Name} {string.Join(" and ", rows.Select(r => $"{Label(r.Kind)} on {Show(r.Date)}"))}, not "
                    + $"{Show(d)}, according to {Where(ev[0].Source)}.",
                expected,
                t.Slug,
                Kind(word.Kind),
                ev,
                ev.Count
            );
        }
        if (
            word.Kind == ClaimDateKind.EnteredIntoForce
            && !ModalBefore().IsMatch(c.Text[..word.Span.Start])
            && NeverInForce(c, t) is { } never
        )
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Contradicted,
                text,
                $"{t.Name} never entered into force: \"{never.Note}\", according to {Where(Evidence(never).Source)}.",
                "never",
                t.Slug,
                Kind(word.Kind),
                [Evidence(never)],
                1
            );
        return new(
            AspectKind.TreatyDate,
            ClaimVerdict.Unverifiable,
            text,
            $"The catalog gives no date on which {t.Name} "
                + $"{(AgreedWords().IsMatch(word.Span.Quote) ? "was agreed" : Verbs[word.Kind])}; its dates of "
                + "other kinds are not compared.",
            null,
            t.Slug,
            Kind(word.Kind),
            [],
            0
        );
    }

    private const string NotCheckedNote = "a date not checked against its source";

    /// <summary>
    /// The catalog's word that a treaty never entered into force: no such date, and a note on a state's act that says
    /// so ("instruments were never exchanged and the treaty never entered into force").
    /// </summary>
    private static ActionRow? NeverInForce(Context c, TreatyInfo t) =>
        c.DatesOf(t.Slug).Any(r => r.Kind == "entered-into-force")
            ? null
            : Actions(c.Db, t.Slug, []).FirstOrDefault(a => a.Note is { } n && NeverEntered().IsMatch(n));

    [GeneratedRegex(
        @"\b(?:exit|withdrawal|pullout|suspension|extension|denunciation|termination|ratification|accession|"
            + @"protocol|amendment|decision|law|decree|moratorium|ban)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ActNounBefore();

    [GeneratedRegex(@"\bnever\s+(?:entered|came)\s+into\s+force\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeverEntered();

    /// <summary>"START II never entered into force": said of a treaty the catalog notes never did.</summary>
    private static ClaimAspect? NeverWithoutDate(Context c, ClaimDateWord word)
    {
        if (c.Treaty is not { } t || word.Kind != ClaimDateKind.EnteredIntoForce)
            return null;
        var never = Regex.IsMatch(
            c.Text[..word.Span.Start],
            @"\b(?:never|not|n't)\s+(?:\w+\s+)?$",
            RegexOptions.IgnoreCase
        );
        if (NeverInForce(c, t) is not { } row)
            return null;
        // "…, one day after the U.S. exit from the ABM Treaty took effect": the words belong to an act named before
        // them, or to another treaty named nearer, not to this treaty's own entry into force.
        var clause = c.Text[ClauseStart(c.Text, word.Span.Start)..word.Span.Start];
        if (
            ActNounBefore().IsMatch(clause)
            || c.P.Treaties.LastOrDefault(m => m.Span.End <= word.Span.Start) is { } nearest && nearest.Slug != t.Slug
        )
            return null;
        // "cannot enter into force until 44 states ratify it", "could enter into force once…": a condition, not a
        // claim that it did or did not.
        if (
            ModalBefore().IsMatch(c.Text[..word.Span.Start])
            || Regex.IsMatch(c.Text[..word.Span.Start], @"\bwill\s+(?:not\s+)?$", RegexOptions.IgnoreCase)
            || Regex.IsMatch(c.Text[word.Span.End..], @"^\s+(?:until|unless|once|if|when)\b", RegexOptions.IgnoreCase)
        )
            return null;
        return new(
            AspectKind.TreatyDate,
            never ? ClaimVerdict.Supported : ClaimVerdict.Contradicted,
            word.Span.Quote,
            $"{t.Name} never entered into force: \"{row.Note}\", according to {Where(Evidence(row).Source)}.",
            never ? null : "never",
            t.Slug,
            Kind(word.Kind),
            [Evidence(row)],
            1
        );
    }

    /// <summary>
    /// "The NPT has entered into force", "New START has not taken effect": whether a treaty did, said with no date, of
    /// the treaty alone (the whole claim is the treaty, the verb and a negation at most). The catalog's one date of
    /// entry into force, already past, settles it; a treaty with none is not called unratified or never in force.
    /// </summary>
    private static ClaimAspect? EnteredWithoutDate(Context c, ClaimDateWord word)
    {
        if (
            c.Treaty is not { } t
            || word.Kind != ClaimDateKind.EnteredIntoForce
            || c.P.Treaties.Count != 1
            || TreatyEntered().Match(c.Text) is not { Success: true } said
            || said.Groups["treaty"].Index != c.P.Treaties[0].Span.Start
            || said.Groups["treaty"].Length != c.P.Treaties[0].Span.End - c.P.Treaties[0].Span.Start
            || said.Groups["verb"].Index != word.Span.Start
        )
            return null;
        var denied = said.Groups["not"].Success || said.Groups["nt"].Success;
        // "already", "yet", "officially": words of the same assertion, weighed with it.
        c.Read.Add((said.Index, said.Index + said.Length));
        if (TreatyEvent(c, t, ClaimDateKind.EnteredIntoForce) is not { } entered)
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                word.Span.Quote,
                $"The catalog gives no date on which {t.Name} entered into force, so whether it has is not settled.",
                null,
                t.Slug,
                Kind(word.Kind),
                [],
                0
            );
        if (entered.Date > c.Today)
            return null;
        var iso = entered.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new(
            AspectKind.TreatyDate,
            denied ? ClaimVerdict.Contradicted : ClaimVerdict.Supported,
            word.Span.Quote,
            $"{t.Name} entered into force on {Show(iso)}, according to {Where(entered.Evidence.Source)}.",
            denied ? iso : null,
            t.Slug,
            Kind(word.Kind),
            [entered.Evidence],
            1
        );
    }

    /// <summary>"The NPT has entered into force.", "New START hasn't yet taken effect": the whole claim.</summary>
    [GeneratedRegex(
        @"^\s*(?:the\s+)?(?<treaty>[\w-].*?)\s+(?:(?:has|have)(?<nt>n't)?\s+)?(?:(?<not>not|never)\s+)?"
            + @"(?:yet\s+|already\s+|now\s+|officially\s+)?"
            + @"(?<verb>(?:entered|come|came|taken|took|gone|went)\b[^.,;!?]*?)"
            + @"\s*(?:already|yet)?\s*[.!]?\s*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TreatyEntered();

    /// <summary>Where the clause holding a position starts: after the last ";", "," or " and " before it.</summary>
    private static int ClauseStart(string text, int at)
    {
        var before = text[..at];
        var cut = new[]
        {
            before.LastIndexOf(';'),
            before.LastIndexOf(','),
            before.LastIndexOf(" and ", StringComparison.Ordinal),
            before.LastIndexOf(" but ", StringComparison.Ordinal),
            before.LastIndexOf(" when ", StringComparison.Ordinal),
            before.LastIndexOf(" after ", StringComparison.Ordinal),
            before.LastIndexOf(" as ", StringComparison.Ordinal),
        }.Max();
        return cut < 0 ? 0 : cut + 1;
    }

    /// <summary>
    /// The state whose legislature the claim names before the words ("the U.S. Senate", "the Duma"), when the
    /// legislature's name is its own: the Senate and Congress of the United States, Russia's Duma and Federation
    /// Council, Iran's Majlis. ("Parliament" names no one state.)
    /// </summary>
    private static ClaimActor? Legislature(Context c)
    {
        if (LegislatureWords().Match(c.Text) is not { Success: true } m)
            return null;
        var slug =
            m.Groups["us"].Success ? "united-states"
            : m.Groups["ru"].Success ? "russia"
            : "iran";
        var name = c.Db.ExecuteScalar<string?>("SELECT name FROM actors WHERE slug = @slug", new { slug });
        return name is null ? null : new ClaimActor(slug, name, "state", Span.Of(c.Text, m.Index, m.Index + m.Length));
    }

    [GeneratedRegex(@"\b(?:(?<us>Senate|Congress)|(?<ru>State\s+Duma|Duma|Federation\s+Council)|(?<ir>Majlis))\b")]
    private static partial Regex LegislatureWords();

    [GeneratedRegex(@"\b(?:agreed|reached|struck|finali[sz]ed|sealed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedWords();

    // "could enter into force in 1997", "cannot enter into force before": a condition or a possibility, which says
    // nothing of whether it did.
    [GeneratedRegex(
        @"\b(?:can|cannot|could|would|may|might|must|shall|should|to)\s+(?:not\s+|never\s+)?(?:\w+\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ModalBefore();

    // "signed in Paris": a capital after "in" or "at" is where, not who (a capital may stand for its state).
    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AsPlace();

    /// <summary>"was suspended by Russia": the state named by "by" straight after the words.</summary>
    private static bool ByAfter(string text, ClaimDateWord word, ClaimActor a) =>
        a.Span.Start > word.Span.End
        && System.Text.RegularExpressions.Regex.IsMatch(text[word.Span.End..a.Span.Start], @"^\s+by\s+(?:the\s+)?$");

    private static bool Originally(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            text,
            @"\b(?:original(?:ly)?|initial(?:ly)?|first|at\s+first|was\s+(?:due|set|scheduled)\s+to|were\s+to|"
                + @"was\s+to)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase
        );

    /// <summary>
    /// The place of a signing: "signed in Moscow", "In Moscow, Reagan and Gorbachev signed". A place that belongs to
    /// something else ("signed in 1987 after negotiations in Geneva") is not the signing's, so none is read.
    /// </summary>
    private static string? SigningPlace(Context c, ClaimDateWord word)
    {
        if (word.Kind is not (ClaimDateKind.Signed or ClaimDateKind.OpenedForSignature))
            return null;
        var place = c.P.Place;
        var at = place is null ? Match.Empty : Regex.Match(c.Text, @"\b(?:in|at)\s+" + Regex.Escape(place));
        // "signed in the Russian capital": the capital city of the state the adjective names.
        if (!at.Success && CapitalWords().Match(c.Text) is { Success: true } capital)
        {
            place = Capitals.GetValueOrDefault(capital.Groups["state"].Value.Replace(".", "").ToLowerInvariant());
            at = capital;
        }
        if (!at.Success || place is null)
            return null;
        var between =
            at.Index >= word.Span.End ? c.Text[word.Span.End..at.Index]
            : at.Index + at.Length <= word.Span.Start ? c.Text[(at.Index + at.Length)..word.Span.Start]
            : "";
        if (OtherEvent().IsMatch(between))
            return null;
        c.Read.Add((at.Index, at.Index + at.Length));
        return place;
    }

    /// <summary>Whether the claim gives <paramref name="place"/> as where something was signed ("the treaty signed
    /// in Helsinki", "signed in Moscow in July 1991").</summary>
    private static bool SigningPlaceNamed(string text, string place) =>
        Regex.IsMatch(
            text,
            @"\b(?:signed|inked|concluded)\b[^.;]{0,40}?\b(?:in|at)\s+" + Regex.Escape(place),
            RegexOptions.IgnoreCase
        );

    [GeneratedRegex(
        @"\b(?:in|at)\s+the\s+(?<state>Russian|Soviet|American|U\.S\.|US|Czech|Austrian|Finnish|French|British|"
            + @"Mexican)\s+capital\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex CapitalWords();

    private static readonly Dictionary<string, string> Capitals = new()
    {
        ["russian"] = "Moscow",
        ["soviet"] = "Moscow",
        ["american"] = "Washington",
        ["us"] = "Washington",
        ["czech"] = "Prague",
        ["austrian"] = "Vienna",
        ["finnish"] = "Helsinki",
        ["french"] = "Paris",
        ["british"] = "London",
        ["mexican"] = "Mexico City",
    };

    [GeneratedRegex(
        @"\b(?:after|following|before|during|ahead\s+of|negotiat\w*|talks|summit|conference|meeting|round|"
            // "Obama, who signed New START in 2010, met Putin in Los Cabos": another verb's place.
            + @"session|which|that|where|when|while|met|meets?|visit\w*|held|hosted|gathered|spoke|said|announced|"
            + @"declared)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex OtherEvent();

    // "'s central limits", "'s reductions": a part of the treaty before the date words (not "'s entry into force").
    [GeneratedRegex(
        @"^['\u2019]s\s+(?!(?:own\s+)?(?:entry|signing|signature|expiry|expiration|extension|termination|"
            + @"withdrawal|suspension|ratification|date|dates|text)\b)(?<part>[a-z][\w\s-]*)$",
        RegexOptions.None
    )]
    private static partial Regex PartOfTreaty();

    /// <summary>
    /// "New START's central limits came into effect on February 5, 2018": a part of a treaty whose day the catalog
    /// keeps under that part's name ("central-limits-due"), compared with that day only.
    /// </summary>
    private static ClaimAspect? PartDate(
        Context c,
        TreatyInfo t,
        string part,
        ClaimDateWord word,
        ClaimDate d,
        string text
    )
    {
        var rows = c.DatesOf(t.Slug)
            .Where(r =>
                Regex
                    .Replace(r.Kind, @"-(?:due|day|date)$", "")
                    .Replace('-', ' ')
                    .Equals(part, StringComparison.OrdinalIgnoreCase)
            )
            .ToList();
        if (rows.Count == 0 || word.Kind != ClaimDateKind.EnteredIntoForce)
            return null;
        var ev = rows.Select(r => Evidence(t, r)).ToList();
        var same = rows.Any(r => Same(d, r.Date));
        if (!same && d.Around is { } around && rows.Any(r => InDays(around, r.Date)))
            return null;
        return new(
            AspectKind.TreatyDate,
            same ? ClaimVerdict.Supported : ClaimVerdict.Contradicted,
            text,
            $"{t.Name}'s {part} took effect on {Show(rows[0].Date)}, according to {Where(ev[0].Source)}.",
            same ? null : rows[0].Date,
            t.Slug,
            null,
            ev,
            ev.Count
        );
    }

    /// <summary>Whether a state's act fell on the day of a treaty date recorded at <paramref name="place"/>.</summary>
    private static bool SignedThere(Context c, TreatyInfo t, IEnumerable<ActionRow> acts, string place) =>
        c.DatesOf(t.Slug).Any(r => r.Place is not null && Places(place, r.Place) && acts.Any(a => a.Date == r.Date));

    private static bool Places(string claimed, string catalog) =>
        claimed.Contains(catalog, StringComparison.OrdinalIgnoreCase)
        || catalog.Contains(claimed, StringComparison.OrdinalIgnoreCase);

    private static string Label(string kind) =>
        kind switch
        {
            "signed" => "was signed",
            "concluded" => "was concluded",
            "opened-for-signature" => "was opened for signature",
            "entered-into-force" => "entered into force",
            "central-limits-due" => "had its central limits due",
            "extended" => "was extended",
            "expires" => "expires",
            "terminated" => "was terminated",
            "suspended" => "was suspended",
            _ => kind,
        };

    private static List<ActionRow> Actions(SqliteConnection db, string treaty, IReadOnlyList<string> states) =>
        db.Query<ActionRow>(
                """
                SELECT x.id, x.state, a.name AS StateName, x.kind, x.date, x.effective, x.note, x.checked, c.kind AS
                    CitationKind,
                       c.title, c.url
                FROM state_actions x JOIN actors a ON a.slug = x.state JOIN citations c ON c.key = x.citation
                WHERE x.treaty = @treaty ORDER BY x.state, x.date, x.ordinal
                """,
                new { treaty }
            )
            .Where(r => states.Count == 0 || states.Contains(r.State))
            .ToList();

    private static string Did(string kind) =>
        kind switch
        {
            "withdrew" => "withdrew from",
            "acceded" => "acceded to",
            "suspended" => "suspended its part in",
            "ratification-withdrawn" => "withdrew its ratification of",
            _ => kind,
        };

    private static string ActionKind(ClaimDateKind k) =>
        k switch
        {
            ClaimDateKind.Withdrew => "withdrew",
            ClaimDateKind.Ratified => "ratified",
            ClaimDateKind.Acceded => "acceded",
            ClaimDateKind.Suspended => "suspended",
            ClaimDateKind.Signed => "signed",
            ClaimDateKind.RatificationWithdrawn => "ratification-withdrawn",
            _ => "",
        };

    private static ClaimAspect CheckStateAct(
        Context c,
        TreatyInfo t,
        ClaimDateWord word,
        ClaimDate d,
        List<ClaimActor> states,
        string text
    )
    {
        var kind = ActionKind(word.Kind);
        var slugs = states.Select(s => s.Slug).Distinct().ToList();
        var acts = Actions(c.Db, t.Slug, slugs).Where(a => SameAct(kind, a.Kind)).ToList();
        var who = states.Count == 0 ? "a state" : string.Join(" and ", states.Select(s => s.Name).Distinct());
        // "gave notice of its withdrawal in …" names the notice's day, "the withdrawal took effect in …" the day
        // it took effect; a bare "withdrew in …" may mean either. Where the catalog records both days, a claim that
        // names one is compared with that day only.
        var side = StateActSide(c.Text, word);
        var sided = side != ActSide.Either && acts.Count > 0 && acts.All(a => a.Effective is not null);
        var match = acts.Where(a =>
                sided
                    ? Same(d, side == ActSide.Notice ? a.Date : a.Effective!)
                    : Same(d, a.Date) || (a.Effective is { } e && Same(d, e))
            )
            .ToList();
        // "The Senate gave its advice and consent in October 1992": the legislature's step, dated in the act's note.
        if (match.Count == 0 && Legislature(c) is not null)
            match = acts.Where(a =>
                    a.Note is { } n && LegislativeNote().IsMatch(n) && IsoDate().Matches(n).Any(x => Same(d, x.Value))
                )
                .ToList();
        // "The United States signed the treaty in Vienna": the catalog records when a state acted, not where; only a
        // signing on the day and at the place of the treaty's own signing can tell the place.
        if (match.Count > 0 && SigningPlace(c, word) is { } place && !SignedThere(c, t, match, place))
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"{match[0].StateName} {Did(kind)} {t.Name} on {Show(match[0].Date)}, but the sources do not say it "
                    + $"was in {place}.",
                null,
                t.Slug,
                Kind(word.Kind),
                match.Select(Evidence).ToList(),
                match.Count
            );
        if (match.Count > 0)
        {
            var ev = match.Select(Evidence).ToList();
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Supported,
                text,
                $"{match[0].StateName} {Did(kind)} {t.Name} on {Show(match[0].Date)}"
                    + $"{(match[0].Effective is { } e ? $" (effective {Show(e)})" : "")}, according "
                    + $"to {Where(ev[0].Source)}.",
                null,
                t.Slug,
                Kind(word.Kind),
                ev,
                ev.Count
            );
        }
        // A note on an act means its date can be told more than one way (a law's date, the deposit's): no
        // contradiction.
        // Only acts seen in their source's text (checked) contradict.
        // Beyond that: the ways an act is dated (the law, the deposit, the day it took effect) fall within one year or
        // two; a claimed year that is none of them is wrong whichever way the act is told.
        // A note that names an undated step before ("the domestic act came earlier") or after ("notice followed")
        // widens
        // that by a year on its side.
        var years = acts.SelectMany(a =>
                KnownDates(a)
                    .Select(x => int.Parse(x[..4], CultureInfo.InvariantCulture))
                    .SelectMany(y =>
                        new[]
                        {
                            y,
                            Earlier().IsMatch(a.Note ?? "") ? y - 1 : y,
                            Later().IsMatch(a.Note ?? "") ? y + 1 : y,
                        }
                    )
            )
            .ToHashSet();
        var yearOff = d.Outer is { } o ? !years.Any(y => o.From <= y && y <= o.To) : !years.Contains(d.Date.Year);
        // A decade ("the late 1980s") that holds the act's year is not contradicted, whichever part it names.
        var sure =
            yearOff
            || (
                d.Outer is null
                && !(d.Around is { } around && acts.Any(a => KnownDates(a).Any(x => InDays(around, x))))
                && acts.All(a => a.Note is null && a.Checked != 0)
            );
        // The day of the named side, recorded and seen in its source, is not the claimed day: whichever way the
        // act is told, the claim names the other day or none.
        if (sided && d.Outer is null && states.Count > 0 && acts.All(a => a.Checked != 0))
            sure = true;
        if (acts.Count > 0 && states.Count > 0 && sure)
        {
            var ev = acts.Select(Evidence).ToList();
            var expected = string.Join(" or ", acts.Select(a => a.Date).Distinct());
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Contradicted,
                text,
                sided
                    ? $"{who} {Did(kind)} {t.Name}: notice on {Show(acts[0].Date)}, effective "
                        + $"{Show(acts[0].Effective!)}; the "
                        + $"{(side == ActSide.Notice ? "notice" : "day it took effect")}"
                        + $" was not {Show(d)}, according to {Where(ev[0].Source)}."
                    : $"{who} {Did(kind)} {t.Name} on "
                        + $"{string.Join(" and ", acts.Select(a => Show(a.Date)).Distinct())},"
                        + $" not {Show(d)}, according to {Where(ev[0].Source)}.",
                expected,
                t.Slug,
                Kind(word.Kind),
                ev,
                ev.Count
            );
        }
        return new(
            AspectKind.TreatyDate,
            ClaimVerdict.Unverifiable,
            text,
            acts.Count > 0
                ? $"{who} {Did(kind)} {t.Name} on {string.Join(" and ", acts.Select(a => Show(a.Date)))} "
                    + $"({string.Join("; ", acts.Select(a => a.Note ?? (a.Checked == 0 ? NotCheckedNote : null))
                    .Where(n => n is not null))}), which does not settle {Show(d)}."
                : $"The catalog records no act of {who} of this kind ({kind}) about {t.Name}; other dates are not "
                    + $"compared.",
            null,
            t.Slug,
            Kind(word.Kind),
            acts.Select(Evidence).ToList(),
            acts.Count
        );
    }

    private enum ActSide
    {
        Either,
        Notice,
        Effective,
    }

    /// <summary>Which day of a state's act the claim names: its notice, the day it took effect, or either.</summary>
    private static ActSide StateActSide(string text, ClaimDateWord word)
    {
        var before = text[Math.Max(0, word.Span.Start - 60)..word.Span.Start];
        var after = text[word.Span.End..Math.Min(text.Length, word.Span.End + 60)];
        // "declared its withdrawal effective 11 January": the day named is the one it took effect.
        if (EffectAfter().IsMatch(after) || CompletedBefore().IsMatch(before))
            return ActSide.Effective;
        return NoticeBefore().IsMatch(before) ? ActSide.Notice : ActSide.Either;
    }

    // "gave formal notice of its withdrawal", "notified the depositaries of its withdrawal", "announced its
    // intention to withdraw", "notice of withdrawal".
    [GeneratedRegex(
        @"(?:\bnotice|\bnotif(?:ied|ies|y|ying|ication)(?:\s+[\w\s]{0,30}?)?|\bannounc(?:ed|es|ing|ement)|"
            + @"\bdeclared)\s+(?:of\s+)?(?:(?:its|their|the|a|an|formal|official)\s+)*"
            + @"(?:(?:intention|intent|decision|plans?)\s+(?:to\s+)?)?(?:of\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex NoticeBefore();

    // "… withdrawal took effect in …", "became effective", "became final", "was completed", "effective 1 May".
    [GeneratedRegex(
        @"^[^.;,]{0,50}?\b(?:(?:took|takes|take|went|goes|came|comes)\s+(?:into\s+)?effect|"
            + @"(?:became|becomes|become)\s+(?:effective|final)|(?:was|were)\s+completed|effective)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex EffectAfter();

    // "completed its withdrawal", "the completion of its withdrawal".
    [GeneratedRegex(@"\bcomplet(?:ed|es|ion\s+of)\s+(?:(?:its|their|the)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedBefore();

    private static bool InYears((int From, int To) years, string iso) =>
        int.Parse(iso[..4], CultureInfo.InvariantCulture) is var y && years.From <= y && y <= years.To;

    /// <summary>"joined" is said of a ratification as of an accession: the two answer each other.</summary>
    private static bool SameAct(string claimed, string recorded) =>
        claimed == recorded || (claimed is "acceded" or "ratified" && recorded is "acceded" or "ratified");

    /// <summary>
    /// Every date a state's act is told by: its date, the day it took effect, and dates its note gives.
    /// </summary>
    private static IEnumerable<string> KnownDates(ActionRow a) =>
        new[] { a.Date, a.Effective }.OfType<string>().Concat(IsoDate().Matches(a.Note ?? "").Select(m => m.Value));

    [GeneratedRegex(@"\b(?:19|20)\d\d-\d\d-\d\d\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(
        @"\b(?:Senate|Duma|parliament|legislature|advice\s+and\s+consent|approv\w*)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex LegislativeNote();

    [GeneratedRegex(@"\b(?:earlier|before|prior|preceded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Earlier();

    [GeneratedRegex(@"\b(?:later|after|followed|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Later();

    /// <summary>
    /// "New START was signed in Moscow": the place of a signing, with no date, against the catalog's.
    /// </summary>
    private static ClaimAspect? PlaceWithoutDate(Context c, ClaimDateWord word)
    {
        if (c.Treaty is not { } t || SigningPlace(c, word) is not { } place)
            return null;
        // Who signed ("Medvedev signed New START in Prague") is not in the catalog: such a claim is not checked here.
        if (c.P.Actors.Any(a => a.Kind == "person"))
            return null;
        // A state named as the signer may have signed elsewhere than the treaty was signed: not compared.
        var states = c
            .P.Actors.Where(a => a.Kind == "state" && a.Span.End <= word.Span.Start)
            .Select(a => a.Slug)
            .ToList();
        if (
            states.Count > 0
            && c.Db.ExecuteScalar<long>(
                "SELECT count(*) FROM treaty_parties WHERE treaty = @t AND actor IN @s",
                new { t = t.Slug, s = states }
            ) != states.Distinct().Count()
        )
            return null;
        var (same, supportOnly) = CatalogKinds(
            word.Kind,
            new ClaimDate(c.Today, DatePrecision.Day, null, word.Span),
            c.Text,
            word
        );
        var rows = c
            .Dates.Where(r => r.Place is not null && (same.Contains(r.Kind) || supportOnly.Contains(r.Kind)))
            .ToList();
        var text = $"{word.Span.Quote} … {place}";
        var match = rows.Where(r => Places(place, r.Place!)).ToList();
        if (match.Count > 0)
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Supported,
                text,
                $"{t.Name} {Label(match[0].Kind)} in {match[0].Place} on {Show(match[0].Date)}, according to "
                    + $"{Where(Evidence(t, match[0]).Source)}.",
                null,
                t.Slug,
                Kind(word.Kind),
                match.Select(r => Evidence(t, r)).ToList(),
                match.Count
            );
        var against = rows.Where(r => same.Contains(r.Kind)).ToList();
        if (against.Count == 0)
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                text,
                $"The catalog does not say where {t.Name} {Verbs[word.Kind]}.",
                null,
                t.Slug,
                Kind(word.Kind),
                [],
                0
            );
        var ev = against.Select(r => Evidence(t, r)).ToList();
        return new(
            AspectKind.TreatyDate,
            ClaimVerdict.Contradicted,
            text,
            $"{t.Name} {Label(against[0].Kind)} in {against[0].Place}, not in {place}, according "
                + $"to {Where(ev[0].Source)}.",
            against[0].Place,
            t.Slug,
            Kind(word.Kind),
            ev,
            ev.Count
        );
    }

    /// <summary>"Russia suspended its participation in New START": a state's act, undated.</summary>
    private static ClaimAspect? StateActionWithoutDate(Context c, ClaimDateWord word)
    {
        if (
            c.Treaty is not { } t
            || ActionKind(word.Kind) is not { Length: > 0 } kind
            || word.Kind == ClaimDateKind.Signed
        )
            return null;
        var states = c
            .P.Actors.Where(a => a.Kind == "state" && a.Span.End <= word.Span.Start)
            .Select(a => a.Slug)
            .Distinct()
            .ToList();
        if (states.Count == 0)
            return null;
        var all = Actions(c.Db, t.Slug, states);
        var acts = all.Where(a => SameAct(kind, a.Kind)).ToList();
        var name = string.Join(" and ", c.P.Actors.Where(a => states.Contains(a.Slug)).Select(a => a.Name).Distinct());
        // An act undone later ("ratification-withdrawn", "resumed") leaves the present perfect unsure.
        string[] undoing = kind switch
        {
            "ratified" or "acceded" or "signed" => ["ratification-withdrawn", "withdrew"],
            "suspended" => ["resumed"],
            _ => [],
        };
        var undone =
            acts.Count > 0
            && all.Any(a => string.CompareOrdinal(a.Date, acts[^1].Date) > 0 && undoing.Contains(a.Kind));
        if (acts.Count == 0 || undone || c.P.Negated || states.Count != acts.Select(a => a.State).Distinct().Count())
            return new(
                AspectKind.TreatyDate,
                ClaimVerdict.Unverifiable,
                word.Span.Quote,
                undone
                    ? $"{name} {Did(kind)} {t.Name} on {Show(acts[^1].Date)}, but later acts are recorded: see the "
                        + $"evidence."
                    : $"The catalog records no such act ({kind}) of {name} about {t.Name} that settles this.",
                null,
                t.Slug,
                Kind(word.Kind),
                all.Select(Evidence).ToList(),
                all.Count
            );
        var ev = acts.Select(Evidence).ToList();
        return new(
            AspectKind.TreatyDate,
            ClaimVerdict.Supported,
            word.Span.Quote,
            $"{name} {Did(kind)} {t.Name} on {Show(acts[0].Date)}, according to {Where(ev[0].Source)}.",
            null,
            t.Slug,
            Kind(word.Kind),
            ev,
            ev.Count
        );
    }

    [GeneratedRegex(
        @"\b(?:announced|announces|declared|declares|notified)\s+(?:its|their)\s+(?:withdrawal|suspension|"
            + @"ratification|accession|intention\s+to\s+withdraw)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AnnouncedAct();

    /// <summary>
    /// "The deal was implemented on January 16, 2016": the verb of a day the catalog names by its noun
    /// ("implementation-day", "adoption-day"): "-ation" → "-ed".
    /// </summary>
    private static bool NamedByVerb(string text, string kind) =>
        Regex.Match(kind, @"^(?<verb>[a-z]+)ation-day$") is { Success: true } m
        && Regex.IsMatch(text, $@"\b{m.Groups["verb"].Value}(?:ed|s)\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// "Implementation Day of the JCPOA was January 16, 2016": a date the catalog keeps under a name the claim uses
    /// (its kind, words apart: "implementation-day"), compared like a treaty date of that kind.
    /// </summary>
    private static ClaimAspect? NamedDate(Context c, ClaimDate d)
    {
        if (c.Treaty is not { } t)
            return null;
        // "by February 5, 2018, seven years after it entered into force": a kind named after the date and counted
        // from ("after", "before", "since") is another day than the date's.
        var tail = c.Text[d.Span.End..];
        var counted = CountedBetween().Match(tail) is { Success: true } cb ? d.Span.End + cb.Index : int.MaxValue;
        var rows = c
            .Dates.Where(r =>
                r.Kind.Contains('-')
                    && c.Text.IndexOf(r.Kind.Replace('-', ' '), StringComparison.OrdinalIgnoreCase) is var at
                    && at >= 0
                    && !(at > counted)
                || NamedByVerb(c.Text[..Math.Min(c.Text.Length, counted)], r.Kind)
            )
            .ToList();
        if (rows.Count == 0)
            return null;
        c.Used.Add(d);
        var ev = rows.Select(r => Evidence(t, r)).ToList();
        var same = rows.Any(r => Same(d, r.Date));
        if (!same && d.Around is { } around && rows.Any(r => InDays(around, r.Date)))
            return null;
        var label = rows[0].Kind.Replace('-', ' ');
        return new(
            AspectKind.TreatyDate,
            same ? ClaimVerdict.Supported : ClaimVerdict.Contradicted,
            d.Span.Quote,
            $"The {label} of {t.Name} is {Show(rows[0].Date)}, according to {Where(ev[0].Source)}.",
            same ? null : rows[0].Date,
            t.Slug,
            null,
            ev,
            ev.Count
        );
    }

    /// <summary>The last day a stored date may mean: "1997" may be any day to December 31.</summary>
    private static DateOnly LastDay(string iso)
    {
        var first = DateOnly.ParseExact(PadIso(iso), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return iso.Length switch
        {
            4 => first.AddYears(1).AddDays(-1),
            7 => first.AddMonths(1).AddDays(-1),
            _ => first,
        };
    }
}
