using TreatyApi.Extraction;
using static TreatyApi.Tests.Extraction.Statements;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Where the rules are unsure who speaks, they say less: no speaker, or no statement, never a wrong one. Shapes
/// met in reporting the rules had not seen (section headings with a colon, a person "of" a place or party, an
/// unnamed role holder, a possessive in an opening phrase, a gerund, a pronoun after someone introduced by role,
/// an outlet named far away). Every text here is made up; the people, places and quotations are invented.
/// </summary>
public class SpeakerPrecisionTests
{
    [Fact]
    public void A_one_line_section_heading_with_a_colon_is_no_transcript_turn()
    {
        var r = Repo.Extract(
            "A long read on test bans\n\nThe Test Ban: a network waiting for a treaty\n\n"
                + "Seismic stations in Chile and Norway still report every tremor.\n\n"
                + "Open Skies: flights over a smaller map\n\nThe remaining parties still fly a few missions."
        );
        Assert.Empty(r.Statements);
    }

    [Fact]
    public void A_transcript_turn_that_ends_a_sentence_is_still_a_turn()
    {
        var r = Repo.Extract(
            "Briefing on the CTBT\n\nQUESTION: Will the monitoring network stay funded next year?\n\n"
                + "Omar Haddad: We have the money for the stations until the end of 2027.\n\n"
                + "QUESTION: And after that?\n\nOmar Haddad: That depends on the states parties."
        );
        Assert.Equal(["Omar Haddad"], Names(Quote(r, "We have the money for the stations until the end of 2027.")));
    }

    [Fact]
    public void A_person_of_a_place_or_party_speaks_not_the_place_or_party()
    {
        var r = Repo.Extract(
            "Lawmakers split on uranium deal\n\nLawmakers argued on Tuesday about a new nuclear cooperation deal.\n\n"
                + "Rep. Park Min-soo of the opposition Green Future Party said the cabinet should \"stop hiding the "
                + "enrichment plan from voters.\"\n\nA ruling party senator, Sen. Dana Whitlock of New Hampshire, "
                + "replied that the accord would \"keep every reactor under safeguards for decades.\""
        );
        Assert.Equal(["Park Min-soo"], Names(Quote(r, "stop hiding the enrichment plan from voters.")));
        Assert.Equal(["Dana Whitlock"], Names(Quote(r, "keep every reactor under safeguards for decades.")));
    }

    [Fact]
    public void The_unnamed_head_of_an_organisation_is_no_speaker_nor_is_a_committee_named_with_a_day()
    {
        var r = Repo.Extract(
            "Tanker fleet ready, commander says\n\nThe chief of Air Mobility Command told the Senate Foreign "
                + "Relations Committee on Wednesday that tankers could begin flying extra missions within days, but "
                + "warned senators that a rushed order would be \"a bet with no way back.\""
        );
        Assert.DoesNotContain(r.Statements, s => s.Speakers.Count > 0);
    }

    [Fact]
    public void A_possessive_in_an_opening_phrase_is_not_the_subject()
    {
        var r = Repo.Extract(
            "Ministers meet\n\nIn a declaration issued after talks at the alliance's conference centre, the "
                + "defence ministers said the new launchers were \"a direct threat to the whole region\"."
        );
        Assert.Equal(["the declaration"], Names(Quote(r, "a direct threat to the whole region")));
    }

    [Fact]
    public void A_gerund_after_a_verb_is_no_speech_verb_but_a_participle_after_a_comma_is()
    {
        var r = Repo.Extract(
            "Navy plans\n\nThe Pacific Fleet could start adding launchers to its cruisers next year, making the "
                + "ships \"the backbone of a new posture\".\n\nAdmiral Kofi Mensah spoke for an hour, adding that "
                + "the plan was \"fully within the old treaty limits\"."
        );
        Assert.DoesNotContain(r.Statements, s => s.Text == "the backbone of a new posture" && s.Speakers.Count > 0);
        Assert.Equal(["Kofi Mensah"], Names(Quote(r, "fully within the old treaty limits")));
    }

    [Fact]
    public void A_pronoun_after_a_paragraph_introducing_an_inspector_by_role_is_unsure()
    {
        var r = Repo.Extract(
            "Inspectors remember\n\nMaria Lindgren, a Swedish chemist, said the stockpiles were \"finally gone\".\n\n"
                + "Several delegations praised the result.\n\nIn Geneva, one veteran weapons inspector looked back on "
                + "the work. \"We counted every shell twice,\" she said."
        );
        Assert.Empty(Quote(r, "We counted every shell twice").Speakers);
    }

    [Fact]
    public void An_outlet_named_far_earlier_is_not_carried_to_a_later_quotation()
    {
        var paragraphs = string.Concat(
            Enumerable.Range(1, 5).Select(i => $"\n\nThe treaty's section {i} set further rules on notifications.")
        );
        var r = Repo.Extract(
            "A long read on verification\n\nArchive | 3 March 2026\n\n\"Nobody counts any more,\" said Tomas Rey.\n\n"
                + "\"Counting is a habit,\" Lena Ortiz, a former negotiator, told the Northern Times in an interview "
                + "in January."
                + paragraphs
                + "\n\n\"Habits are lost quickly,\" Ortiz said."
        );
        Assert.Equal("Northern Times", Quote(r, "Counting is a habit").Outlet?.Name);
        Assert.Null(Quote(r, "Habits are lost quickly").Outlet);
    }

    [Fact]
    public void An_unnamed_source_is_read_with_where_it_works()
    {
        var r = Repo.Extract(
            "Test site ready\n\nASTANA, May 4 (Wire) - \"The shafts are dry and the cables are laid,\" a source in "
                + "the mining industry told the Wire, asking not to be named. \"We could start within weeks,\" an "
                + "official familiar with the talks said."
        );
        Assert.Equal(
            ["a source in the mining industry"],
            Names(Quote(r, "The shafts are dry and the cables are laid"))
        );
        Assert.Equal(["an official familiar with the talks"], Names(Quote(r, "We could start within weeks")));
    }
}
