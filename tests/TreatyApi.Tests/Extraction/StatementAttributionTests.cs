namespace TreatyApi.Tests.Extraction;

/// <summary>
/// Attribution beyond "Name said": transcripts, coordinated verbs, lists of speakers, documents, and the cases where
/// the extractor is unsure who spoke and gives the quotation without a speaker rather than a wrong one. Every text
/// here is made up.
/// </summary>
public class StatementAttributionTests
{
    private const string Transcript =
        "Interview: the inspector on the test ban\n\n"
        + "Harbour Review | Interview | 20 May 2025\n\n"
        + "Lina Okoro runs the verification office of the test-ban organisation. We spoke to her in Vienna on "
        + "14 May.\n\n"
        + "HR: Is the network finished?\n"
        + "OKORO: Nearly. Nine stations are still missing, most of them in remote places.\n\n"
        + "HR: Would you notice a small test?\n"
        + "OKORO: We would notice it within hours,\n"
        + "and we would tell every state at once.";

    [Fact]
    public void A_transcript_turn_is_the_labelled_persons_words_dated_by_the_interview()
    {
        var r = Repo.Extract(Transcript, "2025-05-20");
        Assert.Equal(2, r.Statements.Count);
        Assert.All(r.Statements, s => Assert.Equal("Lina Okoro", s.Speakers.Single().Name));
        Assert.All(r.Statements, s => Assert.Equal(new DateOnly(2025, 5, 14), s.Date!.Date));
        Assert.Equal("Nearly. Nine stations are still missing, most of them in remote places.", r.Statements[0].Text);
        // A turn wrapped over two lines is one quotation; the interviewer's turns are none.
        Assert.Equal("We would notice it within hours,\nand we would tell every state at once.", r.Statements[1].Text);
        Assert.Equal("transcript-turn", r.Explanations[r.Statements[0].Id].Rule);
    }

    [Fact]
    public void A_briefing_turn_with_a_courtesy_title_is_a_person_named_by_surname()
    {
        var r = Repo.Extract(
            "Briefing on New START\n\nQUESTION: Will you extend New START?\n"
                + "MS. HALVORSEN: We are ready to talk about New START, as we have said.\n"
                + "QUESTION: When?\nMS. HALVORSEN: When Moscow is ready to talk too.",
            "2025-06-12"
        );
        Assert.Equal(2, r.Statements.Count);
        Assert.All(r.Statements, s => Assert.Equal("Halvorsen", s.Speakers.Single().Name));
    }

    [Fact]
    public void A_single_label_is_not_a_transcript()
    {
        var r = Repo.Extract("Treaty news\n\nOKORO: Nine stations are still missing from the test-ban network.");
        Assert.Empty(r.Statements);
    }

    [Fact]
    public void A_coordinated_speech_verb_keeps_the_subject_the_clause_opens_with()
    {
        var s = Assert.Single(
            Repo.Extract(
                "Kremlin aide Pavel Orlov said Moscow would study the offer, but added that New START "
                    + "\"cannot simply be copied\".",
                "2024-03-01"
            ).Statements
        );
        Assert.Equal("Pavel Orlov", s.Speakers.Single().Name);
    }

    [Fact]
    public void A_name_after_urged_is_not_the_speaker()
    {
        var r = Repo.Extract(
            "Envoy Tomas Brandt told Interfax that Berlin \"will not be first\" and urged the United States and "
                + "Russia to make \"deep and verifiable cuts\" under New START.",
            "2024-03-01"
        );
        Assert.Equal(2, r.Statements.Count);
        Assert.All(r.Statements, s => Assert.Equal("Tomas Brandt", s.Speakers.Single().Name));
    }

    [Fact]
    public void A_list_of_states_keeps_each_state_even_one_the_catalog_does_not_know()
    {
        var s = Assert.Single(
            Repo.Extract(
                "\"The JCPOA remains in force,\" France, Britain and Germany said in a joint statement.",
                "2024-03-01"
            ).Statements
        );
        Assert.Equal(["France", "United Kingdom", "Germany"], s.Speakers.Select(x => x.Name).ToArray());
    }

    [Fact]
    public void A_document_by_its_noun_speaks()
    {
        var s = Assert.Single(
            Repo.Extract(
                "The conference closed with a declaration that brands deterrence \"a gamble with every city\".",
                "2024-03-01"
            ).Statements
        );
        Assert.Equal("the declaration", s.Speakers.Single().Name);
        Assert.Equal("document", s.Speakers.Single().Kind);
    }

