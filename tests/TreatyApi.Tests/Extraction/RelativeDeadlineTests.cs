using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TreatyApi.Tests.Http;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// A deadline relative to an event: dated from the catalog where it dates that event for the treaty, else kept with
/// its event and offset and no date (issue 14), over real HTTP and in a real SQLite table built by the migrations.
/// </summary>
public class RelativeDeadlineTests(SharedApi api) : IClassFixture<SharedApi>
{
    // Our own sentences: the Open Skies Treaty's withdrawal clause (event undated) and TPNW's first meeting
    // (entry into force dated in the catalog, 2021-01-22).
    private const string Article = """
        Treaty rules explained

        Under the Open Skies Treaty, a withdrawal takes effect six months after notice is given.

        The TPNW requires the first meeting of states parties within one year after entry into force.
        """;

    private async Task<JsonNode> Extract()
    {
        var response = await api.Client.PostAsync(
            "/extract?explain=true",
            new StringContent(Article, Encoding.UTF8, "text/plain")
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task An_undated_event_gives_a_deadline_without_a_date()
    {
        var result = await Extract();
        var d = result["deadlines"]!.AsArray().Single(x => (string?)x!["treaty"] == "open-skies")!;
        Assert.Null(d["date"]);
        Assert.Equal("notice-of-withdrawal", (string?)d["relative"]!["relativeTo"]);
        Assert.Equal("P6M", (string?)d["relative"]!["offset"]);
        Assert.Equal("effective", (string?)d["kind"]);
        Assert.Contains("six months after notice", (string?)d["source"]!["quote"]);
    }

    [Fact]
    public async Task A_catalog_dated_event_resolves_the_deadline()
    {
        var result = await Extract();
        var d = result["deadlines"]!.AsArray().Single(x => (string?)x!["treaty"] == "tpnw")!;
        Assert.Equal("2022-01-22", (string?)d["date"]!["date"]);
        Assert.Equal("relative", (string?)d["date"]!["basis"]);
        Assert.Equal("entered-into-force", (string?)d["relative"]!["relativeTo"]);
        Assert.Equal("P1Y", (string?)d["relative"]!["offset"]);
    }

    [Fact]
    public void The_schema_stores_an_undated_relative_deadline_and_refuses_one_with_neither()
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "db"), "*.sql").Order(StringComparer.Ordinal))
            Exec(db, File.ReadAllText(file));
        Exec(db, "PRAGMA foreign_keys = OFF");
        Exec(
            db,
            """
            INSERT INTO deadlines (id, document_id, treaty, date, precision, kind, action, start, "end", quote,
                relative_to, relative_offset)
            VALUES ('dl-1', 'doc', NULL, NULL, NULL, 'effective', 'withdrawal', 0, 5, 'quote',
                'notice-of-withdrawal', 'P6M')
            """
        );
        Assert.Throws<SqliteException>(() =>
            Exec(
                db,
                """
                INSERT INTO deadlines (id, document_id, treaty, date, precision, kind, action, start, "end", quote)
                VALUES ('dl-2', 'doc', NULL, NULL, NULL, 'due', 'nothing', 0, 5, 'quote')
                """
            )
        );
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
