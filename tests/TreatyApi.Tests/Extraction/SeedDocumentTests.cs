using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>What the extractor finds in the first seed, a Global Security Newswire digest of June 19, 2012.</summary>
public class SeedDocumentTests
{
    private static readonly string Text = File.ReadAllText(Repo.SeedDocument);
    private static readonly ExtractionResult Facts = Repo.Extractor.Extract(new SourceDocument("seed", Text, null));

    [Fact]
    public void The_seed_is_stored_byte_for_byte()
    {
        var sha = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Repo.SeedDocument))
        );
        Assert.Equal("a9a459f98c57f27773154e2669dd72caa3d9aade4808abff66c5cb2be5791cb2", sha);
    }

    [Fact]
    public void Publication_date_comes_from_the_date_line() =>
        Assert.Equal(new DateOnly(2012, 6, 19), Dates.PublicationLine(Text));

    [Fact]
    public void Every_span_is_exactly_its_quote()
    {
        var spans = Facts
            .Limits.Select(l => l.Span)
            .Concat(Facts.Deadlines.Select(d => d.Span))
            .Concat(Facts.Statements.Select(s => s.Span))
            .Concat(Facts.Treaties.Select(t => t.Span))
            .Concat(Facts.Statements.Where(s => s.Attribution is not null).Select(s => s.Attribution!))
            .Concat(Facts.Statements.Where(s => s.Outlet is not null).Select(s => s.Outlet!.Span))
            .ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal(Text.Substring(s.Start, s.End - s.Start), s.Quote));
    }

    [Fact]
    public void Finds_the_two_New_START_limits_with_their_2018_deadline()
    {
        Assert.Collection(
            Facts.Limits.OrderBy(l => l.Value),
            l =>
            {
                Assert.Equal(700m, l.Value);
                Assert.Equal("delivery vehicles", l.Unit);
                Assert.Equal("new-start", l.TreatySlug);
                Assert.Equal("2018", l.Deadline!.Iso);
                Assert.Equal(DatePrecision.Year, l.Deadline.Precision);
                Assert.True(l.EachParty);
                Assert.Equal(["russia", "united-states"], l.Binds);
                Assert.Contains("700 delivery vehicles", l.Span.Quote);
            },
            l =>
            {
                Assert.Equal(1550m, l.Value);
                Assert.Equal("warheads", l.Unit);
                Assert.Equal("deployed strategic nuclear warheads", l.Counted);
                Assert.Contains("1,550 warheads", l.Span.Quote);
            }
        );
        var deadline = Assert.Single(Facts.Deadlines);
        Assert.Equal("2018", deadline.Date?.Iso);
        Assert.Equal("due", deadline.Kind);
    }

    [Fact]
    public void Finds_the_statements_of_Obama_Putin_and_Peskov()
    {
        var bySpeakers = Facts.Statements.Select(s => string.Join('+', s.Speakers.Select(x => x.Slug))).ToList();
        Assert.Equal(
            [
                "barack-obama+vladimir-putin",
                "barack-obama",
                "barack-obama",
                "dmitry-peskov",
                "dmitry-peskov",
                "dmitry-peskov",
            ],
            bySpeakers
        );
    }

    [Fact]
    public void The_joint_statement_has_two_speakers_a_place_and_the_RIA_citation()
    {
        var joint = Facts.Statements[0];
        Assert.StartsWith("Despite disagreements in our assessment", joint.Text);
        // the comma before the closing mark is not the speaker's
        Assert.EndsWith("in the area of missile defense", joint.Text);
        Assert.Equal("Los Cabos, Mexico", joint.Place);
        Assert.Equal("ria-novosti", joint.Outlet!.Slug);
        Assert.Equal("RIA Novosti I", joint.Outlet.Label);
        Assert.Equal(new DateOnly(2012, 6, 18), joint.Date!.Date);
        Assert.Equal("citation", joint.Date.Basis);
    }

    [Fact]
    public void Peskov_on_Tuesday_resolves_against_the_publication_date()
    {
        var s = Facts.Statements.Single(s => s.Text == "very positive");
        Assert.Equal("Putin spokesman Dmitry Peskov", s.Speakers[0].Mention);
        Assert.Equal(new DateOnly(2012, 6, 19), s.Date!.Date);
        Assert.Equal("relative", s.Date.Basis);
        Assert.Equal("RIA Novosti", s.Outlet!.Name);
    }

    [Fact]
    public void A_second_quotation_in_the_paragraph_continues_the_speaker_and_keeps_its_odd_spaces()
    {
        var s = Facts.Statements.Single(s => s.Text.StartsWith("The notion", StringComparison.Ordinal));
        Assert.Equal("continuation", s.Speakers.Single().Resolution);
        Assert.Contains("issues \u00A0should", s.Text);
        Assert.Equal("RIA Novosti II", s.Outlet!.Label);
    }

    [Fact]
    public void Obama_quoted_by_Qatar_News_Agency()
    {
        var s = Facts.Statements.Where(s => s.Speakers.Count == 1 && s.Speakers[0].Slug == "barack-obama").ToList();
        Assert.Equal(2, s.Count);
        Assert.All(s, x => Assert.Equal("qatar-news-agency", x.Outlet!.Slug));
        Assert.Equal(new DateOnly(2012, 6, 19), s[1].Outlet!.Date);
    }

    [Fact]
    public void Obama_after_his_meeting_with_Putin_is_dated_the_day_of_the_meeting()
    {
        var s = Facts.Statements.Single(s => s.Text.StartsWith("We discussed a range", StringComparison.Ordinal));
        Assert.Equal("2012-06-18", s.Date!.Iso);
        Assert.Equal("event", s.Date.Basis);
        Assert.Contains("after his meeting", s.Date.Note);
    }

    [Fact]
    public void The_repeated_lead_after_About_gives_no_second_fact()
    {
        Assert.Equal(Facts.Statements.Count, Facts.Statements.Select(s => s.Id).Distinct().Count());
        var about = Text.IndexOf("\nAbout", StringComparison.Ordinal);
        Assert.True(about > 0);
        Assert.DoesNotContain(Facts.Statements.Concat<object>(Facts.Limits), f => f switch
            {
                StatementFact s => s.Span.Start > about,
                LimitFact l => l.Span.Start > about,
                _ => false,
            });
    }

    [Fact]
    public void The_Monday_meeting_of_the_two_heads_of_state_is_an_event()
    {
        var e = Assert.Single(Facts.Events);
        Assert.Equal("meeting", e.Kind);
        Assert.Equal(new DateOnly(2012, 6, 18), e.Date.Date);
        Assert.Equal(["vladimir-putin", "barack-obama"], e.Participants.Select(p => p.Slug));
        Assert.All(e.Participants, p => Assert.Equal("title", p.Resolution));
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var again = Repo.Extractor.Extract(new SourceDocument("seed", Text, null));
        Assert.Equal(Facts.Statements.Select(s => s.Id), again.Statements.Select(s => s.Id));
        Assert.Equal(Facts.Limits.Select(s => s.Id), again.Limits.Select(s => s.Id));
    }
}
