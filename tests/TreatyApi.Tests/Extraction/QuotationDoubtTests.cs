using TreatyApi.Extraction;
using static TreatyApi.Tests.Extraction.Statements;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Broad signals of doubt (StatementExtractor.Doubts): a quotation that is a name, a short quotation with no
/// attribution of its own beside another one, a relaying source as speaker, an outlet carried to a fragment are
/// withheld; the same shapes without the signal are kept. Every text here is made up.
/// </summary>
public class QuotationDoubtTests
{
    private static StatementReading? Withheld(ExtractionResult r, string text) =>
        r
            .Explanations.Values.Select(e => e.Reading)
            .FirstOrDefault(x => x is { Withheld: true } && x.Unabridged.Text == text);

    [Fact]
    public void A_name_after_a_naming_word_is_no_statement_though_a_speech_verb_stands_before_it()
    {
        var r = Repo.Extract(
            "Headline\n\nDefence Minister Lena Vogt said the so-called \"Iron Shield\" would be ready in 2030."
        );
        Assert.DoesNotContain(r.Statements, s => s.Text == "Iron Shield");
        Assert.Contains("name=frame", Withheld(r, "Iron Shield")!.Features);
    }

    [Fact]
    public void A_short_title_cased_name_is_no_statement()
    {
        var r = Repo.Extract(
            "Headline\n\nAna Ruiz said the figures would appear in the \"Annual Compliance Report\" next month."
        );
        Assert.DoesNotContain(r.Statements, s => s.Text == "Annual Compliance Report");
        Assert.NotNull(Withheld(r, "Annual Compliance Report"));
    }

    [Fact]
    public void A_fragment_after_the_same_speech_verb_is_kept_with_its_speaker()
    {
        var r = Repo.Extract(
            "Headline\n\nDefence Minister Lena Vogt said the new shield was \"ready to deploy within the decade\"."
        );
        Assert.Equal(["Lena Vogt"], Names(Quote(r, "ready to deploy within the decade")));
    }

    [Fact]
    public void Short_quoted_terms_beside_another_quotation_with_no_attribution_of_their_own_are_withheld()
    {
        var r = Repo.Extract(
            "Headline\n\n\"We will not sign this draft,\" Ana Ruiz said on Monday. Its \"national security\" and "
                + "\"supreme interests\" clauses were written for another era."
        );
        Assert.Equal(["Ana Ruiz"], Names(Quote(r, "We will not sign this draft")));
        Assert.DoesNotContain(r.Statements, s => s.Text == "national security");
        Assert.DoesNotContain(r.Statements, s => s.Text == "supreme interests");
        Assert.Contains("shared=yes", Withheld(r, "supreme interests")!.Features);
    }

    [Fact]
    public void A_short_quotation_carried_on_alone_in_its_sentence_is_kept()
    {
        var r = Repo.Extract(
            "Headline\n\n\"We will not sign this draft,\" Ana Ruiz said on Monday. \"Not this year.\""
        );
        Assert.Equal(["Ana Ruiz"], Names(Quote(r, "Not this year.")));
    }

    [Fact]
    public void An_unnamed_source_who_names_someone_else_in_the_sentence_is_not_given_as_the_speaker()
    {
        var r = Repo.Extract(
            "Headline\n\nA senior official said Elena Markova, the prime minister, had told the cabinet "
                + "\"we are leaving the treaty before the summer\"."
        );
        foreach (var s in r.Statements.Where(s => s.Text.StartsWith("we are leaving", StringComparison.Ordinal)))
            Assert.DoesNotContain("A senior official", Names(s), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unnamed_source_alone_in_the_sentence_is_kept()
    {
        var r = Repo.Extract(
            "Headline\n\n\"We have no plans to resume testing this year,\" a senior official said in Vienna."
        );
        Assert.Equal(["a senior official"], Names(Quote(r, "We have no plans to resume testing this year")));
    }

    [Fact]
    public void An_unnamed_source_in_apposition_to_a_name_not_read_is_not_given_as_the_speaker()
    {
        var r = Repo.Extract(
            "Headline\n\nOthers disagree. \u017Dygimantas \u0160imkus, a Lithuanian defence adviser, told a seminar "
                + "that such limits \"would freeze an advantage taken by force\". Asked about ceilings on Baltic "
                + "forces, he said: \"Not while the war goes on next door.\""
        );
        var s = Quote(r, "would freeze an advantage taken by force");
        Assert.DoesNotContain("a Lithuanian defence adviser", Names(s), StringComparer.OrdinalIgnoreCase);
        var next = Quote(r, "Not while the war goes on next door.");
        Assert.DoesNotContain("a Lithuanian defence adviser", Names(next), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unnamed_source_after_a_place_is_kept()
    {
        var r = Repo.Extract(
            "Headline\n\nIn Vilnius, a Lithuanian defence adviser told a seminar that such limits \"would freeze an "
                + "advantage taken by force\"."
        );
        Assert.Equal(["a Lithuanian defence adviser"], Names(Quote(r, "would freeze an advantage taken by force")));
    }

    [Fact]
    public void An_interview_outlet_is_carried_to_a_full_sentence_of_the_speaker_but_not_to_a_fragment()
    {
        var r = Repo.Extract(
            "Headline\n\nDeputy Foreign Minister Ana Ruiz told the Financial Times on Monday that talks on the "
                + "treaty would resume.\n\n\"We are ready to meet in Geneva in March,\" Ruiz said.\n\n"
                + "She called the latest offer \"a good start for both sides\"."
        );
        Assert.Equal("Financial Times", Quote(r, "We are ready to meet in Geneva in March").Outlet?.Name);
        var fragment = Quote(r, "a good start for both sides");
        Assert.Null(fragment.Outlet);
        Assert.Equal("Financial Times", r.Explanations[fragment.Id].Reading!.Unabridged.Outlet?.Name);
    }
}
