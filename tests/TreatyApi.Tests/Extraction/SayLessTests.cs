using TreatyApi.Extraction;
using static TreatyApi.Tests.Extraction.Statements;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Guards that keep a quotation but say less about it when the reading is unsure (session 10, on real reporting:
/// a wrong speaker, outlet or date is worse than none), each with the shape it must still read right. Every text
/// here is made up; the people, places and quotations are invented.
/// </summary>
public class SayLessTests
{
    [Fact]
    public void A_quotation_after_a_recent_weekday_is_left_undated_not_given_the_publication_day()
    {
        var r = Repo.Extract(
            "Border talks stall\n\nNegotiators from both countries failed to agree on a verification plan for the "
                + "shared test site.\n\n\"We are further apart than we were a year ago,\" said Tomas Reyes, the chief "
                + "negotiator.\n\nThe last round on Tuesday ended early.\n\n\"Nobody should expect a deal this "
                + "spring,\" said Mira Castell, a senior adviser.",
            "2024-03-08"
        );
        Assert.Equal("2024-03-08", Quote(r, "We are further apart than we were a year ago").Date?.Iso);
        Assert.Null(Quote(r, "Nobody should expect a deal this spring").Date);
    }

    [Fact]
    public void A_role_no_one_named_holds_is_no_speaker_but_the_one_person_named_before_is()
    {
        var alone = Repo.Extract(
            "Vienna board\n\nThe board met for a second day.\n\n\"The old figures are no longer binding on anyone,\" "
                + "the diplomat said."
        );
        Assert.Empty(Quote(alone, "The old figures are no longer binding on anyone").Speakers);
        var named = Repo.Extract(
            "Vienna board\n\nRussian envoy Pavel Dorin spoke after the vote.\n\n\"The old figures are no longer "
                + "binding on anyone,\" the diplomat said."
        );
        Assert.Equal(["Pavel Dorin"], Names(Quote(named, "The old figures are no longer binding on anyone")));
    }

    [Fact]
    public void A_state_in_the_possessive_before_a_body_of_its_does_not_speak_but_before_its_delegate_does()
    {
        var r = Repo.Extract(
            "Tremor near test site\n\nNorway's seismic agency said the tremor was a \"probable explosion\" near "
                + "the old test site.\n\nAt the conference, the United Kingdom's delegate called the proposal \"a "
                + "dead end for the review\"."
        );
        Assert.DoesNotContain(r.Statements, s => s.Speakers.Any(x => x.Name == "Norway"));
        Assert.Equal(["United Kingdom"], Names(Quote(r, "a dead end for the review")));
    }

    [Fact]
    public void A_quotation_whose_clause_names_its_own_occasion_takes_no_outlet_nor_day_named_for_another()
    {
        var r = Repo.Extract(
            "Old negotiator looks back\n\nVeteran negotiator Ivo Marten told the newspaper Delo on Monday that the "
                + "talks were \"stuck on one word\".\n\nIn a 2019 interview he had warned that the accord would "
                + "lapse \"with nobody left to save it\"."
        );
        Assert.Equal("Delo", Quote(r, "stuck on one word").Outlet?.Name);
        Assert.Equal("2023-02-20", Quote(r, "stuck on one word").Date?.Iso);
        var own = Quote(r, "with nobody left to save it");
        Assert.Equal(["Ivo Marten"], Names(own));
        Assert.Null(own.Outlet);
        Assert.Null(own.Date);
    }

    [Fact]
    public void A_newspaper_named_after_whose_it_is_is_the_outlet()
    {
        var r = Repo.Extract(
            "Launchers unchanged\n\nGeneral Oleg Vasin told the Defence Ministry newspaper Krasnaya Zvezda that "
                + "\"not one launcher has been added since the treaty lapsed\"."
        );
        var said = Quote(r, "not one launcher has been added since the treaty lapsed");
        Assert.Equal("Krasnaya Zvezda", said.Outlet?.Name);
    }

    [Fact]
    public void A_statement_by_someone_named_is_their_words()
    {
        var r = Repo.Extract(
            "Skies\n\n\"The withdrawal is regrettable and harms European security,\" read the statement by the "
                + "High Representative Josep Borrell on the decision."
        );
        Assert.Equal(["Josep Borrell"], Names(Quote(r, "The withdrawal is regrettable and harms European security")));
    }

    [Fact]
    public void Terms_quoted_in_a_clause_whose_subject_is_a_document_are_not_the_previous_speakers()
    {
        var r = Repo.Extract(
            "Old pact\n\nBoth governments agreed in 1985 that the pact would be \"permanent\", said historian Lena "
                + "Brook. The pact let either party leave if \"exceptional circumstances\" threatened its \"vital "
                + "interests\"."
        );
        Assert.Equal(["Lena Brook"], Names(Quote(r, "permanent")));
        Assert.Empty(Quote(r, "exceptional circumstances").Speakers);
        // Terms quoted beside another quotation with no attribution of their own may be withheld whole
        // (StatementExtractor.Doubts); either way they are not the previous speaker's.
        Assert.DoesNotContain(r.Statements, s => s.Text == "vital interests" && s.Speakers.Count > 0);
    }

    [Fact]
    public void A_title_in_quotation_marks_after_the_law_it_names_is_no_statement_but_a_resolutions_words_are()
    {
        var r = Repo.Extract(
            "Pact left\n\nUnder the federal law \"On the Withdrawal of the Republic from the Test Ban Treaty\", "
                + "Moscow sent notes to Austria and Peru, the Foreign Ministry said.\n\nThe resolution \"neither "
                + "adds nor removes any obligation\", Japan and Chile said."
        );
        Assert.DoesNotContain(r.Statements, s => s.Text.StartsWith("On the Withdrawal", StringComparison.Ordinal));
        Assert.Contains(r.Statements, s => s.Text == "neither adds nor removes any obligation");
    }

    [Fact]
    public void A_fact_sheet_line_of_a_label_and_a_date_is_no_turn_of_speech()
    {
        var r = Repo.Extract(
            "Fact sheet: the Vienna accord\n\nThe accord cut deployed warheads on both sides.\n"
                + "Signed: March 3, 2001\nRatified by the Senate: May 6, 2002\nEntry Into Force: June 1, 2003\n"
        );
        Assert.DoesNotContain(r.Statements, s => s.Text.Contains("2003", StringComparison.Ordinal));
    }
}
