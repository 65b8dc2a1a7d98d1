namespace TreatyApi.Claims;

/// <summary>
/// How an explanation words a treaty's limit for a person to read. "New START limits warheads to 1,550" reads right
/// for a count, but "limits percent to 3.67", "limits kilometers to 500-5,500" or "limits ratifications to 50" says
/// something else than the treaty does (a ceiling on a level, the band of ranges it bans, the ratifications it needs
/// to enter into force), so each measure gets its own wording.
/// </summary>
public static partial class ClaimChecker
{
    /// <summary>The clause "New START limits warheads to 1,550" for <paramref name="figures"/> (already formatted,
    /// "1,550" or "500-5,500" or "1,550 or 1,600"); <paramref name="counted"/> is what the limit counts, when
    /// known.</summary>
    private static string LimitClause(string treaty, string unit, string measure, string figures, string? counted)
    {
        if (unit == "ratifications")
            return $"{treaty} needs {figures} ratifications to enter into force";
        if (measure == "count")
            return $"{treaty} limits {unit} to {figures}";
        var what = counted is null ? null : Short(counted);
        return measure == "distance"
            ? what is null
                ? $"{treaty} sets {figures} {unit}"
                : $"{treaty} sets {figures} {unit} as the {what}"
            : what is null
                ? $"{treaty} sets a limit of {figures} {unit}"
                : $"{treaty} sets {figures} {unit} as the limit on the {what}";
    }

    /// <summary>What a limit counts, without the treaty's parenthesis or explanation after a colon: "stockpile of
    /// uranium hexafluoride enriched up to 3.67%".</summary>
    private static string Short(string counted)
    {
        var end = counted.Length;
        foreach (var stop in new[] { " (", ": " })
            if (counted.IndexOf(stop, StringComparison.Ordinal) is var i and > 0 && i < end)
                end = i;
        return counted[..end];
    }

    /// <summary>What the limits count, when they all count the same thing; else null.</summary>
    private static string? Only(IReadOnlyList<Facts.Limit> limits) =>
        limits.Select(l => l.Counted).Distinct().Count() == 1 ? limits[0].Counted : null;
}
