using TreatyApi.Extraction;
using static TreatyApi.Tests.Extraction.Statements;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Speakers and quotation dates found by general readings of how attribution is written (session 13): a name
/// after the place its title serves, a name with diacritics, a head's title standing for the one person named with
/// it, a pronoun in text whose paragraphs are lines, a quotation that is a paragraph after the one naming its
/// speaker, and the lead's day told with a speech verb. Every text is made up; people, places and words are
/// invented.
/// </summary>
public class SpeakerFoundShapeTests
{
    [Fact]
    public void A_name_after_the_place_its_title_serves_is_the_speaker()
    {
        var r = Repo.Extract(
            "Envoy urges ratification\n\nThe test ban will help everyone, Norwegian Ambassador to the United States "
                + "Henrik Dalby told a radio station.\n\n\"The sooner the CTBT enters into force, the better for "
                + "all of us,\" Dalby said."
        );
        var q = Quote(r, "The sooner the CTBT enters into force, the better for all of us");
        Assert.Equal(["Henrik Dalby"], Names(q));
    }

    [Fact]
    public void A_name_after_a_country_in_the_title_is_the_speaker()
    {
        var r = Repo.Extract(
            "No proposals\n\nNo offer has come, Deputy Foreign Minister of Estonia Sergey Talvik said on Monday.\n\n"
                + "\"We have received nothing on New START in writing,\" Talvik said."
        );
        Assert.Equal(["Sergey Talvik"], Names(Quote(r, "We have received nothing on New START in writing")));
    }

    [Fact]
    public void A_name_with_diacritics_is_read_and_its_surname_alone_stands_for_it()
    {
        var r = Repo.Extract(
            "Milestone\n\nThe head of the inspectorate, Ambassador Ömer Şükrü, made a statement on Monday.\n\n"
                + "\"The end of destruction under the CWC is a milestone for all of us,\" Şükrü said."
        );
        var q = Quote(r, "The end of destruction under the CWC is a milestone for all of us");
        Assert.Equal(["Ömer Şükrü"], Names(q));
    }

    [Fact]
    public void The_president_a_paragraph_on_is_the_one_president_named()
    {
        var r = Repo.Extract(
            "Framework\n\nPresident Tomas Varga on Monday praised the outline of a deal on the JCPOA.\n\n"
                + "He spoke for twenty minutes.\n\n\"This framework closes every path to a weapon,\" the president "
                + "said from the garden."
        );
        Assert.Equal(["Tomas Varga"], Names(Quote(r, "This framework closes every path to a weapon")));
    }

    [Fact]
    public void The_president_with_two_presidents_named_is_no_one()
    {
        var r = Repo.Extract(
            "Summit\n\nPresident Tomas Varga met President Ilse Brandt in Vienna on Monday to talk about the CTBT.\n\n"
                + "\"We agreed to keep talking about the test ban,\" the president said."
        );
        Assert.Empty(Quote(r, "We agreed to keep talking about the test ban").Speakers);
    }

    [Fact]
    public void The_spokesperson_is_the_one_named_spokesperson_further_back()
    {
        var r = Repo.Extract(
            "Test ban\n\nForeign Ministry spokesperson Li Wen took questions on the CTBT on Monday.\n\nLi said the "
                + "ban had become a norm that every state should respect and that no one should break it.\n\n"
                + "The five powers made a commitment to \"stop all nuclear testing for good,\" the spokesperson said."
        );
        Assert.Equal(["Li Wen"], Names(Quote(r, "stop all nuclear testing for good")));
    }

    [Fact]
    public void The_agency_chief_is_the_head_named_with_another_title()
    {
        var r = Repo.Extract(
            "Inspections\n\nDirector General Lena Marsh of the Agency met the minister in Cairo.\n\nThe talks on the "
                + "JCPOA lasted three hours.\n\nThe Agency chief announced that \"the first team of inspectors is "
                + "back\"."
        );
        Assert.Equal(["Lena Marsh"], Names(Quote(r, "the first team of inspectors is back")));
    }

