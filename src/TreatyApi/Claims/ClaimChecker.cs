using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;

namespace TreatyApi.Claims;

/// <summary>
/// Checks a parsed claim against the snapshot: a figure against the limits with the same unit, a date against
/// the deadlines, a quotation or paraphrase against what the named speaker said.
/// </summary>
public static class ClaimChecker
{
    public static ClaimCheck Check(SqliteConnection db, string claim, ParsedClaim parsed)
    {
        var findings = new List<ClaimFinding>();
        if (parsed.Quantity is { } q) findings.Add(CheckQuantity(db, parsed.Treaty?.Slug, q));
        if (parsed.Date is { } d && parsed.Speaker is null && parsed.Quotation is null)
            findings.Add(CheckDate(db, parsed.Treaty?.Slug, d, parsed.Quantity));
        if (parsed.Speaker is not null || parsed.Quotation is not null) findings.Add(CheckStatement(db, parsed));

        var verdict = findings.Any(f => f.Verdict == "contradicted") ? "contradicted"
            : findings.Any(f => f.Verdict == "supported") ? "supported" : "unverifiable";
        if (findings.Count == 0)
            findings.Add(ClaimFinding.Unverifiable("claim",
                "The claim states no figure, date or quotation that the sources could confirm or contradict."));
        return new ClaimCheck(claim, verdict, Model(parsed), findings);
    }

    private static ParsedClaimModel Model(ParsedClaim p) => new(
        p.Treaty?.Slug,
        p.Quantity is { } q ? new ParsedQuantity((double)q.Value, q.Unit, q.Span.Quote) : null,
        p.Date is { } d ? new ParsedDate(new FactDate(d.Date, d.Precision, "stated", null).Iso, d.Precision.ToString().ToLowerInvariant(), d.Span.Quote) : null,
        p.Speaker is { } s ? new Speaker(s.Slug, s.Name, s.Span.Quote, "name") : null,
        p.Quotation?.Quote);

