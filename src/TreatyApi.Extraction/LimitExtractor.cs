using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Limits and deadlines: in a sentence about a treaty, a limiting word ("limits", "reduce … to", "no more
/// than") followed by quantities ("1,550 warheads and 700 delivery vehicles"), and dates governed by
/// "by", "until", "no later than" ("by 2018", "until Feb. 5, 2026").
/// </summary>
internal sealed partial class LimitExtractor(ActorRecognizer actors)
{
    [GeneratedRegex(@"(?<![\w-])(?:limit(?:s|ed|ing)?|cap(?:s|ped|ping)?|ceilings?|reduc(?:e|es|ed|ing|tions?)|cut(?:s|ting)?|trim(?:s|med)?|no[\s\u00A0]+more[\s\u00A0]+than|not[\s\u00A0]+(?:to[\s\u00A0]+)?exceed|up[\s\u00A0]+to|at[\s\u00A0]+most|maximum[\s\u00A0]+of|allow(?:s|ed)?|permit(?:s|ted)?|restrict(?:s|ed)?)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex LimitCue();

    [GeneratedRegex(@"(?<![\w-])(?:each(?:[\s\u00A0]+(?:side|party|country|nation))?|both[\s\u00A0]+(?:sides|parties|countries|nations)|either[\s\u00A0]+side)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex EachParty();

    [GeneratedRegex(@"(?<![\w-])(?:the|this|that|its)[\s\u00A0]+(?:treaty|accord|pact|agreement)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    private static readonly Dictionary<string, string> DeadlineKinds = new(StringComparer.Ordinal)
    {
        ["by"] = "due", ["no later than"] = "due", ["not later than"] = "due", ["before"] = "due",
        ["until"] = "until", ["till"] = "until", ["through"] = "until",
    };

    public (List<LimitFact> Limits, List<DeadlineFact> Deadlines) Extract(string text, string documentId,
        IReadOnlyList<Range> paragraphs, IReadOnlyList<TreatyMention> treaties, Catalog catalog, DateOnly? published)
    {
        var limits = new List<LimitFact>();
        var deadlines = new List<DeadlineFact>();
        TreatyMention? lastNamed = null;
        foreach (var para in paragraphs)
        {
            TreatyMention? context = null;
            foreach (var sentence in TextStructure.Sentences(text, para))
            {
                var here = treaties.Where(t => sentence.Contains(t.Span.Start)).ToList();
                // "The treaty limits…": an anaphor refers to the last treaty named, even in an earlier
                // paragraph; within a paragraph, later sentences ("It was extended…") keep that treaty.
                if (here.Count == 0 && context is null && lastNamed is not null &&
                    Anaphor().IsMatch(text.Substring(sentence.Start, sentence.Length)))
                    context = lastNamed;
                var treaty = here.FirstOrDefault() ?? context;
                if (here.Count > 0) context = lastNamed = here[^1];
                if (treaty is null) continue;

                var due = Dates.Find(text, sentence, published)
                    .Where(d => d.Preposition is { } p && DeadlineKinds.ContainsKey(p)).ToList();
                var found = Limits(text, sentence, treaty, catalog, due.FirstOrDefault(), documentId);
                limits.AddRange(found);
                foreach (var d in due)
                    deadlines.Add(Deadline(text, sentence, treaty, d, found, documentId));
            }
        }
        return (limits, deadlines);
    }

    private List<LimitFact> Limits(string text, Range sentence, TreatyMention treaty, Catalog catalog,
        DateMatch? due, string documentId)
    {
        var result = new List<LimitFact>();
        var cue = LimitCue().Match(text, sentence.Start, sentence.Length);
        if (!cue.Success) return result;
        var afterCue = new Range(cue.Index, sentence.End);
        var quantities = Quantities.Find(text, afterCue);
        if (quantities.Count == 0) return result;

        // Qualifiers of the object between the cue and the first figure ("their deployed strategic nuclear arsenals").
        var objectWords = text[cue.Index..quantities[0].Range.Start]
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.').ToLowerInvariant()).Where(Quantities.IsModifier).ToList();
        var each = EachParty().IsMatch(text.Substring(sentence.Start, sentence.Length));
        var entry = catalog.Treaties.FirstOrDefault(t => t.Slug == treaty.Slug);
        var binds = actors.Find(text, sentence, null)
            .Where(m => m.Actor?.Kind == "state" && (entry is null || entry.Parties.Count == 0 || entry.Parties.Contains(m.Actor.Slug)))
            .Select(m => m.Actor!.Slug).Distinct().Order(StringComparer.Ordinal).ToList();
        if (binds.Count == 0 && each && entry is not null) binds = entry.Parties.Order(StringComparer.Ordinal).ToList();
        var deadline = due is null ? null : new FactDate(due.Date, due.Precision, "stated", null);

        foreach (var q in quantities)
        {
            var words = objectWords.Concat(q.Modifiers).Distinct().ToList();
            var counted = string.Join(' ', words.Append(q.Unit));
            int start = Math.Min(cue.Index, due?.Range.Start ?? int.MaxValue);
            int end = Math.Max(q.Range.End, due is not null && due.Range.Start < q.Range.End + 40 ? due.Range.End : 0);
            end = Math.Max(end, q.Range.End);
            result.Add(new LimitFact(
                FactIds.Make("lm", documentId, treaty.Slug, q.Number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), counted),
                treaty.Slug, q.Number.Value, q.Unit, counted, binds, each, deadline, Span.Of(text, start, end)));
        }
        return result;
    }

    private static DeadlineFact Deadline(string text, Range sentence, TreatyMention treaty, DateMatch due,
        List<LimitFact> limits, string documentId)
    {
        int start, end;
        if (limits.Count > 0)
        {
            start = Math.Min(due.Range.Start, limits.Min(l => l.Span.Start));
            end = Math.Max(due.Range.End, limits.Max(l => l.Span.End));
        }
        else
        {
            start = sentence.Start;
            end = sentence.End;
            while (end > start && text[end - 1] is '.' or ' ') end--;
        }
        // What must happen: from the limiting verb ("reduce their … arsenals to …"), without the date itself.
        var cue = limits.Count > 0 ? LimitCue().Match(text, sentence.Start, sentence.Length) : null;
        var actionStart = cue is { Success: true } && cue.Index > due.Range.Start ? cue.Index : start;
        var action = TextStructure.Normalize(text[actionStart..end]);
        var date = new FactDate(due.Date, due.Precision, "stated", null);
        return new DeadlineFact(
            FactIds.Make("dl", documentId, treaty.Slug, date.Iso, action),
            treaty.Slug, date, DeadlineKinds[due.Preposition!], action, Span.Of(text, start, end));
    }
}
