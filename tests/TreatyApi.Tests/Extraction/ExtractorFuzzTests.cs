using System.Text.RegularExpressions;

namespace TreatyApi.Tests.Extraction;

/// <summary>
/// The extractor reads any text without an exception: every corpus article, mutated the way real copy is mangled
/// (a word dropped, doubled or swapped with its neighbour, a figure or quotation mark slipped in, a paragraph break
/// removed or added, the text cut short). A rule that slices a range backwards shows up here long before a reader's
/// article finds it. Deterministic: each article has its own seed. EXTRACT_FUZZ=N mutates each article N times
/// (bench/fuzz-extract.sh); the tests run 40.
/// </summary>
public partial class ExtractorFuzzTests
{
    private static readonly int Mutations = int.TryParse(Environment.GetEnvironmentVariable("EXTRACT_FUZZ"), out var n)
        ? n
        : 40;

    private static readonly string[] Inserts =
    [
        "1",
        "one",
        "2,000",
        "1,550-",
        "50 percent",
        "\"",
        "\u201C",
        ",\" he said.",
        "by 2026",
        "within 90 days",
        "(",
        ")",
        "\n\n",
        "New START",
        "-",
        ":",
    ];

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        // The held-out articles too: one of them found the first exception this test would have caught.
        foreach (var dir in new[] { "articles", "heldout-2", "heldout-3", "heldout-4", "heldout-5" })
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "tests/TreatyApi.Tests/Corpus", dir), "*.txt"))
            data.Add(dir + "/" + Path.GetFileName(file));
        data.Add("seed");
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_mangled_article_is_read_without_an_exception(string name)
    {
        var text =
            name == "seed"
                ? File.ReadAllText(Repo.SeedDocument)
                : File.ReadAllText(Path.Combine(Repo.Root, "tests/TreatyApi.Tests/Corpus", name));
        var random = new Random(StableSeed(name));
        // A paragraph at a time, with the headline for context: cheap enough to mangle many times per article.
        var paragraphs = Paragraph().Split(text).Where(p => p.Trim().Length > 0).ToArray();
        for (var i = 0; i < Mutations; i++)
        {
            var mangled = paragraphs[0] + "\n\n" + paragraphs[random.Next(paragraphs.Length)];
            for (var k = random.Next(1, 4); k > 0; k--)
                mangled = Mutate(mangled, random);
            var ex = Record.Exception(() => Repo.Extract(mangled));
            Assert.True(ex is null, $"{name}, mutation {i}: {ex}\n--- text ---\n{mangled}");
        }
    }

    private static int StableSeed(string s) => s.Aggregate(17, (h, c) => unchecked(h * 31 + c));

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    private static string Mutate(string text, Random random)
    {
        var tokens = Token().Matches(text).ToList();
        if (tokens.Count < 2)
            return text;
        var at = tokens[random.Next(tokens.Count - 1)];
        var next = tokens[tokens.IndexOf(at) + 1];
        return random.Next(7) switch
        {
            0 => text.Remove(at.Index, at.Length),
            1 => text.Insert(at.Index, at.Value + " "),
            2 => text[..at.Index]
                + next.Value
                + text[(at.Index + at.Length)..next.Index]
                + at.Value
                + text[(next.Index + next.Length)..],
            3 => text.Insert(at.Index, Inserts[random.Next(Inserts.Length)] + " "),
            4 => text.Insert(at.Index + at.Length, Inserts[random.Next(Inserts.Length)]),
            5 => text[..(at.Index + at.Length)],
            _ => Paragraph().Replace(text, " "),
        };
    }
}
