using System.Text.RegularExpressions;
using Dapper;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;

namespace TreatyApi.Claims;

/// <summary>
/// What stops a verbatim quotation from being supported: a speaker not checked, a quoted part not found.
/// </summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// Words found verbatim are supported only when the claim's speaker is the one checked and every quoted segment
    /// is found. "The Russian president said '…'" gives a title the checker does not resolve, and "Obama said the
    /// talks were 'useful' and 'frank'" needs both parts from his statements: otherwise `unverifiable`, saying why.
    /// </summary>
    private static ClaimAspect? SpeakerOrPartsUnchecked(Context c, Statement s0, IReadOnlyList<Statement> said)
    {
        var p = c.P;
        var who = string.Join(" and ", s0.Speakers.Select(x => x.Name));
        if (p.Speaker is null && p.TitleSpeaks && TitleHolder(c, s0) is { } holder)
        {
            if (s0.Speakers.Any(x => x.Slug == holder.Slug))
                return MissingPart();
            return new(
                AspectKind.Quotation,
                ClaimVerdict.Contradicted,
                p.Quotation!.Quote,
                $"These words were said by {who}, according to {Where(s0.Source)}; the title the claim gives "
                    + $"(\"{holder.Title}\") was {holder.Name}'s then, according to the catalog.",
                who,
                c.Treaty?.Slug,
                null,
                said.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(),
                said.Count
            );
        }
        if (p.Speaker is null && (p.TitleSpeaks || p.Actors.Any(a => a.Kind == "person")))
            return Unchecked(
                $"{who} said these words, verbatim, according to {Where(s0.Source)}; the claim gives the speaker "
                    + "by a title or names another person, which is not checked against who said them."
            );
        // "Russia's prime minister at the time said '…'": someone says the words, but no one the checker can name.
        // The words being right does not make that speaker right.
        if (p.Speaker is null && p.Says)
            return Unchecked(
                $"{who} said these words, verbatim, according to {Where(s0.Source)}; the claim gives them to a "
                    + "speaker the checker cannot identify, so who said them is not checked."
            );
        return MissingPart();

        ClaimAspect? MissingPart()
        {
            foreach (var other in p.AllQuotations.Skip(1))
            {
                var parts = QuotedParts(other.Quote);
                var found = Candidates(c.Db, SearchText.QueryWords(other.Quote))
                    .Where(s => InOrder(QuoteFold(s.Text), parts))
                    .Where(s => s.Speakers.Any(x => s0.Speakers.Any(y => y.Slug == x.Slug)));
                if (!found.Any())
                    return Unchecked(
                        $"{who} said \"{p.Quotation!.Quote}\", verbatim, according to {Where(s0.Source)}; none of "
                            + $"{who}'s statements in the sources holds \"{other.Quote}\"."
                    );
            }
            return null;
        }

        ClaimAspect Unchecked(string why) =>
            new(
                AspectKind.Quotation,
                ClaimVerdict.Unverifiable,
                p.Quotation!.Quote,
                why,
                null,
                c.Treaty?.Slug,
                null,
                said.Take(ClaimAspect.MaxEvidence).Select(Evidence).ToList(),
                said.Count
            );
    }

    /// <summary>
    /// "The Kremlin spokesman said the talks were …": the speaker was read from a title, so a paraphrase found among
    /// that person's statements stands only if the person held the title on the day of the statement.
    /// </summary>
    private static ClaimAspect ByTitle(Context c, ClaimAspect a)
    {
        if (!c.P.SpeakerByTitle || a.Verdict == ClaimVerdict.Unverifiable || c.P.Speaker is not { } sp)
            return a;
        var s0 = a.Evidence.FirstOrDefault(e => e.Kind == "statement") is { } e
            ? FactQueries.StatementById(c.Db, e.Id)
            : null;
        var holder = s0 is null ? null : TitleHolder(c, s0);
        if (holder is not null && holder.Slug == sp.Slug)
            return a with
            {
                Explanation = a.Explanation + $" {holder.Name} was {holder.Title} then, according to the catalog.",
            };
        return a with
        {
            Verdict = ClaimVerdict.Unverifiable,
            Expected = null,
            Explanation =
                a.Explanation
                + $" The claim names the speaker by a title (\"{sp.Span.Quote}\"), which is not found to be "
                + $"{sp.Name}'s on the day of the statement.",
        };
    }

    private sealed record Holder(string Slug, string Name, string Title);

    /// <summary>
    /// The one person who held the title the claim gives ("the Kremlin spokesman", "Russia's prime minister") on
    /// the day of the statement, from the catalog's roles; null when the title, its country or the day is not read,
    /// or more than one person fits.
    /// </summary>
    private static Holder? TitleHolder(Context c, Statement s0)
    {
        if (SpeakerTitle().Match(c.Text) is not { Success: true } m)
            return null;
        var of = Regex.Replace(m.Groups["of"].Value.ToLowerInvariant(), @"['’]s?$", "");
        var ofActor = of switch
        {
            "u.s." or "us" or "american" or "united states" or "washington" or "white house" => "united-states",
            "russian" or "russia" or "kremlin" or "moscow" => "russia",
            _ => c.P.Actors.FirstOrDefault(a =>
                a.Kind == "person" && a.Span.Start == m.Groups["of"].Index && a.Resolution == "name"
            )?.Slug
                // "Putin's press secretary" read whole as the holder: whose title it is, by the name's alias.
                ?? c.Db.ExecuteScalar<string?>(
                    "SELECT actor FROM actor_aliases WHERE alias_key = @key LIMIT 1",
                    new { key = of }
                ),
        };
        var title = Regex.Replace(m.Groups["role"].Value.ToLowerInvariant(), @"\s+", " ");
        var role = title switch
        {
            "spokesman" or "spokeswoman" or "spokesperson" or "press secretary" => "spokesperson",
            _ => title.Replace(' ', '-'),
        };
        var day = s0.Date?.Date ?? s0.Source.Published;
        if (ofActor is null || day is null || day.Length < 10)
            return null;
        day = day[..10];
        var holders = c
            .Db.Query<(string Slug, string Name)>(
                """
                SELECT DISTINCT r.actor, a.name FROM actor_roles r JOIN actors a ON a.slug = r.actor
                WHERE r.role = @role AND r.of_actor = @ofActor AND r.from_date <= @day
                    AND (r.to_date IS NULL OR r.to_date >= @day)
                """,
                new
                {
                    role,
                    ofActor,
                    day,
                }
            )
            .ToList();
        var said = m.Value[..^m.Groups["verb"].Length].Trim();
        return holders.Count == 1 ? new Holder(holders[0].Slug, holders[0].Name, said) : null;
    }

    [GeneratedRegex(
        @"\b(?<of>U\.S\.|US|American|United\s+States['’]?|Washington['’]s|White\s+House|Russian|Russia['’]s|"
            + @"Kremlin|Moscow['’]s|[A-Z][a-z]+['’]s)\s+(?:presidential\s+)?"
            + @"(?<role>president|prime\s+minister|foreign\s+minister|secretary\s+of\s+state|"
            + @"spokes(?:man|woman|person)|press\s+secretary)\s+(?:(?:also|later|then)\s+)?"
            + @"(?<verb>said|says|told|stated|called|calls|described|describes|added|noted|remarked|stressed|denied|"
            + @"denies|insisted|confirmed|claimed|warned)\b"
    )]
    private static partial Regex SpeakerTitle();
}
