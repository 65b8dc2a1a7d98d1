using System.Text.RegularExpressions;
using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Dates are found by trying the date pattern only where a date may begin (<see cref="DateStarts"/>), for speed:
/// it must find exactly what the pattern finds when run over the whole text, on every real text we hold and on
/// edge cases of our own. A word added to the pattern that DateStarts does not know fails here.
/// </summary>
public class DateStartsTests
{
    private static void Same(string text)
    {
        var expected = Dates.DatePattern().Matches(text).Select(Describe).ToList();
        var actual = Dates.Starts.Matches(text).Select(Describe).ToList();
        Assert.Equal(expected, actual);
    }

    private static string Describe(Match m) =>
        $"{m.Index}+{m.Length}:"
        + string.Join(';', m.Groups.Cast<Group>().Where(g => g.Success).Select(g => $"{g.Name}={g.Index}+{g.Length}"));

    public static IEnumerable<object[]> Texts() =>
        new[] { "articles", "heldout-2", "heldout-3", "heldout-4", "heldout-5" }
            .Select(set => Path.Combine(Repo.Root, "tests", "TreatyApi.Tests", "Corpus", set))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt"))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Seeds, "documents"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(Repo.Root, f) });

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_text_we_hold_gives_the_same_dates(string path)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, path));
        Same(text);
        // Sentence by sentence, as the extractor reads them: a sentence's edge is the edge of the text.
        foreach (var para in TextStructure.Paragraphs(text))
        foreach (var s in TextStructure.Sentences(text, para))
            Same(text.Substring(s.Start, s.Length));
    }

    [Theory]
    [InlineData("The pact lapses no later than 5 March 2031, officials said on Tuesday.")]
    [InlineData("Not later than Sept. 3, 2029 and not before 2027-04-30; until 2030 or through May.")]
    [InlineData("BY JUNE 1, 2026 the talks end; since 2019; after Friday; yesterday and TODAY.")]
    [InlineData("x2026 _June 2026 e\u0301 May 2026 ab2026-01-01 1,600 2,2000 19999")]
    // Letters outside ASCII that case-insensitive matching may read as ASCII ones: the long s, the Kelvin sign,
    // the dotted capital I.
    [InlineData("\u017Fince June 2026, \u212Aelvin, \u0130n 2026, \u0131n 2026, Ma\u0301y 2026")]
    [InlineData("\u0663 March 2026 and \u0661\u0662 May, 31 February 2026, June 31")]
    [InlineData("Signed in Vienna on 14 July 2015.\nIn 2015\u00A0the deal.\n\nJan.\u00A05, 2016")]
    [InlineData("")]
    [InlineData("2026")]
    public void Edge_cases_of_our_own_give_the_same_dates(string text) => Same(text);
}
