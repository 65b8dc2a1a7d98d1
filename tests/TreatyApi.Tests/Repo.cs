using TreatyApi.Extraction;

namespace TreatyApi.Tests;

/// <summary>Paths into the repository, and the real catalog and extractor built from seeds/.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Schema => Path.Combine(Root, "db");
    public static string SeedDocument => Path.Combine(Seeds, "documents", "000_ab7fea950d0af36e.txt");

    private static readonly Lazy<Catalog> LazyCatalog = new(() =>
        Catalog.Parse(
            File.ReadAllText(Path.Combine(Seeds, "catalog", "treaties.json")),
            File.ReadAllText(Path.Combine(Seeds, "catalog", "actors.json"))
        )
    );
    public static Catalog Catalog => LazyCatalog.Value;

    private static readonly Lazy<Extractor> LazyExtractor = new(() => new Extractor(Catalog));
    public static Extractor Extractor => LazyExtractor.Value;

    /// <summary>Extracts from a text of the test's own, published on the given date.</summary>
    public static ExtractionResult Extract(string text, string published = "2023-02-21") =>
        Extractor.Extract(
            new SourceDocument(
                "test",
                text,
                DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)
            )
        );

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TreatyApi.sln")))
                return dir.FullName;
        throw new InvalidOperationException("TreatyApi.sln not found above " + AppContext.BaseDirectory);
    }
}
