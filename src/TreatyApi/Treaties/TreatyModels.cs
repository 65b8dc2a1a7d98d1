using System.ComponentModel;
using TreatyApi.Facts;

namespace TreatyApi.Treaties;

public sealed record SourceLink(string Title, string Url);

public sealed record ActorRef(string Slug, string Name);

[Description("A key date of a treaty from the catalog, with the public source it is taken from.")]
public sealed record TreatyDateEntry(
    string Kind,
    string Date,
    string? Place,
    SourceLink Citation,
    [property: Description(
        "True when the date was seen in the text of the cited source; false when it was not checked."
    )]
        bool Checked
);

[Description(
    "A treaty as listed: catalogued ones have a full name, kind and dates; others were met in a document by their form."
)]
public sealed record TreatySummary(
    string Slug,
    string Name,
    string? FullName,
    string? Kind,
    bool Catalogued,
    string Status,
    string Url
);

[Description(
    "A treaty with its dates, derived status, and every limit, deadline and statement found about it, each with its "
        + "source."
)]
public sealed record TreatyDetail(
    string Slug,
    string Name,
    string? FullName,
    string? Kind,
    bool Catalogued,
    IReadOnlyList<string> Aliases,
    [property: Description("The treaty's parties today (follow `links.parties` for each state's status on any day).")]
        PartiesSummary Parties,
    [property: Description(
        "The depositaries of its instruments (states or organisations); empty when none is catalogued."
    )]
        IReadOnlyList<ActorRef> Depositaries,
    [property: Description(
        "Derived from the catalog dates and today's date: not-in-force, in-force, expired, terminated, or unknown "
            + "(uncatalogued)."
    )]
        string Status,
    string StatusBasis,
    IReadOnlyList<TreatyDateEntry> Dates,
    IReadOnlyList<Limit> Limits,
    IReadOnlyList<Deadline> Deadlines,
    [property: Description("Statements in the documents that mention this treaty.")]
        IReadOnlyList<Statement> Statements,
    [property: Description("Where the treaty is named in the documents.")] IReadOnlyList<TreatyMentionSource> Mentions,
    [property: Description(
        "How many of each there are in all; the lists above hold at most the first 20 (follow `links` for the rest)."
    )]
        FactCounts Counts,
    TreatyLinks Links
)
{
    /// <summary>
    /// How many of each kind of fact a treaty page embeds: a treaty named in thousands of documents would
    /// otherwise make its page grow with the corpus. The sub-resources page through all of them.
    /// </summary>
    public const int Embedded = 20;
}

public sealed record FactCounts(long Limits, long Deadlines, long Statements, long Mentions);

public sealed record TreatyLinks(
    string Self,
    string Limits,
    string Deadlines,
    string Statements,
    string Parties,
    string Timeline
);

public sealed record TreatyMentionSource(string DocumentId, long Start, long End, string Quote);

public sealed record TreatyPage(IReadOnlyList<TreatySummary> Items, string? Next);

public sealed record LimitList(string Treaty, IReadOnlyList<Limit> Items, string? Next);

public sealed record DeadlineList(string Treaty, IReadOnlyList<Deadline> Items, string? Next);

public sealed record StatementList(string Treaty, IReadOnlyList<Statement> Items, string? Next);

/// <summary>A treaty's status is derived, never stored: it changes with today's date.</summary>
public static class TreatyStatus
{
    public static (string Status, string Basis) Derive(
        bool catalogued,
        IReadOnlyList<TreatyDateEntry> dates,
        DateOnly today
    )
    {
        if (!catalogued)
            return ("unknown", "not in the catalog: no dates to derive a status from");
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? On(string kind) =>
            dates
                .Where(d => d.Kind == kind)
                .Select(d => (DateOnly?)DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture))
                .LastOrDefault();
        if (On("terminated") is { } t && t <= today)
            return ("terminated", $"terminated on {Iso(t)}");
        if (On("expires") is { } e && e <= today)
            return ("expired", $"expired on {Iso(e)}; today is {Iso(today)}");
        if (On("entered-into-force") is { } f && f <= today)
            return (
                "in-force",
                On("expires") is { } until ? $"in force since {Iso(f)}, until {Iso(until)}" : $"in force since {Iso(f)}"
            );
        return ("not-in-force", "no entry-into-force date on or before today");
    }
}
