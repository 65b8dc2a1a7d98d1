using System.Globalization;
using TreatyApi.ExtractEval;
using TreatyApi.Extraction;

// Usage: TreatyApi.ExtractEval REPO_ROOT [--dir ARTICLES] [--catalog DIR] [--check] [--misses] [--only NNN --facts]
// Reads every NNN-*.txt with its .gold.json, runs the extractor (catalog from seeds/catalog), prints recall and
// precision per fact kind and per gold pattern. --check exits 1 when a kind is under its floor (Floors below).
var root = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : ".";
var dir = Path.Combine(root, "tests", "TreatyApi.Tests", "Corpus", "articles");
for (int i = 0; i < args.Length - 1; i++)
    if (args[i] == "--dir")
        dir = args[i + 1];
bool check = args.Contains("--check"),
    misses = args.Contains("--misses");

var catalogDir = Array.IndexOf(args, "--catalog") is var c and >= 0
    ? args[c + 1]
    : Path.Combine(root, "seeds", "catalog");
var catalog = LenientCatalog.Load(catalogDir);
var extractor = new Extractor(catalog);
if (Array.IndexOf(args, "--time") is var ti and >= 0)
{
    // Extraction time per document over a folder of .txt files (e.g. the bench corpus), after a warm-up pass.
    var texts = Directory
        .GetFiles(args[ti + 1], "*.txt", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToList();
    foreach (var t in texts.Take(50))
        extractor.Extract(new SourceDocument("t", t, null));
    var sw = System.Diagnostics.Stopwatch.StartNew();
    foreach (var t in texts)
        extractor.Extract(new SourceDocument("t", t, null));
    Console.WriteLine($"{texts.Count} documents, {sw.Elapsed.TotalMilliseconds / texts.Count:F3} ms each, one thread");
    return 0;
}
if (args.Contains("--examples"))
{
    // Every phrase-book example and what it gave, for writing a rule (the theory test checks the same).
    int bad = 0;
    foreach (var (list, phrase) in PhraseBook.AllExamples())
    {
        var (ok, found) = ExampleFacts.Check(extractor, phrase);
        if (ok)
            continue;
        bad++;
        Console.WriteLine($"{list} «{phrase.Text}»: expected {phrase.Expect}, got [{string.Join("; ", found)}]");
    }
    Console.WriteLine($"{bad} of {PhraseBook.AllExamples().Count()} examples do not give their fact");
    return bad == 0 ? 0 : 1;
}
var score = new Scorer(catalog, misses ? Console.Out : null);
var only = Array.IndexOf(args, "--only") is var k and >= 0 ? args[k + 1] : null;
var files = Directory.GetFiles(dir, (only ?? "") + "*.gold.json").Order(StringComparer.Ordinal).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine($"no gold files in {dir}");
    return 2;
}
foreach (var goldPath in files)
{
    var name = Path.GetFileName(goldPath)[..^".gold.json".Length];
    var textPath = Path.Combine(dir, name + ".txt");
    if (!File.Exists(textPath))
    {
        Console.Error.WriteLine($"{name}: no article");
        continue;
    }
    var text = File.ReadAllText(textPath);
    var gold = Gold.Read(goldPath);
    var published = DateOnly.ParseExact(gold.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    var facts = extractor.Extract(new SourceDocument(name, text, published));
    score.Article(name, text, gold, facts);
    if (args.Contains("--facts"))
    {
        Console.WriteLine($"== {name}");
        foreach (var l in facts.Limits)
            Console.WriteLine(
                $"  limit {l.Min}-{l.Value} {l.Unit} [{facts.Explanations.GetValueOrDefault(l.Id)}] "
                    + $"«{l.Span.Quote}»"
            );
        foreach (var d in facts.Deadlines)
            Console.WriteLine(
                $"  deadline {d.Date?.Iso ?? d.Relative?.Offset} [{facts.Explanations.GetValueOrDefault(d.Id)}] "
                    + $"«{d.Span.Quote}»"
            );
        foreach (var s in facts.Statements)
            Console.WriteLine(
                $"  quote {string.Join(" & ", s.Speakers.Select(x => x.Name))} / {s.Outlet?.Label} / "
                    + $"{s.Date?.Iso}: «{s.Text[..Math.Min(60, s.Text.Length)]}»"
            );
    }
}
Console.WriteLine($"{files.Count} articles in {dir}");
score.Print(Console.Out);

// Floors CI holds the extractor to (recall, precision) on the corpus with seeds/catalog, a little under what it
// reaches today, so that a change that loses facts fails. The targets are 90% found and 95% right for every kind.
// Articles 101-124 were written later, by another writer, and first scored before any rule had seen them: with
// them the corpus's figures fell (README → The extractor), and the floors with them.
var floors = new Dictionary<string, (double Recall, double Precision)>
{
    ["treaties"] = (0.96, 0.97),
    ["limits"] = (0.93, 0.98),
    ["limit unit"] = (0.97, 0.97),
    ["deadlines"] = (0.90, 0.97),
    ["quotations"] = (0.97, 0.99),
    // Session 11 withholds speakers and dates of classes weak on real reporting (StatementExtractor.Classes): the
    // corpus's speaker recall fell from 97% to 94%, its date recall from 97% to 82%, their precision held.
    // Session 12 withholds names in quotation marks, short carried quotations beside another, relaying unnamed
    // sources as speakers, outlets carried to fragments (StatementExtractor.Doubts): the corpus's quotation recall
    // fell from 98.7% to 97.5%, speaker from 94.0% to 92.9%, outlet from 100% to 93.6%, date from 96.0% to 94.9%;
    // their precision held.
    ["quotation speaker"] = (0.92, 0.98),
    ["quotation outlet"] = (0.93, 0.97),
    ["quotation date"] = (0.94, 0.97),
};
if (!check)
    return 0;
var failed = floors
    .Where(f => score.Recall(f.Key) < f.Value.Recall || score.Precision(f.Key) < f.Value.Precision)
    .Select(f =>
        $"{f.Key}: recall {score.Recall(f.Key):P1} (floor {f.Value.Recall:P0}), precision "
        + $"{score.Precision(f.Key):P1} (floor {f.Value.Precision:P0})"
    )
    .ToList();
foreach (var f in failed)
    Console.WriteLine("UNDER FLOOR " + f);
return failed.Count == 0 ? 0 : 1;