    private static string Number(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static ClaimFinding CheckQuantity(SqliteConnection db, string? treaty, ClaimQuantity q)
    {
        var unit = q.Unit;
        var limits = FactQueries.LimitValuesOfUnit(db, unit, treaty);
        var claimed = (double)q.Value;
        ClaimEvidence Listed(string id) => Evidence(FactQueries.LimitById(db, id)!);
        var same = limits.Where(l => l.Value == claimed).Select(l => l.Id).ToList();
        if (same.Count > 0)
            return Found("quantity", "supported", $"The sources give a limit of {Number(claimed)} {unit}.", null, same, Listed);
        if (limits.Count > 0)
        {
            var expected = string.Join(" or ", limits.Select(l => $"{Number(l.Value)} {unit}").Distinct());
            return Found("quantity", "contradicted", $"The sources give {expected}, not {Number(claimed)}.", expected,
                limits.Select(l => l.Id).ToList(), Listed);
        }
        return ClaimFinding.Unverifiable("quantity", $"No limit on {unit} is found in the sources{(treaty is null ? "" : " for " + treaty)}.");
    }

    private static ClaimFinding CheckDate(SqliteConnection db, string? treaty, ClaimDate d, ClaimQuantity? quantity)
    {
        var unit = quantity?.Unit;
        var deadlines = FactQueries.DeadlineDates(db, treaty);
        if (unit is not null)
        {
            // "…1,550 warheads by 2018": the deadline that goes with that limit, when one does.
            var withUnit = deadlines.Where(x => x.Action.Contains(unit, StringComparison.OrdinalIgnoreCase)).ToList();
            if (withUnit.Count > 0) deadlines = withUnit;
        }
        // Compare at the coarser of the two precisions: "by 2018" matches a deadline of February 5, 2018.
        int[] mine = [d.Date.Year, d.Date.Month, d.Date.Day];
        int levels = d.Precision switch { DatePrecision.Year => 1, DatePrecision.Month => 2, _ => 3 };
        bool Same(string date)
        {
            var theirs = date.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return theirs.Take(levels).Select((v, i) => v == mine[i]).All(b => b);
        }
        ClaimEvidence Listed(string id) => Evidence(FactQueries.DeadlineById(db, id)!);
        var claimedIso = new FactDate(d.Date, d.Precision, "stated", null).Iso;
        var same = deadlines.Where(x => Same(x.Date)).Select(x => x.Id).ToList();
        if (same.Count > 0)
            return Found("date", "supported", $"The sources give a deadline in {claimedIso}.", null, same, Listed);
        if (deadlines.Count > 0)
        {
            var expected = string.Join(" or ", deadlines.Select(x => x.Date).Distinct());
            return Found("date", "contradicted", $"The sources give {expected}, not {claimedIso}.", expected, deadlines.Select(x => x.Id).ToList(), Listed);
        }
        return ClaimFinding.Unverifiable("date", "No deadline is found in the sources" + (treaty is null ? "." : $" for {treaty}."));
    }

    /// <summary>
    /// A finding that weighed <paramref name="weighed"/> (ids, or facts already read): only the first
    /// <see cref="ClaimFinding.MaxEvidence"/> become evidence, so a fact is read whole only when it is listed.
    /// </summary>
    private static ClaimFinding Found<T>(string aspect, string verdict, string explanation, string? expected,
        IReadOnlyList<T> weighed, Func<T, ClaimEvidence> evidence) =>
        new(aspect, verdict, explanation, expected, weighed.Take(ClaimFinding.MaxEvidence).Select(evidence).ToList(), weighed.Count);

    private static ClaimFinding CheckStatement(SqliteConnection db, ParsedClaim p)
    {
        if (p.Quotation is { } quote)
        {
            var said = Candidates(db, SearchText.QueryWords(quote.Quote))
                .Where(s => Fold(s.Text).Contains(Fold(quote.Quote), StringComparison.OrdinalIgnoreCase)).ToList();
            var bySpeaker = p.Speaker is null ? said : said.Where(s => s.Speakers.Any(x => x.Slug == p.Speaker.Slug)).ToList();
            if (bySpeaker.Count > 0)
                return Found("statement", "supported", "The quotation is in the sources, verbatim.", null, bySpeaker, Evidence);
            if (said.Count > 0)
            {
                var who = string.Join(", ", said.SelectMany(s => s.Speakers.Select(x => x.Name)).Distinct());
                return Found("statement", "contradicted", $"The sources attribute these words to {who}.", who, said, Evidence);
            }
            return ClaimFinding.Unverifiable("statement", "The quotation is not in the sources.");
        }

        // A paraphrase ("Peskov called the talks very positive"): the speaker's statement whose content words the
        // claim repeats in order, as a run of three, or of two that is the whole statement.
        // Only the words are read for every statement of the speaker (thousands, on a large corpus); whole statements
        // with their sources only for the evidence listed.
        var statements = FactQueries.TextsOfSpeaker(db, p.Speaker!.Slug);
        var matches = statements.Select(s => (s.Id, Words: ClaimParser.Words(s.Text)))
            .Select(s => (s.Id, Run: LongestRun(p.ContentWords, s.Words), Length: s.Words.Count))
            .Where(x => x.Run >= 3 || (x.Run == 2 && x.Length == 2))
            .OrderByDescending(x => x.Run).Select(x => x.Id).ToList();
        if (matches.Count > 0)
            return Found("statement", "supported", $"{p.Speaker.Name} is quoted saying this.", null, matches,
                id => Evidence(FactQueries.StatementById(db, id)!));
        return ClaimFinding.Unverifiable("statement", statements.Count == 0
            ? $"The sources quote nothing of {p.Speaker.Name}."
            : $"None of {p.Speaker.Name}'s {statements.Count} quoted statements says this.");
    }

    private static List<Statement> Candidates(SqliteConnection db, List<string> words)
    {
        if (words.Count == 0) return [];
        var match = SearchQueries.MatchExpression(words.Take(32));
        return db.Query<string>("""
            SELECT r.ref_id FROM search JOIN search_refs r ON r.rowid = search.rowid
            WHERE search MATCH @match AND r.kind = 'statement' ORDER BY r.ref_id LIMIT 200
            """, new { match }).Select(id => FactQueries.StatementById(db, id)!).ToList();
    }

    private static string Fold(string s) => TextStructure.Normalize(s.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\''));

    private static int LongestRun(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int best = 0;
        var prev = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            var cur = new int[b.Count + 1];
            for (int j = 1; j <= b.Count; j++)
                if (a[i - 1] == b[j - 1]) best = Math.Max(best, cur[j] = prev[j - 1] + 1);
            prev = cur;
        }
        return best;
    }

    private static ClaimEvidence Evidence(Limit l) => new("limit", l.Id,
        $"{Number(l.Value)} {l.Unit} ({l.Counted}){(l.Deadline is { } d ? ", by " + d.Date : "")}", l.Source);
    private static ClaimEvidence Evidence(Deadline d) => new("deadline", d.Id, $"{d.Kind} {d.Date.Date}: {d.Action}", d.Source);
    private static ClaimEvidence Evidence(Statement s) => new("statement", s.Id,
        $"{string.Join(" and ", s.Speakers.Select(x => x.Name))}{(s.Date is { } d ? ", " + d.Date : "")}: \"{s.Text}\"", s.Source);
}
