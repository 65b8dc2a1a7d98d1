namespace TreatyApi.Extraction;

/// <summary>
/// Guards over a whole document's deadlines, after every rule has read its sentences: one deadline per period and
/// per date (README's one-deadline convention, across sentences). Each removes a class of second facts that a reader
/// listing a treaty's deadlines would count twice, or a fact less sure than one beside it.
/// </summary>
internal static partial class RelativeDeadlines
{
    public static void Guard(List<DeadlineFact> deadlines, IReadOnlyList<TextRange> paragraphs)
    {
        OneDateOneFact(deadlines, paragraphs);
    }

    /// <summary>
    /// Two period rules reading overlapping words to one date ("no later than 40 months after entry into force" and
    /// "40 months after entry into force") are one fact: the longer reading stands.
    /// </summary>
    private static void OneDateOneFact(List<DeadlineFact> deadlines, IReadOnlyList<TextRange> paragraphs)
    {
        var drop = new HashSet<DeadlineFact>();
        foreach (var f in deadlines)
        {
            if (f.Date is not { } date || f.Relative is null || drop.Contains(f))
                continue;
            foreach (var o in deadlines)
            {
                if (
                    o != f
                    && !drop.Contains(o)
                    && o.Relative is not null
                    && o.TreatySlug == f.TreatySlug
                    && o.Date?.Iso == date.Iso
                    && o.Span.Start < f.Span.End
                    && f.Span.Start < o.Span.End
                    && o.Span.End - o.Span.Start <= f.Span.End - f.Span.Start
                )
                    drop.Add(o);
            }
        }
        if (drop.Count > 0)
            deadlines.RemoveAll(drop.Contains);
    }

}
