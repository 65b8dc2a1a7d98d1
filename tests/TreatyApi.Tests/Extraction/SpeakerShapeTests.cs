using TreatyApi.Extraction;
using static TreatyApi.Tests.Extraction.Statements;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Speaker and outlet shapes of wire copy and official texts: headlines, family names first, names in apposition to
/// a role, bodies of several states, documents that open a clause, outlets inside a frame. Every text here is made
/// up; the people, places and quotations are invented.
/// </summary>
public class SpeakerShapeTests
{
    [Fact]
    public void A_headline_quotation_is_not_a_statement()
    {
        var r = Repo.Extract(
            "Envoy says test-ban treaty \"not dead yet\"\n\n"
                + "\"The CTBT is not dead yet, whatever its critics say,\" Ana Ruiz told reporters in Vienna."
        );
        var s = Assert.Single(r.Statements);
        Assert.Equal("Ana Ruiz", s.Speakers.Single().Name);
    }

    [Fact]
    public void A_family_name_first_stands_for_the_person_named_in_full()
    {
        var r = Repo.Extract(
            "Headline\n\nForeign Ministry spokesperson Zhao Minghui said on Monday that Beijing would not join any "
                + "talks on New START.\n\n\"We see no basis for three-way talks,\" Zhao said."
        );
        Assert.Equal(["Zhao Minghui"], Names(Quote(r, "We see no basis for three-way talks")));
    }

    [Fact]
    public void A_name_in_apposition_to_a_role_is_the_speaker_and_the_antecedent()
    {
        var r = Repo.Extract(
            "Headline\n\nA former British negotiator, Tom Reilly, wrote in a memoir that the cabinet had wanted "
                + "\"a deal on one page\". He added: \"We got it, and the INF Treaty lasted for years.\""
        );
        Assert.Equal(["Tom Reilly"], Names(Quote(r, "a deal on one page")));
        Assert.Equal(["Tom Reilly"], Names(Quote(r, "We got it, and the INF Treaty lasted for years.")));
    }

    [Fact]
    public void A_title_ends_at_its_head_word_and_an_article_starts_no_name()
    {
        var r = Repo.Extract(
            "Headline\n\n\"The door to the CTBT is closed,\" said Energy Minister Park Ji-hoon.\n\n"
                + "The Minister of State for the Armed Forces, Priya Lal, told the committee that the UK "
                + "\"remains fully committed to the NPT\"."
        );
        Assert.Equal(["Park Ji-hoon"], Names(Quote(r, "The door to the CTBT is closed")));
        Assert.Equal(["Priya Lal"], Names(Quote(r, "remains fully committed to the NPT")));
    }

    [Fact]
    public void A_name_running_on_into_the_quotation_is_not_an_inverted_speaker()
    {
        var r = Repo.Extract(
            "Headline\n\nMinisters said the Treaty on Open Skies \"had outlived its use\" long before the exits."
        );
        Assert.DoesNotContain(r.Statements, s => s.Speakers.Any(x => x.Name.Contains("Treaty")));
    }

    [Fact]
    public void A_communique_that_opens_the_clause_speaks_when_no_one_else_is_named()
    {
        var r = Repo.Extract(
            "Headline\n\nIn a communiqué issued after the two-day meeting, ministers said the Treaty on Open Skies "
                + "\"had outlived its use\"."
        );
        Assert.Equal(["the communiqué"], Names(Quote(r, "had outlived its use")));
    }

    [Fact]
    public void A_body_of_several_states_and_a_reference_to_it_speak_as_one()
    {
        var r = Repo.Extract(
            "Headline\n\nIn a statement, the foreign ministries of Chile, Peru and Ghana urged restraint under the "
                + "NPT. \"We ask every side to step back,\" the three ministries said."
        );
        Assert.Equal(
            ["foreign ministries of Chile, Peru and Ghana"],
            Names(Quote(r, "We ask every side to step back"))
        );
    }

    [Fact]
    public void The_two_delegations_are_the_pair_named_before()
    {
        var r = Repo.Extract(
            "Headline\n\nFrance and Mexico welcomed the vote on the TPNW. \"This is a start, not an end,\" the two "
                + "delegations said in a joint statement."
        );
        Assert.Equal(["France", "Mexico"], Names(Quote(r, "This is a start, not an end")));
    }

    [Fact]
    public void States_after_a_preposition_is_the_noun_not_the_speech_verb()
    {
        var r = Repo.Extract(
            "Headline\n\nMexico and Ghana called on nuclear-armed states to \"disarm without further delay\"."
        );
        Assert.Equal(2, Quote(r, "disarm without further delay").Speakers.Count);
    }

    [Fact]
    public void A_state_adjective_before_a_body_in_lower_case_is_that_body()
    {
        var r = Repo.Extract(
            "Headline\n\nThe Chinese embassy in Paris said the report on the CTBT was \"groundless\" and \"biased\"."
        );
        Assert.Equal(["Chinese embassy in Paris"], Names(Quote(r, "groundless")));
    }

    [Fact]
    public void According_to_a_statement_by_a_ministry_names_the_source_of_what_came_before()
    {
        var r = Repo.Extract(
            "Headline\n\nChina also urged states to \"drop the old habits of bloc thinking\" before the NPT meeting, "
                + "according to a statement posted by the Chinese Foreign Ministry."
        );
        Assert.Equal(["Chinese Foreign Ministry"], Names(Quote(r, "drop the old habits of bloc thinking")));
    }

    [Fact]
    public void An_outlet_named_without_a_speech_verb_before_a_pronoun_quotation()
    {
        var r = Repo.Extract(
            "Headline\n\nMalaysia's envoy to Canada, Wan Lin, went further in an interview with the Financial "
                + "Times. \"The biggest arsenal should be cut first under the NPT,\" he said."
        );
        var s = Quote(r, "The biggest arsenal should be cut first under the NPT");
        Assert.Equal(["Wan Lin"], Names(s));
        Assert.Equal("Financial Times", s.Outlet?.Name);
    }

    [Fact]
    public void A_transcripts_turns_carry_the_outlet_that_held_the_interview()
    {
        var r = Repo.Extract(
            "Headline\n\nAna Ruiz gave a long interview to the daily Vedomosti, published on Monday.\n\n"
                + "Vedomosti: Is New START over for good?\n\n"
                + "Ruiz: It expired, and nothing has replaced it yet.\n\n"
                + "Vedomosti: What comes next?\n\n"
                + "Ruiz: We wait for a serious proposal from Washington.",
            "2026-03-04"
        );
        Assert.Equal(2, r.Statements.Count);
        Assert.All(r.Statements, s => Assert.Equal("Vedomosti", s.Outlet?.Name));
    }

    [Fact]
    public void Document_frames_with_which_and_a_year()
    {
        var r = Repo.Extract(
            "Headline\n\nThe minister cited Article VI of the treaty, which commits every party to negotiate "
                + "\"in good faith\". The Antarctic Treaty of 1959 commits its parties \"to use the continent for "
                + "peaceful purposes only\"."
        );
        Assert.Equal(["Article VI"], Names(Quote(r, "in good faith")));
        Assert.Equal(["Antarctic Treaty"], Names(Quote(r, "to use the continent for peaceful purposes only")));
    }
}
