using System.Net;
using System.Text.Json.Nodes;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.CatalogFacts;

/// <summary>Parties, timelines, a state's treaties and treaty-text limits, served from the real catalog.</summary>
public class CatalogEndpointTests(SharedApi api) : IClassFixture<SharedApi>
{
    private async Task<JsonNode> Get(string url)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode State(JsonNode list, string state) =>
        list["items"]!.AsArray().Single(i => (string?)i!["state"] == state)!;

    [Theory]
    [InlineData("1990-01-01", "not-signed", null)] // before the signature
    [InlineData("1998-01-01", "signatory", "1996-09-24")] // between signature and ratification
    [InlineData("2005-01-01", "ratified", "2000-06-30")] // ratified, the treaty not in force
    [InlineData("2024-01-01", "signatory", "2023-11-02")] // after the ratification was withdrawn
    public async Task Russia_in_the_CTBT_on_a_day(string on, string status, string? since)
    {
        var list = await Get($"/treaties/ctbt/parties?on={on}");
        Assert.Equal(on, (string?)list["on"]);
        var russia = State(list, "russia");
        Assert.Equal(status, (string?)russia["status"]);
        Assert.Equal(since, (string?)russia["since"]);
        // The actions are listed whatever the day: the status is what changes.
        Assert.Contains(russia["actions"]!.AsArray(), a => (string?)a!["kind"] == "ratification-withdrawn");
    }

    [Theory]
    [InlineData("1987-01-01", "not-signed", null)]
    [InlineData("1988-01-01", "signatory", "1987-12-08")]
    [InlineData("2000-01-01", "party", "1988-06-01")]
    [InlineData("2019-05-01", "withdrawal-pending", "2019-02-02")] // after the notice, before it took effect
    [InlineData("2019-09-01", "withdrawn", "2019-08-02")] // after the withdrawal took effect
    public async Task The_United_States_in_the_INF_Treaty_on_a_day(string on, string status, string? since)
    {
        var us = State(await Get($"/treaties/inf/parties?on={on}"), "united-states");
        Assert.Equal(status, (string?)us["status"]);
        Assert.Equal(since, (string?)us["since"]);
    }

    [Fact]
    public async Task Russia_suspended_New_START_and_the_treaty_then_expired()
    {
        Assert.Equal(
            "suspended",
            (string?)State(await Get("/treaties/new-start/parties?on=2024-01-01"), "russia")["status"]
        );
        Assert.Equal(
            "party",
            (string?)State(await Get("/treaties/new-start/parties?on=2024-01-01"), "united-states")["status"]
        );
        var after = State(await Get("/treaties/new-start/parties?on=2026-03-01"), "russia");
        Assert.Equal(("ended", "2026-02-05"), ((string?)after["status"], (string?)after["since"]));
    }

