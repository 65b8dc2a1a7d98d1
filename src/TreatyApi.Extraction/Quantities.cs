using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>A number as written ("1,550", "1550", "seven hundred", "1.5 million") and its value.</summary>
public readonly record struct NumberMatch(TextRange Range, decimal Value);

/// <summary>A number followed by what it counts: "1,550 deployed warheads".</summary>
public readonly record struct QuantityMatch(
    NumberMatch Number,
    TextRange Range,
    string Unit,
    IReadOnlyList<string> Modifiers
);

public static partial class Quantities
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };
    private static readonly Dictionary<string, int> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100,
        ["thousand"] = 1000,
        ["million"] = 1_000_000,
    };

    // Digits with thousands separators (commas, or the non-breaking and thin spaces of European style: "1 550"),
    // plain digits, or decimals; an optional scale word ("1.5 million").
    // Not the digits of a model designation ("IR-1 centrifuges", "SS-20 missiles"): those name a thing, not a count.
    [GeneratedRegex(
        @"(?<![\w.,])(?<![A-Za-z]-)(?<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00A0\u2009\u202F]\d{3})+(?!\d)"
            // "30 000 armoured combat vehicles", "6 800 combat aircraft": a plain space between groups of three, as
            // European and translated copy writes thousands (one to three digits, then groups of exactly three).
            + @"|\d{1,3}(?:\x20\d{3})+(?![\d.,]|\x20\d)"
            + @"|\d+(?:\.\d+)?)(?:\s+(?<scale>hundred|thousand|"
            + @"million))?(?!(?!(?:km|kg)\b)[\w]|,\d)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DigitNumber();

    [GeneratedRegex(
        @"\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + @"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            + @"hundred|thousand|million)(?:[\s-]+(?:and[\s]+)?)?)+\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex WordNumber();

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<NumberMatch> Numbers(string text, TextRange within)
    {
        var result = new List<NumberMatch>();
        var slice = text[within.Start..within.End];
        foreach (Match m in DigitNumber().Matches(slice))
        {
            var digits = m.Groups["n"]
                .Value.Replace(",", "", StringComparison.Ordinal)
                .Replace("\u00A0", "", StringComparison.Ordinal)
                .Replace(" ", "", StringComparison.Ordinal)
                .Replace("\u2009", "", StringComparison.Ordinal)
                .Replace("\u202F", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
                continue;
            if (m.Groups["scale"].Success)
                v *= Scales[m.Groups["scale"].Value];
            result.Add(new NumberMatch(new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length), v));
        }
        foreach (Match m in WordNumber().Matches(slice))
        {
            var raw = m.Value.TrimEnd(' ', '-', '\t', '\n');
            raw = raw.EndsWith(" and", StringComparison.OrdinalIgnoreCase) ? raw[..^4] : raw;
            foreach (var (at, length) in NumbersJoinedByAnd(raw))
                if (ParseWords(raw.Substring(at, length)) is { } v)
                    result.Add(
                        new NumberMatch(
                            new TextRange(within.Start + m.Index + at, within.Start + m.Index + at + length),
                            v
                        )
                    );
        }
        result.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return result;
    }

    /// <summary>
    /// Where number words joined by "and" are two numbers: "between seventeen hundred and twenty-two hundred" is 1,700
    /// and 2,200, not one number, while "two hundred and fifty" and "two hundred and fifty thousand" are one. After
    /// "and" English continues a number only with what is smaller than the group before it: a second "hundred" in the
    /// same group, or a scale word the number already used, starts a new number. (offset, length) of each in raw.
    /// </summary>
    private static List<(int At, int Length)> NumbersJoinedByAnd(string raw)
    {
        var parts = new List<(int At, int Length)>();
        var start = 0;
        foreach (Match and in AndBetweenWords().Matches(raw))
        {
            var before = raw[start..and.Index];
            var after = raw[(and.Index + and.Length)..];
            var next = AndBetweenWords().Match(after) is { Success: true } n ? after[..n.Index] : after;
            if (!StartsNewNumber(before, next))
                continue;
            parts.Add((start, and.Index - start));
            start = and.Index + and.Length;
        }
        parts.Add((start, raw.Length - start));
        return parts;
    }

    private static bool StartsNewNumber(string before, string next)
    {
        static bool Has(string words, string w) =>
            Regex.IsMatch(words, $@"\b{w}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        // The group the "and" continues: what follows the last thousand or million before it.
        var lastScale = Regex.Match(
            before,
            @"\b(?:thousand|million)\b(?!.*\b(?:thousand|million)\b)",
            RegexOptions.IgnoreCase
        );
        var group = lastScale.Success ? before[(lastScale.Index + lastScale.Length)..] : before;
        if (Has(next, "hundred") && Has(group, "hundred") && !Has(next, "thousand") && !Has(next, "million"))
            return true;
        return (Has(next, "thousand") && (Has(before, "thousand") || Has(before, "million")))
            || (Has(next, "million") && Has(before, "million"));
    }

    [GeneratedRegex(@" \([A-Z]{2,6}s?\)")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndBetweenWords();

    /// <summary>"one thousand five hundred fifty" → 1550; null when the words are not a number ("hundred"
    /// alone).</summary>
    public static decimal? ParseWords(string words)
    {
        var parts = words
            .Split([' ', '-', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.Equals("and", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (parts.Count == 0 || Scales.ContainsKey(parts[0]))
            return null;
        decimal total = 0,
            current = 0;
        foreach (var p in parts)
        {
            if (Small.TryGetValue(p, out var s))
                current += s;
            else if (p.Equals("hundred", StringComparison.OrdinalIgnoreCase))
                current *= 100;
            else if (Scales.TryGetValue(p, out var scale))
            {
                total += current * scale;
                current = 0;
            }
            else
                return null;
        }
        return total + current;
    }

    private static readonly Regex UnitAfterNumber = BuildUnitRegex();

    private static Regex BuildUnitRegex()
    {
        var unit = PhraseBook.Any(PhraseBook.CountedThings);
        var mods = PhraseBook.Any(PhraseBook.Modifiers);
        // A list of units shares one figure: "700 deployed ICBMs, SLBMs and heavy bombers".
        // The qualifiers never start with "and"/"or": in "capped at 700 and deployed launchers at 800" the 700 counts
        // what came before it, not the launchers of the next clause.
        // "700 deployed intercontinental ballistic missiles (ICBMs), submarine-launched ballistic missiles (SLBMs),
        // and heavy bombers": a thing spelled out may carry its abbreviation in brackets, and the list goes on.
        const string abbreviation = @"(?: \([A-Z]{2,6}s?\))?";
        return PhraseBook.Interpret(
            @"\G (?!(?:and|or) )(?<mods>(?:"
                + mods
                + " ){0,4})(?<unit>"
                + unit
                + abbreviation
                + "(?:(?:,(?: )?(?:and )?| and )(?:(?:"
                + mods
                + ") )*"
                + unit
                + abbreviation
                + @")*)\b",
            RegexOptions.IgnoreCase
        );
    }

    private static readonly Regex MeasureAfterNumber = PhraseBook.Interpret(
        @"\G(?: )?(?<m>" + PhraseBook.Any(PhraseBook.MeasureUnits.Select(u => u.Text)) + @")(?!\w)",
        RegexOptions.IgnoreCase
    );

    /// <summary>A unit of measure right after a figure ("3.67 percent", "300 kilograms"): (measure, unit,
    /// end).</summary>
    public static (string Measure, string Unit, int End)? MeasureAfter(string text, int at, int limit)
    {
        var m = MeasureAfterNumber.Match(text, at);
        if (!m.Success || m.Index + m.Length > limit)
            return null;
        var u = PhraseBook.MeasureUnits.First(x =>
            x.Text.Equals(TextStructure.Normalize(m.Groups["m"].Value), StringComparison.OrdinalIgnoreCase)
        );
        return (u.Measure, u.Unit, m.Index + m.Length);
    }

    /// <summary>The counted thing right after a figure, if any (same reading as <see cref="Find"/>).</summary>
    public static QuantityMatch? UnitAfter(string text, NumberMatch n, int limit)
    {
        var m = UnitAfterNumber.Match(text, n.Range.End);
        if (!m.Success || m.Index + m.Length > limit)
            return null;
        var mods = m.Groups["mods"]
            .Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w =>
                !w.Equals("and", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("or", StringComparison.OrdinalIgnoreCase)
            )
            .Select(w => w.ToLowerInvariant())
            .ToList();
        return new QuantityMatch(
            n,
            new TextRange(n.Range.Start, m.Index + m.Length),
            CanonicalUnit(m.Groups["unit"].Value),
            mods
        );
    }

    private static readonly Regex AnyCounted = PhraseBook.Compile(
        PhraseBook.B + "(?<unit>" + PhraseBook.Any(PhraseBook.CountedThings) + ")" + PhraseBook.E,
        RegexOptions.IgnoreCase
    );

    /// <summary>The first counted thing named in a range.</summary>
    public static (string Unit, TextRange Range)? FirstCounted(string text, TextRange within)
    {
        // A range that ends before it starts (a figure after the cue it is searched before) holds nothing.
        if (within.Length <= 0)
            return null;
        var m = AnyCounted.Match(text, within.Start, within.Length);
        return m.Success ? (CanonicalUnit(m.Groups["unit"].Value), new TextRange(m.Index, m.Index + m.Length)) : null;
    }

    /// <summary>Every counted thing named in a range, in order.</summary>
    public static List<(string Unit, TextRange Range)> AllCounted(string text, TextRange within)
    {
        var result = new List<(string, TextRange)>();
        for (var m = AnyCounted.Match(text, within.Start, within.Length); m.Success; m = m.NextMatch())
            result.Add((CanonicalUnit(m.Groups["unit"].Value), new TextRange(m.Index, m.Index + m.Length)));
        return result;
    }

    /// <summary>The last counted thing named in a range ("the number of launchers may not exceed 800").</summary>
    public static (string Unit, TextRange Range)? LastCounted(string text, TextRange within)
    {
        Match? last = null;
        if (within.Length <= 0)
            return null;
        for (var m = AnyCounted.Match(text, within.Start, within.Length); m.Success; m = m.NextMatch())
            last = m;
        return last is null
            ? null
            : (CanonicalUnit(last.Groups["unit"].Value), new TextRange(last.Index, last.Index + last.Length));
    }

    /// <summary>Numbers directly followed (after at most four qualifiers) by a unit a treaty counts.</summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<QuantityMatch> Find(string text, TextRange within)
    {
        var result = new List<QuantityMatch>();
        foreach (var n in Numbers(text, within))
        {
            var m = UnitAfterNumber.Match(text, n.Range.End);
            if (!m.Success || m.Index + m.Length > within.End)
                continue;
            var mods = m.Groups["mods"]
                .Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(w =>
                    !w.Equals("and", StringComparison.OrdinalIgnoreCase)
                    && !w.Equals("or", StringComparison.OrdinalIgnoreCase)
                )
                .Select(w => w.ToLowerInvariant())
                .ToList();
            var unit = CanonicalUnit(m.Groups["unit"].Value);
            result.Add(new QuantityMatch(n, new TextRange(n.Range.Start, m.Index + m.Length), unit, mods));
        }
        return result;
    }

    private static readonly Regex AnyUnit = AnyCounted;

    /// <summary>
    /// A figure and a unit anywhere in a short text, for claims phrased unit-first ("caps warheads at 1550").
    /// Years after a date preposition are not figures.
    /// </summary>
    public static QuantityMatch? Loose(string text)
    {
        var unit = AnyUnit.Match(text);
        if (!unit.Success)
            return null;
        var dates = Dates.Find(text, new TextRange(0, text.Length), null);
        var number = Numbers(text, new TextRange(0, text.Length))
            .FirstOrDefault(n => !dates.Any(d => d.Range.Overlaps(n.Range)) && !CountsSomethingElse(text, n));
        if (number.Range.Length == 0)
            return null;
        return new QuantityMatch(number, number.Range, CanonicalUnit(unit.Groups["unit"].Value), []);
    }

    /// <summary>
    /// A figure read apart from its unit stands on its own ("caps warheads at 1550 for each side"). One that names a
    /// year ("the 2002 Treaty of Moscow") or counts the noun right after it ("the two leaders", "three years later")
    /// is not the figure of that unit.
    /// </summary>
    private static bool CountsSomethingElse(string text, NumberMatch n)
    {
        var digits = text[n.Range.Start..n.Range.End];
        if (digits.Length == 4 && digits.All(char.IsAsciiDigit) && n.Value is >= 1900 and < 2100)
            return true;
        var next = NextWord().Match(text, n.Range.End);
        return next.Success && !LooseFollowers.Contains(next.Groups["w"].Value);
    }

    /// <summary>Words that may follow a figure standing alone: a preposition, a conjunction, "each".</summary>
    private static readonly HashSet<string> LooseFollowers = new(
        ["to", "and", "or", "at", "by", "for", "in", "on", "under", "per", "each", "apiece", "a", "an", "from", "as"],
        StringComparer.OrdinalIgnoreCase
    );

    [GeneratedRegex(@"\G[ \t\u00A0]*(?<w>\p{L}[\p{L}'-]*)")]
    private static partial Regex NextWord();

    public static bool IsModifier(string word) =>
        PhraseBook.Modifiers.Contains(word, StringComparer.OrdinalIgnoreCase)
        && !word.Equals("and", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("or", StringComparison.OrdinalIgnoreCase);

    private static string CanonicalUnit(string unit)
    {
        var u = TextStructure.Normalize(unit);
        // "missiles (ICBMs), …": an abbreviation in brackets repeats the thing it follows.
        if (u.Contains('(', StringComparison.Ordinal))
            u = Abbreviation().Replace(u, "");
        // "interceptor missiles" and "interceptors" are one thing counted (the ABM Treaty's 100).
        if (u.Equals("interceptor missiles", StringComparison.OrdinalIgnoreCase))
            return "interceptors";
        if (
            u.Equals("ACVs", StringComparison.OrdinalIgnoreCase)
            || u.Equals("combat armored vehicles", StringComparison.OrdinalIgnoreCase)
            || u.Equals("combat armoured vehicles", StringComparison.OrdinalIgnoreCase)
        )
            return "armoured combat vehicles";
        // "deployed carriers" (Russian usage) are delivery vehicles.
        if (u.Equals("carriers", StringComparison.OrdinalIgnoreCase))
            return "delivery vehicles";
        // "20,000 pieces (units) of artillery" is the CFE Treaty's artillery pieces.
        if (
            u.Equals("pieces of artillery", StringComparison.OrdinalIgnoreCase)
            || u.Equals("units of artillery", StringComparison.OrdinalIgnoreCase)
            || u.Equals("artillery", StringComparison.OrdinalIgnoreCase)
        )
            return "artillery pieces";
        return u.StartsWith("ICBM", StringComparison.Ordinal) || u.StartsWith("SLBM", StringComparison.Ordinal)
            ? u
            : u.ToLowerInvariant();
    }
}
