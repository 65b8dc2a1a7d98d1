using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>Texts the extractor cannot read well: another language, one paragraph repeated to the size limit.</summary>
public class BadInputTests
{
    [Fact]
    public void A_text_in_another_language_gives_nothing_and_says_why()
    {
        var r = Repo.Extract(
            "Russland setzt den New-START-Vertrag aus\n\n"
                + "Moskau hat am Dienstag angekündigt, die Teilnahme am Vertrag über die Verringerung strategischer "
                + "Waffen\n"
                + "auszusetzen. „Wir werden die Obergrenze von 1550 Sprengköpfen einhalten“, sagte Sergej Lawrow "
                + "in Moskau.\n"
                + "Die Vereinigten Staaten bedauerten den Schritt und forderten Russland auf, zu den Inspektionen "
                + "zurückzukehren."
        );
        Assert.Empty(r.Treaties);
        Assert.Empty(r.Limits);
        Assert.Empty(r.Statements);
        Assert.Equal([Language.NotEnglishWarning], r.Warnings);
    }

    [Fact]
    public void An_English_article_has_no_warning() =>
        Assert.Empty(
            Repo.Extract(
                "New START limits each side to 1,550 deployed warheads, and the treaty expires on February 5, 2026."
            ).Warnings
        );

    [Fact]
    public void One_paragraph_repeated_to_256_KB_gives_each_fact_once_and_a_treaty_once_per_paragraph()
    {
        const string paragraph =
            "New START limits each side to 1,550 deployed strategic warheads, and the New START "
            + "treaty expires on February 5, 2026. \"We will keep to the limits,\" Deputy Foreign Minister Sergei "
            + "Ryabkov said on Tuesday.";
        var copies = 256 * 1024 / (paragraph.Length + 2);
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, copies));
        var r = Repo.Extract(text);
        Assert.Single(r.Limits);
        Assert.Single(r.Deadlines);
        Assert.Single(r.Statements);
        Assert.Equal(copies, r.Treaties.Count);
        Assert.Equal("Sergei Ryabkov", r.Statements[0].Speakers.Single().Name);
    }
}

/// <summary>Sentences that once made a rule throw: the extractor must read any text without an exception.</summary>
public class ExtractorNeverThrowsTests
{
    [Theory]
    // A figure between a cue and the figure it governs ("caps … Category 2 agents at one tonne"): the search for
    // what is counted before the cue got a range that ended before it started.
    [InlineData(
        "Inspectors have made more than 3,000 visits since 1997, and the CWC caps each member's stocks of "
            + "Category 2 agents at one metric tonne."
    )]
    // Found by ExtractorFuzzTests (a word dropped, a paragraph run into the next): two mentions overlapping before
    // a speech verb made the gap between them run backwards.
    [InlineData(
        "New START caps could hold for a year\n\n\u201CA pledge is not a treaty, and it is hard to know what it is "
            + "worth,\u201D said Marta Kellner, a senior fellow at the Vienna Centre for Strategic  She added that the "
            + "the offer showed Moscow did not want \u201Can open race.\u201D"
    )]
    public void A_sentence_is_read_without_an_exception(string text) => Repo.Extract(text);
}
