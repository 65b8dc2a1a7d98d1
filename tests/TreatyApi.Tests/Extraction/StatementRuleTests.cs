namespace TreatyApi.Tests.Extraction;

/// <summary>Statements in texts written here: quotations before and after their speaker, titles, pronouns,
/// outlets.</summary>
public class StatementRuleTests
{
    [Fact]
    public void Speaker_after_the_quotation()
    {
        var s = Assert.Single(
            Repo.Extract("\"We will keep talking to Moscow,\" Clinton said on Monday.", "2012-06-20").Statements
        );
        Assert.Equal("hillary-clinton", s.Speakers.Single().Slug);
        Assert.Equal("We will keep talking to Moscow", s.Text);
        Assert.Equal(new DateOnly(2012, 6, 18), s.Date!.Date);
    }

    [Fact]
    public void Speaker_before_the_quotation_with_a_colon()
    {
        var s = Assert.Single(
            Repo.Extract("Lavrov told reporters: \u201CThe treaty must be preserved.\u201D").Statements
        );
        Assert.Equal("sergey-lavrov", s.Speakers.Single().Slug);
        Assert.Equal("The treaty must be preserved.", s.Text);
    }

    [Fact]
    public void Inverted_said_with_title_and_name()
    {
        var s = Assert.Single(
            Repo.Extract("\"Russia remains committed,\" said Russian Foreign Minister Sergey Lavrov.").Statements
        );
        Assert.Equal("sergey-lavrov", s.Speakers.Single().Slug);
        Assert.Equal("name", s.Speakers.Single().Resolution);
    }

    [Fact]
    public void A_title_instead_of_a_name()
    {
        var s = Assert.Single(
            Repo.Extract("\"This is a historic step,\" the U.S. president said.", "2011-02-05").Statements
        );
        Assert.Equal("barack-obama", s.Speakers.Single().Slug);
        Assert.Equal("title", s.Speakers.Single().Resolution);
    }

    [Fact]
    public void A_pronoun_refers_to_the_last_person_named()
    {
        var r = Repo.Extract(
            "Medvedev met reporters in Moscow. \"We are ready for new reductions,\" he said.",
            "2010-04-09"
        );
        var s = Assert.Single(r.Statements);
        Assert.Equal("dmitry-medvedev", s.Speakers.Single().Slug);
        Assert.Equal("pronoun", s.Speakers.Single().Resolution);
    }

    [Fact]
    public void Several_speakers_of_a_joint_statement()
    {
        var s = Assert.Single(
            Repo.Extract(
                "\"We reaffirm our commitment to the treaty,\" Obama and Medvedev said in a joint statement "
                    + "in Prague, Czech Republic.",
                "2010-04-08"
            ).Statements
        );
        Assert.Equal(["barack-obama", "dmitry-medvedev"], s.Speakers.Select(x => x.Slug));
        Assert.Equal("Prague, Czech Republic", s.Place);
    }

    [Fact]
    public void A_person_the_catalog_does_not_know()
    {
        var r = Repo.Extract(
            "Deputy Foreign Minister Sergei Ryabkov spoke to TASS. \"We are open to dialogue,\" Ryabkov told TASS."
        );
        var s = Assert.Single(r.Statements);
        Assert.Equal("sergei-ryabkov", s.Speakers.Single().Slug);
        Assert.Equal("uncatalogued", s.Speakers.Single().Resolution);
        Assert.Equal("itar-tass", s.Outlet!.Slug);
    }

    [Fact]
    public void Outlet_from_according_to_and_from_a_parenthetical_citation()
    {
        var r = Repo.Extract(
            """
            "The move is irresponsible," Blinken said, according to Reuters.

            "We will respond," Peskov said (Interfax, Feb. 20).
            """
        );
        Assert.Equal(["reuters", "interfax"], r.Statements.Select(s => s.Outlet!.Slug));
        Assert.Equal(new DateOnly(2023, 2, 20), r.Statements[1].Date!.Date);
        Assert.Equal("citation", r.Statements[1].Date!.Basis);
    }

    [Fact]
    public void An_event_with_named_participants_a_date_and_a_place()
    {
        var r = Repo.Extract("Lavrov met Kerry on Friday in Geneva, Switzerland, to discuss the treaty.", "2013-09-15");
        var e = Assert.Single(r.Events);
        Assert.Equal(["sergey-lavrov", "john-kerry"], e.Participants.Select(p => p.Slug));
        Assert.Equal(new DateOnly(2013, 9, 13), e.Date.Date);
        Assert.Equal("Geneva, Switzerland", e.Place);
    }

    [Fact]
    public void Scare_quotes_and_unattributed_quotations_are_not_statements()
    {
        var r = Repo.Extract(
            "The so-called \"reset\" was over. A banner read \"No to new missiles\" outside the embassy."
        );
        Assert.Empty(r.Statements);
    }

    [Fact]
    public void An_outlet_that_reported_is_not_the_speaker()
    {
        var s = Assert.Single(
            Repo.Extract("Putin described the talks as \"very useful,\" RIA Novosti reported.", "2013-01-10").Statements
        );
        Assert.Equal("vladimir-putin", s.Speakers.Single().Slug);
        Assert.Equal("ria-novosti", s.Outlet!.Slug);
    }
}
