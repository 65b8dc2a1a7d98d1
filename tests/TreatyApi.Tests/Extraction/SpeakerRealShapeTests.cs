using TreatyApi.Extraction;
using static TreatyApi.Tests.Extraction.Statements;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Speaker and outlet shapes of real wire copy, agency reports and briefings that the rules had misread (session
/// 9): a speech verb inside a relative clause, a passive frame, a place after the speaker, a name inside the
/// quotation, a title with a surname alone, an inverted verb before a place, a continuation after someone else
/// spoke, an outlet in the dateline or after a deck. Every text is made up; people, places and words are invented.
/// </summary>
public class SpeakerRealShapeTests
{
    [Fact]
    public void A_speech_verb_in_a_relative_clause_closed_before_the_quotation_is_not_its_frame()
    {
        var r = Repo.Extract(
            "Warsaw answers\n\nDeputy Defence Minister Tomasz Wolny spoke on Monday.\n\n"
                + "He added that the new radar, which the navy says can see 900 kilometres, was \"only the start of "
                + "a longer plan\"."
        );
        Assert.Equal(["Tomasz Wolny"], Names(Quote(r, "only the start of a longer plan")));
    }

    [Fact]
    public void A_lead_with_a_relative_clause_still_names_who_spoke_to_the_outlet()
    {
        var r = Repo.Extract(
            "Minsk will answer\n\nMINSK, Oct 2 (Wire) - Belarus will answer the new launchers, the first of which "
                + "Warsaw has said will arrive in spring, Deputy Foreign Minister Oleg Dabrov told Interfax on "
                + "Friday.\n\n\"We will not watch quietly while the CFE Treaty is buried,\" Dabrov said."
        );
        Assert.Equal(["Oleg Dabrov"], Names(Quote(r, "We will not watch quietly while the CFE Treaty is buried")));
        Assert.Equal("Interfax", Quote(r, "We will not watch quietly while the CFE Treaty is buried").Outlet?.Name);
    }

    [Fact]
    public void A_passive_frame_gives_the_words_to_its_agent_or_to_no_one()
    {
        var r = Repo.Extract(
            "Talks in Oslo\n\nThe session, held at the Danish embassy, was described by both delegations as "
                + "\"calm and practical\". The draft was called \"a fair basis for the Open Skies talks\" by Ana "
                + "Lindqvist."
        );
        Assert.DoesNotContain(r.Statements, s => s.Speakers.Any(x => x.Name.Contains("embassy")));
        Assert.Empty(Quote(r, "calm and practical").Speakers);
    }

    [Fact]
    public void A_place_after_in_says_where_the_speaker_is()
    {
        var r = Repo.Extract(
            "Tokyo reacts\n\nA Foreign Ministry spokesperson in Tokyo called the launch \"a grave breach of the "
                + "moratorium\" on Wednesday."
        );
        var speaker = Quote(r, "a grave breach of the moratorium").Speakers.Single();
        Assert.Contains("spokesperson", speaker.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_inside_the_quotation_is_no_antecedent_of_the_pronoun_after_it()
    {
        var r = Repo.Extract(
            "Why Chile waits\n\nRetired Admiral Jorge Pinto, who commanded the fleet, disagreed.\n\n"
                + "\"If the big navies test again, Chile should not be the last to notice,\" he said."
        );
        Assert.Equal(
            ["Jorge Pinto"],
            Names(Quote(r, "If the big navies test again, Chile should not be the last to notice"))
        );
    }

    [Fact]
    public void A_person_named_before_a_speech_verb_is_a_pronoun_antecedent()
    {
        var r = Repo.Extract(
            "Committee hearing\n\nDr. Paula Brandt, a geologist, said the array \"heard every test so far\".\n\n"
                + "Opposition MP Rowan Tate asked what detection was worth. \"Hearing a test is not stopping it,\" he "
                + "said."
        );
        Assert.Equal(["Rowan Tate"], Names(Quote(r, "Hearing a test is not stopping it")));
    }

    [Fact]
    public void A_title_and_a_surname_alone_name_a_person_and_a_place_after_the_verb_is_no_speaker()
    {
        var r = Repo.Extract(
            "Leaving the pact\n\nPresident Varga announced on Monday that Hungary would leave the CFE Treaty.\n\n"
                + "\"The old balance is gone,\" Varga said in the Sandor Palace garden."
        );
        Assert.Equal(["Varga"], Names(Quote(r, "The old balance is gone")));
    }

    [Fact]
    public void No_inverted_speaker_after_that()
    {
        var r = Repo.Extract(
            "Accusations\n\nThe Kremlin said the decision had \"badly\" upset the balance. Washington, for its part, "
                + "had left in May and said that Moscow \"openly cheated on the counts\"."
        );
        Assert.DoesNotContain(r.Statements, s =>
            s.Text == "openly cheated on the counts" && s.Speakers.Any(x => x.Name is "Russia" or "Kremlin")
        );
    }

    [Fact]
    public void A_continuation_stops_when_someone_else_was_named_speaking_since()
    {
        var r = Repo.Extract(
            "Exit announced\n\nForeign Minister Ilse Brandt said Austria would leave, as Vienna was in \"no position "
                + "to carry the costs\". In a statement, Chancellor Rudi Kern said the country had kept the treaty for "
                + "years. The Chancellor left open a return if \"the other parties pay their share of the "
                + "inspections\"."
        );
        Assert.DoesNotContain(Quote(r, "the other parties pay their share of the inspections").Speakers, s =>
            s.Name == "Ilse Brandt"
        );
    }

    [Fact]
    public void The_speaker_of_said_comma_adding_is_who_said()
    {
        var r = Repo.Extract(
            "Briefing\n\nThe treaty's verification body has yet to meet this year, Hanna Kovac said, adding that "
                + "\"some capitals treat the inspections as a favour\"."
        );
        Assert.Equal(["Hanna Kovac"], Names(Quote(r, "some capitals treat the inspections as a favour")));
    }

    [Fact]
    public void A_person_after_an_organisation_and_its_title_speaks_after_an_inverted_verb()
    {
        var r = Repo.Extract(
            "Plan adopted\n\n\"The schedule is tight but it can be met,\" said OPCW-UN Joint Mission Special "
                + "Coordinator Marta Ilves."
        );
        Assert.Equal(["Marta Ilves"], Names(Quote(r, "The schedule is tight but it can be met")));
    }

    [Fact]
    public void An_agency_named_in_the_dateline_is_the_outlet_a_speaker_talked_to()
    {
        var r = Repo.Extract(
            "Minsk leaves\n\nMINSK, 4 May (NovaPress) - Belarus has left the treaty, the ministry said.\n\n"
                + "\"The treaty stopped working years ago,\" Deputy Foreign Minister Ivan Lesnoy told NovaPress."
        );
        Assert.Equal("NovaPress", Quote(r, "The treaty stopped working years ago").Outlet?.Name);
    }

    [Fact]
    public void A_newspaper_with_a_capital_the_after_an_interview_frame_is_an_outlet()
    {
        var r = Repo.Extract(
            "Test ban debate\n\n\"Nobody has tested for decades, and that is our safeguard,\" Meera Das, a former "
                + "envoy, said in an interview with The Lotus."
        );
        var quote = Quote(r, "Nobody has tested for decades, and that is our safeguard");
        Assert.Equal("The Lotus", quote.Outlet?.Name);
    }

    [Fact]
    public void An_outlet_after_reports_and_a_lead_under_a_quoting_deck_carry_to_the_speaker()
    {
        var r = Repo.Extract(
            "Talks will go on\n\n\"We keep the channel open,\" Deputy Foreign Minister Pyotr Garin said\n\n"
                + "MOSCOW, March 3. Moscow will keep talking to Washington on New START, Deputy Foreign Minister Pyotr "
                + "Garin said in an interview with RT Arabic on Friday.\n\n"
                + "\"The contacts continue as needed,\" the senior diplomat stressed."
        );
        Assert.Equal("RT Arabic", Quote(r, "The contacts continue as needed").Outlet?.Name);
    }

    [Fact]
    public void The_statement_is_the_words_of_who_was_named_saying_them_just_before()
    {
        var r = Repo.Extract(
            "Meeting requested\n\nGENEVA, 3 May (Wire) - France has asked for a meeting of the BWC states "
                + "parties, the French mission to the United Nations said.\n\"We asked for the meeting under "
                + "Article 5 of the convention,\" the statement said on Tuesday."
        );
        var speaker = Quote(r, "We asked for the meeting under Article 5 of the convention").Speakers.Single();
        Assert.Contains("mission", speaker.Name, StringComparison.OrdinalIgnoreCase);
        // With the mission unread, the body it spoke to is not the issuer.
        var unread = Repo.Extract(
            "Meeting requested\n\nGENEVA, 3 May (Wire) - Norway has asked for a meeting of the BWC states "
                + "parties, the Norwegian mission to the United Nations said.\n\"We asked for the meeting under "
                + "Article 5 of the convention,\" the statement said on Tuesday."
        );
        Assert.DoesNotContain(Quote(unread, "We asked for the meeting under Article 5 of the convention").Speakers, s =>
            s.Name.Contains("United Nations", StringComparison.Ordinal)
        );
    }
}
