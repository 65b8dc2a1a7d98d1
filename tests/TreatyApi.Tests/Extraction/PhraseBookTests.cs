using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>Every phrasing of the phrase book gives, in its own example sentence, the fact it promises.</summary>
public class PhraseBookTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (list, phrase) in PhraseBook.AllExamples())
            data.Add(list, phrase.Text);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_phrase_yields_the_fact_of_its_example(string list, string text)
    {
        var phrase = PhraseBook.AllExamples().First(x => x.List == list && x.Phrase.Text == text).Phrase;
        var (ok, found) = ExampleFacts.Check(Repo.Extractor, phrase);
        Assert.True(
            ok,
            $"{list} «{text}»: \"{phrase.Example}\" should give {phrase.Expect}; gave [{string.Join("; ", found)}]"
        );
    }

    [Fact]
    public void Every_phrase_has_an_example_that_uses_it()
    {
        Assert.All(PhraseBook.AllExamples(), x =>
        {
            var words = x.Phrase.Text.Split(' ')[0];
            Assert.Contains(words, x.Phrase.Example, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void The_whitespace_token_is_written_once()
    {
        // Phrases and patterns write a plain space; the builder turns it into the one token.
        var source = File.ReadAllText(Path.Combine(Repo.Root, "src", "TreatyApi.Extraction", "LimitExtractor.cs"));
        Assert.DoesNotContain(@"[\s\u00A0]", source, StringComparison.Ordinal);
        Assert.Matches(@"^\(\?<!\[\\w-\]\)\(\?:no\[\\s\\u00A0\]\+more", PhraseBook.Spaced(PhraseBook.B + "(?:no more"));
    }
}