    [Fact]
    public void In_text_whose_paragraphs_are_lines_a_pronoun_is_contested_only_within_its_line()
    {
        var r = Repo.Extract(
            "Inspections must resume\nNora Lindqvist, head of the inspectorate, told reporters in Vienna that "
                + "checks under the NPT must resume and that he would not wait.\nLindqvist also noted there is no date "
                + "for her visit yet. She pointed out that talks go on. \"We have held several technical meetings "
                + "this month,\" she said.\n"
        );
        Assert.Equal(["Nora Lindqvist"], Names(Quote(r, "We have held several technical meetings this month")));
    }

    [Fact]
    public void A_quotation_that_is_a_paragraph_is_the_words_of_the_speaker_named_in_the_one_before()
    {
        var r = Repo.Extract(
            "Ratification\n\nMarta Quiroga, spokesperson of the Secretary-General Pablo Ferro, welcomed the "
                + "fiftieth ratification of the TPNW on Saturday.\n\n\"The entry into force of the treaty is the "
                + "fruit of a long movement.\"",
            "2020-10-26"
        );
        var q = Quote(r, "The entry into force of the treaty is the fruit of a long movement.");
        Assert.Equal(["Marta Quiroga"], Names(q));
        Assert.Equal("2020-10-24", q.Date?.Iso);
    }

    [Fact]
    public void A_name_set_off_by_a_comma_before_the_verb_in_the_paragraph_before_is_not_the_speaker()
    {
        var r = Repo.Extract(
            "Warning\n\nAllies will get a firm answer if they place missiles near Estonia, the top diplomat noted.\n\n"
                + "\"We are ready for any scenario under the INF Treaty and beyond it.\""
        );
        Assert.DoesNotContain(r.Statements, s => s.Speakers.Any(x => x.Name == "Estonia"));
    }

    [Fact]
    public void The_leads_day_is_the_one_told_with_a_speech_verb_not_a_captions()
    {
        var r = Repo.Extract(
            "Space treaty stays\n\nThe station is seen crossing the Moon on Saturday, Dec. 2, 2017, over a field\n"
                + "VIENNA (Wire) - The United States backs the Outer Space Treaty, Vice President Ana Reyes said in an "
                + "interview on Tuesday.\n\n\"We have a firm commitment to abide by that treaty,\" Reyes said.",
            "2018-10-31"
        );
        Assert.Equal("2018-10-30", Quote(r, "We have a firm commitment to abide by that treaty").Date?.Iso);
    }

    [Fact]
    public void It_said_after_a_quotation_is_the_body_named_speaking_before()
    {
        var r = Repo.Extract(
            "New START session\n\nThe fourth session of the commission under New START ended in Geneva, the Foreign "
                + "Ministry said on Friday.\n\n\"Both sides went on discussing practical issues of the treaty,\" it "
                + "said in a statement."
        );
        var speaker = Quote(r, "Both sides went on discussing practical issues of the treaty").Speakers.Single();
        Assert.Equal("Foreign Ministry", speaker.Name);
    }

    [Fact]
    public void It_said_after_a_person_spoke_last_is_no_one()
    {
        var r = Repo.Extract(
            "New START session\n\nThe session under New START ended in Geneva, envoy Lena Marsh said on Friday.\n\n"
                + "\"Both sides went on discussing practical issues of the treaty,\" it said in a statement."
        );
        Assert.Empty(Quote(r, "Both sides went on discussing practical issues of the treaty").Speakers);
    }

    [Fact]
    public void An_events_day_before_the_quotation_leaves_it_the_day_of_publication()
    {
        var r = Repo.Extract(
            "Treaty ends\n\nThe treaty lapses today. Experts had thought New START would expire on Wednesday.\n\n"
                + "\"We regret that the treaty is ending without a successor,\" Oleg Dabrov told reporters.",
            "2026-02-05"
        );
        Assert.Equal("2026-02-05", Quote(r, "We regret that the treaty is ending without a successor").Date?.Iso);
    }

    [Fact]
    public void A_day_told_with_someone_speaking_before_the_quotation_leaves_it_undated()
    {
        var r = Repo.Extract(
            "Treaty ends\n\nOleg Dabrov said on Wednesday that New START would lapse.\n\n"
                + "\"We regret that the treaty is ending without a successor,\" Dabrov told reporters.",
            "2026-02-05"
        );
        Assert.NotEqual("2026-02-05", Quote(r, "We regret that the treaty is ending without a successor").Date?.Iso);
    }
}