    [Fact]
    public void An_unsure_she_gives_the_quotation_without_a_speaker()
    {
        // "Robin" could be either; Maria is known to fit, but Robin Keller is nearer: who "she" is stays unsure.
        var s = Assert.Single(
            Repo.Extract(
                "Dr. Maria Lopez teaches law in Madrid. Her colleague, Professor Robin Keller, wants a ban on such "
                    + "tests under the Outer Space Treaty. But she said she doubted \"any rule could be agreed soon\".",
                "2024-03-01"
            ).Statements
        );
        Assert.Empty(s.Speakers);
        Assert.Equal("any rule could be agreed soon", s.Text);
    }

    [Fact]
    public void A_quotation_another_unnamed_speaker_introduces_is_not_carried_over()
    {
        var r = Repo.Extract(
            "Minister Ana Ruiz called the exit \"a grave error\". Her colleague joined a joint statement by ten "
                + "governments that said: \"The Open Skies Treaty remains useful.\"",
            "2024-03-01"
        );
        Assert.Equal(2, r.Statements.Count);
        Assert.Equal("Ana Ruiz", r.Statements[0].Speakers.Single().Name);
        Assert.Empty(r.Statements[1].Speakers);
    }

    [Fact]
    public void According_to_a_statement_posted_by_an_organisation()
    {
        var s = Assert.Single(
            Repo.Extract(
                "\"We regret the decision on the CTBT,\" according to a statement posted on the Foreign Ministry's "
                    + "website.",
                "2024-03-01"
            ).Statements
        );
        Assert.Equal("Foreign Ministry", s.Speakers.Single().Name);
    }

    [Fact]
    public void A_short_form_of_an_outlet_named_before_is_that_outlet()
    {
        var r = Repo.Extract(
            "Envoy Tomas Brandt spoke in an interview with the Financial Times on New START. "
                + "\"Numbers first,\" Brandt told the FT.",
            "2024-03-01"
        );
        var s = Assert.Single(r.Statements);
        Assert.Equal("Financial Times", s.Outlet!.Name);
        Assert.Equal("FT", s.Outlet.Label);
    }

    [Fact]
    public void A_pronoun_after_a_role_introduced_in_its_own_paragraph_does_not_reach_back_to_an_earlier_person()
    {
        var r = Repo.Extract(
            "Envoys weigh New START successor\n\n"
                + "\"We are open to talks,\" Deputy Foreign Minister Sergei Ryabkov said on Monday.\n\n"
                + "Brazil's ambassador to the conference, Tiao Wen, went further in a radio interview. \"Whoever holds "
                + "the most should cut first,\" he said.",
            "2025-03-04"
        );
        var second = r.Statements.Single(s => s.Text.StartsWith("Whoever", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Speakers, x => x.Name == "Sergei Ryabkov");
    }

    [Fact]
    public void A_hyphenated_given_name_is_part_of_the_name()
    {
        var r = Repo.Extract(
            "Seoul watches test site\n\n\"The tunnels look ready,\" ministry spokesperson Park Ji-hoon told a "
                + "briefing on the test ban treaty.",
            "2025-03-04"
        );
        Assert.Equal("Park Ji-hoon", r.Statements.Single().Speakers.Single().Name);
    }

    [Fact]
    public void A_transcript_is_dated_by_the_day_the_interview_was_given_not_by_publication()
    {
        var r = Repo.Extract(
            // A headline that quotes does not hide the lead that says when the interview took place.
            "Okoro: \"The test ban needs one more push\"\n\n"
                + "Harbour Review | Interview excerpts | 18 January 2027\n\n"
                + "Ambassador Lina Okoro, the country's envoy to the test-ban talks, gave a long interview to the "
                + "Review, published on Monday. She spoke to the newspaper on January 14. We print excerpts.\n\n"
                + "Review: Is the network finished?\n\n"
                + "Okoro: Nearly. Nine stations are still missing, most of them in remote places.\n\n"
                + "Review: Would you notice a small test?\n\n"
                + "Okoro: We would notice it within hours, and we would tell every state at once.",
            "2027-01-18"
        );
        Assert.Equal(2, r.Statements.Count);
        Assert.All(r.Statements, s => Assert.Equal(new DateOnly(2027, 1, 14), s.Date!.Date));
    }
}
