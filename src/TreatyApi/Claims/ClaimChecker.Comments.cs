using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using TreatyApi.Extraction;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

/// <summary>"Peskov commented on the Obama-Putin talks on June 19": that someone spoke, when, and of whom.</summary>
public static partial class ClaimChecker
{
    // Speaking about something without saying what: "commented on", "remarked on", "spoke about".
    [GeneratedRegex(
        @"\b(?:comment(?:ed|s)?|remark(?:ed|s)?)\s+on\b|\bsp(?:oke|eaks)\s+about\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex CommentedOn();

    // A clause of its own before the speaker: a verb that asserts something the comment does not read.
    [GeneratedRegex(
        @"\b(?:was|were|is|are|had|has|have|held|took\s+place|met|began|ended|signed|agreed)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AssertionBefore();

    /// <summary>
    /// "X commented on &lt;others&gt;' talks on &lt;day&gt;": a statement of X, on that day (or weekday), in a report
    /// that names the others. Nothing of what was said is claimed, so nothing can contradict it: a missing statement
    /// leaves it unverifiable.
    /// </summary>
    private static ClaimAspect? CheckComment(Context c, ClaimDate? date)
    {
        var p = c.P;
        if (p.Speaker is not { } speaker || CommentedOn().Match(c.Text) is not { Success: true } verb)
            return null;
        // "The talks were held on a Tuesday, the same day Peskov commented on them": the claim's own assertion comes
        // before the comment and is not read by it, and the speaker must be the one who comments, right before it.
        if (
            speaker.Span.End > verb.Index
            || c.Text[speaker.Span.End..verb.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2
            || AssertionBefore().IsMatch(c.Text[..speaker.Span.Start])
        )
            return null;
        var others = p.Actors.Where(a => a.Kind == "person" && a.Slug != speaker.Slug).ToList();
        if (others.Count == 0 || (date is null && p.Weekday is null))
            return null;
        var rows = c
            .Db.Query<(string Id, string Date, string Document)>(
                """
                SELECT s.id, s.date, s.document_id
                FROM statement_speakers ss JOIN statements s ON s.id = ss.statement_id
                WHERE ss.actor = @speaker AND ss.date >= @from AND ss.date <= @to
                ORDER BY ss.date, ss.statement_id LIMIT 200
                """,
                new
                {
                    speaker = speaker.Slug,
                    from = date is null ? "0000" : Iso(date),
                    to = date is null ? "9999" : Iso(date) + "\uffff",
                }
            )
            .Where(r => date is null || Same(date, r.Date))
            .Where(r =>
                p.Weekday is not { } wd
                || (
                    r.Date.Length == 10
                    && DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek.ToString()
                        == wd
                )
            )
            .ToList();
        var names = string.Join(" and ", others.Select(o => o.Name).Distinct());
        foreach (var r in rows)
        {
            var doc = c.Db.ExecuteScalar<string>("SELECT text FROM documents WHERE id = @id", new { id = r.Document });
            if (doc is null || !others.All(o => doc.Contains(o.Name.Split(' ')[^1], StringComparison.Ordinal)))
                continue;
            var s = FactQueries.StatementById(c.Db, r.Id)!;
            return new(
                AspectKind.Paraphrase,
                ClaimVerdict.Supported,
                c.Text,
                $"{speaker.Name} is quoted on {Show(r.Date)} in a report that names {names}: \"{s.Text}\", "
                    + $"according to {Where(s.Source)}.",
                null,
                c.Treaty?.Slug,
                null,
                [Evidence(s)],
                1
            );
        }
        return new(
            AspectKind.Paraphrase,
            ClaimVerdict.Unverifiable,
            c.Text,
            $"No statement of {speaker.Name} "
                + $"{(date is null ? "on a " + p.Weekday : "on " + Show(date))} is found in a report that names "
                + $"{names}.",
            null,
            c.Treaty?.Slug,
            null,
            [],
            0
        );
    }
}
