using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// The actor recogniser runs some patterns only where a cheap literal test finds one of their cue words
/// (<see cref="ActorRecognizer.CuedPatterns"/>), for speed: the test may pass where the pattern finds nothing, but
/// must never fail where it finds something, on every text we hold (whole, paragraph by paragraph and sentence by
/// sentence, as the recogniser reads ranges) and on edge cases of our own. A cue word dropped from a test while its
/// pattern still matches fails here.
/// </summary>
public class LiteralCuesTests
{
    private static void NeverMissed(string text)
    {
        foreach (var (name, matches, mayMatch) in ActorRecognizer.CuedPatterns())
            if (matches(text))
                Assert.True(mayMatch(text), $"{name} matches but its cue test fails: {text}");
    }

    public static IEnumerable<object[]> Texts() => DateStartsTests.Texts();

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_cue_test_passes_wherever_its_pattern_matches(string path)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, path));
        NeverMissed(text);
        foreach (var para in TextStructure.Paragraphs(text))
        {
            NeverMissed(text.Substring(para.Start, para.Length));
            foreach (var s in TextStructure.Sentences(text, para))
                NeverMissed(text.Substring(s.Start, s.Length));
        }
    }

    [Theory]
    [InlineData("\"We are ready,\" a senior Western diplomat told reporters in Geneva.")]
    [InlineData("The foreign ministries of Norway, Chile and Kenya said the talks would resume.")]
    [InlineData("The Peruvian embassy to the UN and both governments welcomed the deal.")]
    [InlineData("\"It is over,\" the top Brazilian negotiator said, citing THE COMMUNIQU\u00C9.")]
    [InlineData("Officials at the Norwegian Foreign Ministry and the Senate Armed Services Committee disagreed.")]
    [InlineData("An official\u00A0familiar with the talks said the two\ndelegations met.")]
    // Letters outside ASCII that case-insensitive matching may read as ASCII ones: the cue test passes.
    [InlineData("the \u212Aremlin said; the \u017Ftatement; the D\u0130PLOMAT")]
    [InlineData("")]
    public void Edge_cases_of_our_own(string text)
    {
        NeverMissed(text);
        Assert.True(
            ActorRecognizer.CuedPatterns().Any(p => p.Matches(text)) || text.Length < 60,
            "each long example exercises a pattern"
        );
    }
}
