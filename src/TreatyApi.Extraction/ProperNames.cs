using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// People the catalog does not know: a run of capitalised words that reads as a personal name
/// ("Antony Blinken", "Sergei A. Ryabkov"), with leading titles ("Deputy Foreign Minister") dropped.
/// Used only next to a speech verb, where a name is what the grammar expects.
/// </summary>
public static partial class ProperNames
{
    [GeneratedRegex(@"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[\s\u00A0]+(?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]'[A-Z][a-z]+|al-[A-Z][a-z]+|bin|de|van|von)){1,5}(?![\w-])")]
    private static partial Regex Capitalised();

    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "If", "When", "While", "Despite", "After", "Before", "As",
        "Deputy", "Foreign", "Defense", "Defence", "Minister", "Secretary", "President", "Vice", "Prime", "Premier",
        "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Ambassador", "General", "Gen", "Senator", "Sen",
        "Representative", "Rep", "Chairman", "Chairwoman", "Director", "Undersecretary", "Under", "Assistant", "State",
        "Chief", "Envoy", "Special", "Adviser", "Advisor", "National", "Security", "Former", "Acting", "Lt", "Colonel",
        "Admiral", "Commander", "Official", "Officials", "Russian", "American", "Chinese", "British", "French",
        "Iranian", "Kremlin", "Pentagon", "Mr", "Mrs", "Ms", "Dr",
    };
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "House", "Department", "Ministry", "Agency", "Council", "Office", "Committee", "News", "Times", "Post",
        "Association", "Institute", "Center", "Centre", "Union", "Organization", "Organisation", "Treaty", "Convention",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Nations", "States",
    };

    public static List<(Range Range, string Name)> Find(string text, Range within)
    {
        var result = new List<(Range, string)>();
        foreach (Match m in Capitalised().Matches(text.Substring(within.Start, within.Length)))
        {
            var tokens = Regex.Matches(m.Value, @"\S+").Cast<Match>().ToList();
            int first = 0;
            while (first < tokens.Count && Leading.Contains(tokens[first].Value.TrimEnd('.'))) first++;
            if (tokens.Count - first < 2) continue;
            if (tokens.Skip(first).Any(t => NotPeople.Contains(t.Value))) continue;
            int start = within.Start + m.Index + tokens[first].Index;
            int end = within.Start + m.Index + m.Length;
            result.Add((new Range(start, end), TextStructure.Normalize(text[start..end])));
        }
        return result;
    }
}
