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
        if (p.Speaker is null && (p.TitleSpeaks || p.Actors.Any(a => a.Kind == "person")))
            return Unchecked(
                $"{who} said these words, verbatim, according to {Where(s0.Source)}; the claim gives the speaker "
                    + "by a title or names another person, which is not checked against who said them."
            );
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
}
