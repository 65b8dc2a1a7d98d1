using System.Globalization;
using TreatyApi.Extraction;

namespace TreatyApi.ExtractEval;

/// <summary>
/// Counts, per fact kind, gold facts found (recall) and returned facts that are gold (precision). A returned fact
/// matches a gold one when its span overlaps the gold quote and its value (limits: figure and lower end;
/// deadlines: the date at its precision, or the offset of a relative one) is the gold value; each gold fact is
/// matched at most once.
/// </summary>
public sealed partial class Scorer(Catalog catalog, TextWriter? misses)
{
    private sealed class Tally
    {
        public int Gold,
            Found,
            Returned,
            Right;
    }

    private readonly Dictionary<string, Tally> _kinds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Gold, int Found)> _patterns = new(StringComparer.Ordinal);
    private int _noSpeaker;
    private int _notLimitHits,
        _notLimits,
        _uncataloguedReturned,
        _uncataloguedGold;

    private Tally Kind(string k) => _kinds.TryGetValue(k, out var t) ? t : _kinds[k] = new Tally();

    public double Recall(string k) => Kind(k).Gold == 0 ? 1 : (double)Kind(k).Found / Kind(k).Gold;

    public double Precision(string k) => Kind(k).Returned == 0 ? 1 : (double)Kind(k).Right / Kind(k).Returned;

    private void Pattern(string kind, string? pattern, bool found)
    {
        var key = $"{kind}: {pattern ?? "(none)"}";
        var (g, f) = _patterns.GetValueOrDefault(key);
        _patterns[key] = (g + 1, f + (found ? 1 : 0));
    }

    private void Miss(string article, string what) => misses?.WriteLine($"  {article}: {what}");

    public void Article(string name, string text, Gold gold, ExtractionResult facts)
    {
        Treaties(name, gold, facts);
        TreatyWays(name, text, gold, facts);
        Limits(name, text, gold, facts);
        Deadlines(name, text, gold, facts);
        Quotations(name, text, gold, facts);
        Distinct(text, gold, facts);
        QuoteKinds(name, text, gold, facts);
    }

    private void Treaties(string name, Gold gold, ExtractionResult facts)
    {
        var t = Kind("treaties");
        var known = catalog.Treaties.Select(x => x.Slug).ToHashSet(StringComparer.Ordinal);
        var goldSet = gold.Treaties.Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        _uncataloguedGold += gold.Treaties.Count(s => !known.Contains(s));
        var returned = facts.Treaties.Where(m => m.Known).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var u in facts.Treaties.Where(m => !m.Known).Select(m => m.Name).Distinct())
        {
            _uncataloguedReturned++;
            Miss(name, $"treaty name not in the catalog (unscored): {u}");
        }
        t.Gold += goldSet.Count;
        t.Returned += returned.Count;
        foreach (var s in goldSet)
            if (returned.Contains(s))
                t.Found++;
            else
                Miss(name, $"treaty missed: {s}");
        foreach (var s in returned)
            if (goldSet.Contains(s))
                t.Right++;
            else
                Miss(name, $"treaty not in gold: {s}");
    }

    private static List<TreatyApi.Extraction.TextRange> Occurrences(string text, string quote)
    {
        var result = new List<TreatyApi.Extraction.TextRange>();
        if (quote.Length == 0)
            return result;
        for (
            int i = text.IndexOf(quote, StringComparison.Ordinal);
            i >= 0;
            i = text.IndexOf(quote, i + 1, StringComparison.Ordinal)
        )
            result.Add(new TreatyApi.Extraction.TextRange(i, i + quote.Length));
        return result;
    }

    private static bool Overlaps(List<TreatyApi.Extraction.TextRange> gold, Span s) =>
        gold.Any(g => g.Start < s.End && s.Start < g.End);

    private void Limits(string name, string text, Gold gold, ExtractionResult facts)
    {
        var t = Kind("limits");
        var unit = Kind("limit unit");
        var used = new HashSet<LimitFact>();
        foreach (var g in gold.Limits)
        {
            var at = Occurrences(text, g.Quote);
            if (at.Count == 0)
            {
                Miss(name, $"GOLD QUOTE NOT IN ARTICLE: {g.Quote}");
                continue;
            }
            t.Gold++;
            var hit = facts
                .Limits.Where(l => !used.Contains(l) && Overlaps(at, l.Span) && l.Value == g.Value && l.Min == g.Min)
                .MinBy(l => l.Span.End - l.Span.Start);
            Pattern("limits", g.Pattern, hit is not null);
            if (hit is null)
            {
                Miss(name, $"limit missed [{g.Pattern}]: {g.Value} {g.Unit} «{g.Quote}»");
                continue;
            }
            used.Add(hit);
            t.Found++;
            unit.Gold++;
            unit.Returned++;
            bool unitRight = (g.Measure ?? Measures.Count) == hit.Measure && SameUnit(g.Unit, hit.Unit);
            UnitClass(name, hit, unitRight, facts);
            if (unitRight)
            {
                unit.Found++;
                unit.Right++;
            }
            else
                Miss(name, $"limit unit: gold {g.Measure}/{g.Unit}, returned {hit.Measure}/{hit.Unit}");
        }
        t.Returned += facts.Limits.Count;
        t.Right += used.Count;
        foreach (var l in facts.Limits.Where(l => !used.Contains(l)))
            Miss(name, $"limit not in gold: {l.Value} {l.Unit} «{l.Span.Quote}»");
        foreach (var n in gold.NotLimits ?? [])
        {
            _notLimits++;
            var at = Occurrences(text, n.Quote);
            if (facts.Limits.Any(l => Overlaps(at, l.Span) && !used.Contains(l)))
            {
                _notLimitHits++;
                Miss(name, $"NOT-LIMIT read as a limit ({n.Why}): «{n.Quote}»");
            }
        }
    }

    private static bool SameUnit(string? gold, string returned)
    {
        if (gold is null)
            return true;
        string Last(string s) =>
            s.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant() ?? "";
        return string.Equals(gold, returned, StringComparison.OrdinalIgnoreCase) || Last(gold) == Last(returned);
    }

    private static string? GoldIso(GoldDeadline g)
    {
        if (g.Date is null)
            return null;
        return g.Precision switch
        {
            "year" => g.Date[..4],
            "month" => g.Date[..7],
            _ => g.Date,
        };
    }

    private void Deadlines(string name, string text, Gold gold, ExtractionResult facts)
    {
        var t = Kind("deadlines");
        var used = new HashSet<DeadlineFact>();
        foreach (var g in gold.Deadlines)
        {
            var at = Occurrences(text, g.Quote);
            if (at.Count == 0)
            {
                Miss(name, $"GOLD QUOTE NOT IN ARTICLE: {g.Quote}");
                continue;
            }
            t.Gold++;
            var iso = GoldIso(g);
            var hit = facts
                .Deadlines.Where(d =>
                    !used.Contains(d)
                    && Overlaps(at, d.Span)
                    && (iso is not null ? d.Date?.Iso == iso : d.Relative?.Offset == g.Relative?.Offset)
                )
                .MinBy(d => d.Span.End - d.Span.Start);
            Pattern("deadlines", g.Pattern, hit is not null);
            if (hit is null)
            {
                Miss(name, $"deadline missed [{g.Pattern}]: {iso ?? g.Relative?.Offset} «{g.Quote}»");
                continue;
            }
            used.Add(hit);
            t.Found++;
        }
        // A deadline the extractor left undated, relative to an event (P6M after the notice), where the gold reader
        // dated that event from elsewhere in the text: it says less, not something wrong. It is not counted as found
        // (the gold date was not given) nor as returned (it is not a wrong fact).
        var undated = facts
            .Deadlines.Where(d =>
                !used.Contains(d)
                && d.Date is null
                && gold.Deadlines.Any(g =>
                    g.Date is not null
                    && g.Relative?.Offset == d.Relative?.Offset
                    && Overlaps(Occurrences(text, g.Quote), d.Span)
                )
            )
            .ToHashSet();
        t.Returned += facts.Deadlines.Count - undated.Count;
        t.Right += used.Count;
        foreach (var d in facts.Deadlines.Where(d => !undated.Contains(d)))
        {
            DeadlineClass(name, d, used.Contains(d), facts);
            DeadlineDoubts(name, text, d, used.Contains(d), PublishedOf(gold), facts);
        }
        foreach (var d in undated)
            Miss(
                name,
                $"deadline left undated (not scored): {d.Relative?.Offset} after {d.Relative?.Event} "
                    + $"«{d.Span.Quote}»"
            );
        foreach (var d in facts.Deadlines.Where(d => !used.Contains(d) && !undated.Contains(d)))
            Miss(name, $"deadline not in gold: {d.Date?.Iso ?? d.Relative?.Offset} «{d.Span.Quote}»");
    }

    private void Quotations(string name, string text, Gold gold, ExtractionResult facts)
    {
        var q = Kind("quotations");
        var sp = Kind("quotation speaker");
        var outlet = Kind("quotation outlet");
        var date = Kind("quotation date");
        var used = new HashSet<StatementFact>();
        foreach (var g in gold.Quotations)
        {
            var at = Occurrences(text, g.Text);
            if (at.Count == 0)
            {
                Miss(name, $"GOLD QUOTE NOT IN ARTICLE: {g.Text}");
                continue;
            }
            q.Gold++;
            sp.Gold++;
            date.Gold++;
            if (g.Outlet is not null)
                outlet.Gold++;
            var hit = facts
                .Statements.Where(s => !used.Contains(s) && Overlaps(at, s.Span))
                .MinBy(s => Math.Abs(s.Span.End - s.Span.Start - g.Text.Length));
            Pattern("quotations", g.Pattern, hit is not null);
            if (hit is null)
            {
                Miss(name, $"quotation missed [{g.Pattern}]: «{Short(g.Text)}»");
                continue;
            }
            used.Add(hit);
            q.Found++;
            bool speakerRight =
                g.Speakers.Count == hit.Speakers.Count && g.Speakers.All(n => hit.Speakers.Any(s => SameActor(n, s)));
            Pattern("quotation speaker", g.Pattern, speakerRight);
            Resolved(hit, speakerRight, g.Date);
            if (speakerRight)
            {
                sp.Found++;
                if (hit.Speakers.Count > 0)
                    sp.Right++;
            }
            else
                Miss(
                    name,
                    $"speaker: gold [{string.Join(", ", g.Speakers)}], returned ["
                        + string.Join(", ", hit.Speakers.Select(s => $"{s.Name} ({s.Resolution}: {s.Mention})"))
                        + $"] «{Short(g.Text)}»"
                );
            bool outletRight = g.Outlet is null
                ? hit.Outlet is null
                : hit.Outlet is { } o && SameName(g.Outlet, o.Name, o.Label);
            OutletPlace(hit, outletRight, text);
            Classes(facts, hit, g);
            if (g.Outlet is not null && outletRight)
                outlet.Found++;
            if (hit.Outlet is not null)
            {
                outlet.Returned++;
                if (outletRight)
                    outlet.Right++;
            }
            if (!outletRight)
                Miss(
                    name,
                    $"outlet: gold {g.Outlet ?? "none"}, returned {hit.Outlet?.Label ?? "none"} «{Short(g.Text)}»"
                );
            // A quotation left undated (the extractor was unsure when) is a date not found, not a wrong one: date
            // precision is over the quotations returned with a date, as speaker precision is over those with one.
            bool dateRight = g.Date is null || hit.Date?.Iso == g.Date;
            if (hit.Date is not null)
                date.Returned++;
            if (dateRight)
            {
                date.Found++;
                if (hit.Date is not null)
                    date.Right++;
            }
            else if (hit.Date is null)
                Miss(name, $"quotation date: gold {g.Date}, returned none «{Short(g.Text)}»");
            else
                Miss(
                    name,
                    $"quotation date: gold {g.Date}, returned {hit.Date?.Iso ?? "none"} ({hit.Date?.Basis}) "
                        + $"«{Short(g.Text)}»"
                );
        }
        q.Returned += facts.Statements.Count;
        q.Right += used.Count;
        // A quotation given without a speaker (the extractor was unsure who) is a speaker not found, not a wrong
        // one: speaker precision is over the quotations returned with speakers.
        sp.Returned += facts.Statements.Count(s => s.Speakers.Count > 0);
        _noSpeaker += facts.Statements.Count(s => s.Speakers.Count == 0);
        foreach (var s in facts.Statements.Where(s => !used.Contains(s)))
        {
            Unmatched(s);
            ClassesUnmatched(facts, s);
        }
        foreach (var s in facts.Statements.Where(s => !used.Contains(s)))
            Miss(
                name,
                $"quotation not in gold: «{Short(s.Text)}» ({string.Join(", ", s.Speakers.Select(x => x.Name))})"
            );
    }

    private static string Short(string s) => s.Length <= 70 ? s : s[..67] + "…";

    private bool SameActor(string gold, SpeakerRef s) =>
        SameName(gold, [s.Name, s.Mention, .. catalog.Actor(s.Slug)?.Aliases ?? []]);

    /// <summary>Names match when equal after folding case and "the", when one holds the other as whole words, or
    /// when two full names share their surname ("Sergei Lavrov" is the catalog's "Sergey Lavrov").</summary>
    private static bool SameName(string gold, params string[] returned)
    {
        static string[] Words(string s) =>
            s.ToLowerInvariant()
                .Replace("\u2019", "'", StringComparison.Ordinal)
                .Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w != "the")
                .ToArray();
        var g = Words(gold);
        foreach (var r in returned.Select(Words))
        {
            if (g.Length == 0 || r.Length == 0)
                continue;
            var gs = string.Join(' ', g);
            var rs = string.Join(' ', r);
            if (
                gs == rs
                || $" {rs} ".Contains($" {gs} ", StringComparison.Ordinal)
                || $" {gs} ".Contains($" {rs} ", StringComparison.Ordinal)
            )
                return true;
            if (g.Length >= 2 && r.Length >= 2 && g[^1] == r[^1])
                return true;
        }
        return false;
    }

    public void Print(TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"{"kind", -20} {"recall", 8} {"found/gold", 12} {"precision", 10} {"right/returned", 15}");
        foreach (
            var k in new[]
            {
                "treaties",
                "limits",
                "limit unit",
                "deadlines",
                "quotations",
                "quotation speaker",
                "quotation outlet",
                "quotation date",
            }
        )
        {
            var t = Kind(k);
            o.WriteLine(
                string.Format(
                    inv,
                    "{0,-20} {1,8:P1} {2,12} {3,10:P1} {4,15}",
                    k,
                    Recall(k),
                    $"{t.Found}/{t.Gold}",
                    Precision(k),
                    $"{t.Right}/{t.Returned}"
                )
            );
        }
        PrintDistinct(o);
        o.WriteLine($"notLimits read as limits: {_notLimitHits}/{_notLimits}");
        o.WriteLine($"quotations returned without a speaker (unsure who; not in speaker precision): {_noSpeaker}");
        o.WriteLine(
            $"treaties named in gold but not in the catalog (not scored): {_uncataloguedGold}; "
                + $"uncatalogued treaty names returned (not scored): {_uncataloguedReturned}"
        );
        PrintResolutions(o);
        PrintClasses(o);
        PrintQuoteKinds(o);
        PrintDeadlineClasses(o);
        PrintTreatyWays(o);
        PrintDeadlineDoubts(o);
        PrintUnitClasses(o);
        o.WriteLine("recall per pattern:");
        foreach (var (p, (g, f)) in _patterns)
            o.WriteLine(string.Format(inv, "  {0,-40} {1,8:P0} {2,8}", p, g == 0 ? 1 : (double)f / g, $"{f}/{g}"));
    }
}