    [Fact]
    public async Task Today_is_the_default_day_and_every_action_has_a_catalog_source()
    {
        var list = await Get("/treaties/ctbt/parties");
        Assert.Equal("2026-11-28", (string?)list["on"]); // ApiFactory's clock
        var actions = list["items"]!.AsArray().SelectMany(i => i!["actions"]!.AsArray()).ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a =>
        {
            var source = a!["source"]!;
            Assert.Contains((string?)source["kind"], new[] { "reference", "treaty-text" });
            Assert.NotNull((bool?)source["checked"]);
            Assert.StartsWith("https://", (string?)source["url"]);
            Assert.Contains((string)source["url"]!, (string)source["citation"]!);
            Assert.Null((string?)source["documentId"]);
            Assert.Null(source["start"]);
        });
    }

    [Theory]
    [InlineData("/treaties/ctbt/parties?on=2024-13-01", "on")]
    [InlineData("/treaties/ctbt/parties?on=yesterday", "on")]
    [InlineData("/treaties/ctbt/parties?on=", "on")]
    [InlineData("/treaties/ctbt/parties?day=2024-01-01", "day")]
    [InlineData("/actors/russia/treaties?on=01/02/2024", "on")]
    [InlineData("/treaties/ctbt/timeline?limit=0", "limit")]
    [InlineData("/treaties/ctbt/timeline?cursor=abc", "cursor")]
    public async Task Bad_parameters_are_a_400_naming_them(string url, string parameter)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Theory]
    [InlineData("/treaties/no-such-treaty/parties", "treaty")]
    [InlineData("/treaties/no-such-treaty/timeline", "treaty")]
    [InlineData("/actors/atlantis/treaties", "state")]
    [InlineData("/actors/barack-obama/treaties", "state")] // an actor, but not a state
    [InlineData("/actors/nato/treaties", "state")]
    public async Task Unknown_treaties_and_actors_that_are_not_states_are_a_404(string url, string what)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(
            $"No {what} ",
            (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]
        );
    }

    [Theory]
    [InlineData("/treaties/CTBT/parties?on=2000-01-01", "/treaties/ctbt/parties?on=2000-01-01")]
    [InlineData("/treaties/New%20START/timeline", "/treaties/new-start/timeline")]
    [InlineData("/actors/Russian%20Federation/treaties", "/actors/russia/treaties")]
    public async Task Aliases_answer_308_to_the_canonical_url(string url, string location)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_timeline_is_in_date_order_and_every_item_has_a_source()
    {
        var items = (await Get("/treaties/new-start/timeline"))["items"]!.AsArray();
        var dates = items.Select(i => (string)i!["date"]!["date"]!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(items, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)i!["summary"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)i["source"]!["citation"]));
        });
        var kinds = items.Select(i => (string?)i!["kind"]).ToHashSet();
        Assert.Superset(new HashSet<string?> { "treaty-date", "state-action", "limit-due", "statement" }, kinds);
        var signed = items.First(i => (string?)i!["what"] == "signed")!;
        Assert.Equal("2010-04-08", (string?)signed["date"]!["date"]);
        var suspended = items.Single(i => (string?)i!["kind"] == "state-action" && (string?)i["what"] == "suspended")!;
        Assert.Equal(("russia", "2023-02"), ((string?)suspended["state"], ((string)suspended["date"]!["date"]!)[..7]));
        // A statement on the timeline is one of the treaty's statements, quoted from its document.
        var statement = items.First(i => (string?)i!["kind"] == "statement")!;
        Assert.Equal("document", (string?)statement["source"]!["kind"]);
        Assert.StartsWith("st_", (string?)statement["factId"]);
    }

    [Fact]
    public async Task A_withdrawal_is_on_the_timeline_at_its_notice_and_when_it_took_effect()
    {
        var items = (await Get("/treaties/inf/timeline"))["items"]!
            .AsArray()
            .Where(i => (string?)i!["state"] == "united-states")
            .ToList();
        Assert.Contains(items, i => (string?)i!["what"] == "withdrew" && (string?)i["date"]!["date"] == "2019-02-02");
        Assert.Contains(items, i =>
            (string?)i!["what"] == "withdrawal-effective" && (string?)i["date"]!["date"] == "2019-08-02"
        );
    }

    [Fact]
    public async Task Timeline_pages_walk_to_the_same_items_as_one_page()
    {
        var all = (await Get("/treaties/new-start/timeline"))["items"]!
            .AsArray()
            .Select(i => i!.ToJsonString())
            .ToList();
        Assert.True(all.Count > 6);
        var walked = new List<string>();
        string? url = "/treaties/new-start/timeline?limit=4";
        while (url is not null)
        {
            var page = await Get(url);
            var items = page["items"]!.AsArray();
            Assert.True(items.Count <= 4);
            walked.AddRange(items.Select(i => i!.ToJsonString()));
            url = (string?)page["next"] is { } next ? new Uri(next).PathAndQuery : null;
        }
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task A_state_lists_its_treaties_with_its_status_in_each()
    {
        var list = await Get("/actors/russia/treaties?on=2024-01-01");
        Assert.Equal(
            ("russia", "Russia", "2024-01-01"),
            ((string?)list["state"], (string?)list["name"], (string?)list["on"])
        );
        var treaties = list["items"]!.AsArray();
        var slugs = treaties.Select(t => (string)t!["treaty"]!).ToList();
        Assert.Equal(slugs.Order(StringComparer.Ordinal), slugs);
        Assert.Equal("signatory", (string?)treaties.Single(t => (string?)t!["treaty"] == "ctbt")!["status"]);
        Assert.Equal("suspended", (string?)treaties.Single(t => (string?)t!["treaty"] == "new-start")!["status"]);
        Assert.Equal("ended", (string?)treaties.Single(t => (string?)t!["treaty"] == "inf")!["status"]);
    }

    [Fact]
    public async Task The_treaty_page_summarises_its_parties_and_links_them()
    {
        var treaty = await Get("/treaties/ctbt");
        var parties = treaty["parties"]!;
        var list = await Get("/treaties/ctbt/parties");
        var byStatus = list["items"]!
            .AsArray()
            .GroupBy(i => (string)i!["status"]!)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byStatus.GetValueOrDefault("party"), (int)parties["count"]!);
        Assert.Equal(byStatus, parties["byStatus"]!.AsObject().ToDictionary(kv => kv.Key, kv => (int)kv.Value!));
        Assert.Equal("/treaties/ctbt/parties", (string?)treaty["links"]!["parties"]);
        Assert.Equal("/treaties/ctbt/timeline", (string?)treaty["links"]!["timeline"]);
        var original = (await Get("/treaties/inf"))["parties"]!["original"]!.AsArray().Select(p => (string?)p!["slug"]);
        Assert.Equal(["united-states", "russia"], original);
    }

    [Fact]
    public async Task Catalog_limits_come_first_and_reported_ones_say_whether_they_disagree()
    {
        var items = (await Get("/treaties/new-start/limits"))["items"]!.AsArray();
        var kinds = items.Select(l => (string)l!["source"]!["kind"]!).ToList();
        Assert.Equal(kinds.OrderBy(k => k == "document" ? 1 : 0), kinds);
        var catalog = items.Where(l => (string?)l!["source"]!["kind"] != "document").ToList();
        var launchers = catalog.Single(l => (string?)l!["unit"] == "launchers")!;
        Assert.Equal(800, (double)launchers["value"]!);
        Assert.Equal(
            ("II", "1(c)"),
            ((string?)launchers["source"]!["article"], (string?)launchers["source"]!["paragraph"])
        );
        // Seven years after entry into force (2011-02-05), resolved at ingest.
        Assert.Equal(
            ("entered-into-force", "P7Y"),
            ((string?)launchers["relativeDeadline"]!["relativeTo"], (string?)launchers["relativeDeadline"]!["offset"])
        );
        Assert.Equal("2018-02-05", (string?)launchers["deadline"]!["date"]);
        // New START's figures are cited to the State Department's fact sheet, which is not the treaty text: the
        // source is a reference that names the provision it states, and its citation is the page's.
        Assert.Equal("reference", (string?)launchers["source"]!["kind"]);
        Assert.StartsWith("U.S. Department of State, New START Treaty", (string?)launchers["source"]!["citation"]);
        Assert.DoesNotContain("Article", (string?)launchers["source"]!["citation"]);
        // The newswire's 1,550 warheads and 700 delivery vehicles agree with Article II.
        var reported = items.Where(l => (string?)l!["source"]!["kind"] == "document").ToList();
        Assert.NotEmpty(reported);
        Assert.All(reported, l => Assert.Empty(l!["disagreesWith"]!.AsArray()));
        Assert.All(items, l => Assert.Equal("count", (string?)l!["measure"]));
    }

    [Fact]
    public async Task A_treaty_text_limit_cites_its_article()
    {
        var vehicles = (await Get("/treaties/start-i/limits"))["items"]!
            .AsArray()
            .Single(l => (string?)l!["source"]!["kind"] == "treaty-text" && (string?)l["unit"] == "delivery vehicles")!;
        Assert.Equal(1600, (double)vehicles["value"]!);
        Assert.Contains("Article II, paragraph 1(a)", (string?)vehicles["source"]!["citation"]);
    }

    [Fact]
    public async Task A_range_keeps_its_lower_end()
    {
        var sort = (await Get("/treaties/sort/limits"))["items"]!
            .AsArray()
            .Single(l => (string?)l!["source"]!["kind"] != "document" && (string?)l["unit"] == "warheads")!;
        Assert.Equal((1700.0, 2200.0), ((double)sort["min"]!, (double)sort["value"]!));
        Assert.Equal("2012-12-31", (string?)sort["deadline"]!["date"]);
    }

    private async Task<(List<string> Header, int Rows, int Items)> Csv(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = Rows(await response.Content.ReadAsStringAsync());
        var items = (await Get(url))["items"]!.AsArray().Count;
        return (rows[0], rows.Count - 1, items);
    }

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> Rows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                    quoted = false;
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
                field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }

    [Theory]
    [InlineData("/treaties/ctbt/parties?on=2024-01-01", "status")]
    [InlineData("/treaties/inf/timeline", "summary")]
    [InlineData("/actors/russia/treaties", "status")]
    [InlineData("/treaties/new-start/limits", "disagrees_with")]
    public async Task The_new_lists_answer_csv_one_row_per_item(string url, string column)
    {
        var (header, rows, items) = await Csv(url);
        Assert.Contains(column, header);
        Assert.True(items > 0);
        Assert.Equal(items, rows);
    }
}
