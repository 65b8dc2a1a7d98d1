using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TreatyApi.Ingest;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.CatalogFacts;

/// <summary>
/// A catalog that contradicts itself stops ingest with a message naming the file, the entry and the field, and the
/// snapshot in place stays as it was. Each case edits a copy of the real catalog.
/// </summary>
public sealed class CatalogValidationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("treatyapi-catalog-").FullName;
    private static readonly TimeProvider Clock = new FixedTime(
        new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)
    );

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string CopySeeds()
    {
        var seeds = Path.Combine(_dir, "seeds");
        foreach (var f in Directory.EnumerateFiles(Repo.Seeds, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(seeds, Path.GetRelativePath(Repo.Seeds, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        return seeds;
    }

    private static void Edit(string seeds, string file, Action<JsonObject> edit)
    {
        var path = Path.Combine(seeds, "catalog", file);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    private static JsonObject Treaty(JsonObject catalog, string slug) =>
        catalog["treaties"]!.AsArray().Single(t => (string?)t!["slug"] == slug)!.AsObject();

    private static JsonObject Action(string treaty, string state, string kind, string date, string? effective = null) =>
        new()
        {
            ["treaty"] = treaty,
            ["state"] = state,
            ["kind"] = kind,
            ["date"] = date,
            ["effective"] = effective,
            ["citation"] = "un-members",
            ["checked"] = false,
            ["note"] = null,
        };

    /// <summary>Builds a good snapshot, breaks the catalog, and checks that ingest names the fault and keeps the
    /// snapshot.</summary>
    private void Refused(string file, Action<JsonObject> edit, params string[] named)
    {
        var seeds = CopySeeds();
        var db = Path.Combine(_dir, "live.db");
        SnapshotBuilder.Build(seeds, Repo.Schema, db, Clock);
        var before = File.ReadAllBytes(db);
        Edit(seeds, file, edit);
        var e = Assert.Throws<IngestException>(() => SnapshotBuilder.Build(seeds, Repo.Schema, db, Clock));
        Assert.Contains(Path.Combine("catalog", file), e.Message);
        foreach (var part in named)
            Assert.Contains(part, e.Message);
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.Single(Directory.EnumerateFiles(_dir, "live.db*"));
    }

    [Fact]
    public void An_unknown_party_is_refused() =>
        Refused(
            "treaties.json",
            j => Treaty(j, "new-start")["parties"]!.AsArray().Add("atlantis"),
            "treaty 'new-start'",
            "field 'parties'",
            "atlantis"
        );

    [Fact]
    public void An_unknown_depositary_is_refused() =>
        Refused(
            "treaties.json",
            j => Treaty(j, "npt")["depositaries"] = new JsonArray("atlantis"),
            "field 'depositaries'",
            "atlantis"
        );

    [Fact]
    public void Entry_into_force_before_signature_is_refused() =>
        Refused(
            "treaties.json",
            j =>
                Treaty(j, "new-start")["dates"]!
                    .AsArray()
                    .Add(
                        new JsonObject
                        {
                            ["kind"] = "entered-into-force",
                            ["date"] = "1900-01-01",
                            ["citation"] = "un-members",
                        }
                    ),
            "treaty 'new-start' date 'entered-into-force'",
            "field 'date'",
            "before the signature"
        );

    [Fact]
    public void An_alias_naming_two_treaties_is_refused() =>
        Refused(
            "treaties.json",
            j => Treaty(j, "start-i")["aliases"]!.AsArray().Add("new  start"),
            "field 'aliases'",
            "also names treaty 'new-start'"
        );

    [Fact]
    public void An_action_of_a_state_that_is_not_in_the_catalog_is_refused() =>
        Refused(
            "state-actions.json",
            j => j["actions"]!.AsArray().Add(Action("npt", "atlantis", "acceded", "1990-01-01")),
            "actions[",
            "npt atlantis acceded",
            "field 'state'",
            "not a state"
        );

    [Fact]
    public void An_action_of_an_actor_that_is_not_a_state_is_refused() =>
        Refused(
            "state-actions.json",
            j => j["actions"]!.AsArray().Add(Action("npt", "barack-obama", "signed", "2009-01-01")),
            "field 'state'",
            "barack-obama"
        );

    [Fact]
    public void A_ratification_before_the_signature_is_refused() =>
        Refused(
            "state-actions.json",
            j =>
            {
                j["actions"]!.AsArray().Add(Action("ctbt", "mexico", "signed", "2000-01-01"));
                j["actions"]!.AsArray().Add(Action("ctbt", "mexico", "ratified", "1960-01-01"));
            },
            "ctbt mexico ratified",
            "field 'date'",
            "before it was signed"
        );

    [Fact]
    public void The_same_action_listed_twice_is_refused() =>
        Refused(
            "state-actions.json",
            j =>
            {
                j["actions"]!.AsArray().Add(Action("ctbt", "mexico", "signed", "1990-01-01"));
                j["actions"]!.AsArray().Add(Action("ctbt", "mexico", "signed", "1990-01-01"));
            },
            "ctbt mexico signed",
            "listed twice"
        );

    [Fact]
    public void A_withdrawal_effective_before_its_notice_is_refused() =>
        Refused(
            "state-actions.json",
            j => j["actions"]!.AsArray().Add(Action("npt", "north-korea", "withdrew", "2003-01-11", "2002-04-11")),
            "npt north-korea withdrew",
            "field 'effective'",
            "before its notice"
        );

    [Fact]
    public void A_limit_without_a_citation_is_refused() =>
        Refused(
            "treaty-limits.json",
            j => j["limits"]![0]!.AsObject().Remove("citation"),
            "limits[0]",
            "field 'citation'",
            "missing"
        );

    [Fact]
    public void A_limit_citing_an_unknown_key_is_refused() =>
        Refused(
            "treaty-limits.json",
            j => j["limits"]![0]!["citation"] = "no-such-source",
            "limits[0]",
            "field 'citation'",
            "'no-such-source' is not defined"
        );

    [Fact]
    public void A_deadline_relative_to_an_event_the_treaty_does_not_date_is_refused() =>
        Refused(
            "treaty-limits.json",
            j =>
                j["limits"]![0]!["deadline"] = new JsonObject
                {
                    ["relativeTo"] = "the-end-of-days",
                    ["offset"] = "P7Y",
                },
            "limits[0]",
            "field 'deadline'",
            "the-end-of-days"
        );

    [Fact]
    public void A_citation_key_defined_in_two_files_is_refused() =>
        Refused(
            "state-actions.json",
            j => j["citations"]!["un-members"] = new JsonObject { ["title"] = "x", ["url"] = "https://example.org/" },
            "citation 'un-members'",
            "defined twice"
        );

    [Fact]
    public void An_unknown_property_names_the_file_and_line() =>
        Refused("state-actions.json", j => j["actions"]![0]!["comment"] = "x", "line", "comment");
}
