using TreatyApi.Extraction;
using static TreatyApi.Tests.Extraction.Statements;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Classes of reading (StatementExtractor.Classes): a speaker or date of a class precise on real reporting is given;
/// one of a class that is not is withheld, and the quotation stays without it. Every text here is made up.
/// </summary>
public class SpeakerClassTests
{
    [Fact]
    public void A_pronoun_after_the_one_person_named_is_that_person_and_says_its_class()
    {
        var r = Repo.Extract(
            "Headline\n\nMaria Lindqvist spoke to reporters in Geneva on the future of the test ban.\n\n"
                + "\"The treaty still binds every signatory,\" she said."
        );
        var s = Quote(r, "The treaty still binds every signatory");
        Assert.Equal(["Maria Lindqvist"], Names(s));
        Assert.Equal("after/pronoun-sole", r.Explanations[s.Id].Reading?.Speaker);
    }

    [Fact]
    public void A_pronoun_with_two_men_named_before_it_gives_no_speaker()
    {
        var r = Repo.Extract(
            "Headline\n\nPaul Okafor met reporters once Daniel Brandt had left the talks on the treaty. "
                + "\"We will not wait for ever,\" he said."
        );
        var s = Quote(r, "We will not wait for ever");
        Assert.Empty(s.Speakers);
        Assert.Equal("after/pronoun-contested", r.Explanations[s.Id].Reading?.Speaker);
        // What the reading would have said is kept for the bench, not given.
        Assert.NotEmpty(r.Explanations[s.Id].Reading!.Unabridged.Speakers);
    }

    [Fact]
    public void The_next_quotation_with_no_new_frame_carries_the_speaker_on()
    {
        var r = Repo.Extract(
            "Headline\n\n\"The door is open,\" Ana Ruiz said of the New START talks. \"We will meet again in March.\""
        );
        Assert.Equal(["Ana Ruiz"], Names(Quote(r, "We will meet again in March.")));
    }

    [Fact]
    public void A_speaker_carried_on_is_withheld_where_its_first_quotation_was()
    {
        var r = Repo.Extract(
            "Headline\n\nPaul Okafor met reporters once Daniel Brandt had left the talks on the treaty. "
                + "\"We will not wait for ever,\" he said. \"The clock is running.\""
        );
        Assert.Empty(Quote(r, "The clock is running.").Speakers);
    }

    [Fact]
    public void A_spokesperson_no_one_named_is_not_a_speaker_but_a_statement_is()
    {
        var r = Repo.Extract(
            "Headline\n\n\"We are studying the proposal on inspections,\" the spokesperson said of the treaty.\n\n"
                + "\"Allies remain united behind the treaty,\" the statement said."
        );
        Assert.Empty(Quote(r, "We are studying the proposal on inspections").Speakers);
        Assert.Equal(["the statement"], Names(Quote(r, "Allies remain united behind the treaty")));
    }

    [Fact]
    public void A_sentence_on_the_next_line_is_not_the_attribution_of_a_quotation_that_ended()
    {
        var r = Repo.Extract(
            "Headline\n\nThe ministry said such deployments carry \"grave consequences for the whole region.\"\n"
                + "Earlier, envoy Ana Ruiz confirmed that a third round of talks was held in Vienna."
        );
        Assert.DoesNotContain("Ana Ruiz", Names(Quote(r, "grave consequences for the whole region.")));
    }

    [Fact]
    public void What_a_document_states_after_which_is_not_said_by_those_who_signed_it()
    {
        var r = Repo.Extract(
            "Headline\n\nDelegates of the United States and Kazakhstan signed a formal declaration, which states, "
                + "\"Inspections served both sides well for many years.\""
        );
        var s = Quote(r, "Inspections served both sides well for many years.");
        Assert.DoesNotContain("United States", Names(s));
    }

    [Fact]
    public void The_lead_day_dates_a_quotation_with_no_day_of_its_own()
    {
        var r = Repo.Extract(
            "Headline\n\nRussia on Monday suspended its part in the inspection regime, the latest blow to arms "
                + "control.\n\n\"This changes nothing for us,\" Ana Ruiz told reporters."
        );
        Assert.Equal("2023-02-20", Quote(r, "This changes nothing for us").Date?.Iso);
    }

    [Fact]
    public void Another_day_named_between_the_lead_and_the_quotation_still_gives_the_lead_day()
    {
        var r = Repo.Extract(
            "Headline\n\nRussia on Monday suspended its part in the inspection regime, the latest blow to arms "
                + "control.\n\nInspectors last visited the site on February 14, officials said.\n\n"
                + "\"This changes nothing for us,\" Ana Ruiz told reporters."
        );
        // A class kept though weak on the read real sets (StatementExtractor.Classes: 85/8 over every read set).
        var s = Quote(r, "This changes nothing for us");
        Assert.Equal("2023-02-20", s.Date?.Iso);
        Assert.Equal("lead-paragraph/day-between", r.Explanations[s.Id].Reading?.Date);
    }

    [Fact]
    public void The_publication_day_dates_a_quotation_only_when_the_text_names_no_other_recent_day()
    {
        var undated = Repo.Extract(
            "Headline\n\nOn February 10, the ministry published new figures on its arsenal of launchers.\n\n"
                + "\"We are close to a deal on the figures,\" Ana Ruiz told reporters."
        );
        Assert.Null(Quote(undated, "We are close to a deal on the figures").Date);
        var dated = Repo.Extract(
            "Headline\n\n\"We are close to a deal on the figures,\" Ana Ruiz told reporters in Geneva."
        );
        Assert.Equal("2023-02-21", Quote(dated, "We are close to a deal on the figures").Date?.Iso);
    }
}
