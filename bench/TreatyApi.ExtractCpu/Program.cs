using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TreatyApi.Extraction;
using TreatyApi.Ingest;

// TreatyApi.ExtractCpu time SEEDS_DIR [BLOCK]        the documents of SEEDS_DIR extracted in file order on one thread:
//                                                    process CPU (every thread: the JIT's tiering thread and GC
//                                                    too) of building the extractor, of the first document and of
//                                                    each BLOCK documents after it (default 1000)
// TreatyApi.ExtractCpu dump SEEDS_DIR OUT DIR...     every *.txt under each DIR extracted with SEEDS_DIR's catalog,
//                                                    one line of JSON per file (facts, explanations, warnings), to
//                                                    compare two builds byte for byte
var culture = CultureInfo.InvariantCulture;
switch (args)
{
    case ["time", var seeds, ..]:
        Time(seeds, args.Length > 2 ? int.Parse(args[2], culture) : 1000);
        return 0;
    case ["dump", var seeds, var output, .. var dirs]:
        Dump(seeds, output, dirs);
        return 0;
    default:
        Console.Error.WriteLine("usage: time SEEDS_DIR [BLOCK] | dump SEEDS_DIR OUT DIR...");
        return 2;
}

static double CpuMs()
{
    using var self = Process.GetCurrentProcess();
    return self.TotalProcessorTime.TotalMilliseconds;
}

void Time(string seeds, int block)
{
    // Read before the clock starts: reading files is ingest's cost, not the extractor's.
    var docs = SeedReader.DocumentPaths(seeds).Select(SeedReader.ReadDocument).ToList();
    var start = CpuMs();
    var extractor = new Extractor(SeedReader.ReadCatalog(seeds));
    var built = CpuMs();
    Console.WriteLine(FormattableString.Invariant($"catalog and extractor built: {built - start:F0} ms of CPU"));
    var last = built;
    var from = 0;
    for (var i = 0; i < docs.Count; i++)
    {
        var d = docs[i];
        extractor.Extract(new SourceDocument(d.Id, d.Text, d.Published));
        // The first document alone (the patterns built and JIT-compiled), then block by block.
        if (i == 0 || (i + 1) % block == 0 || i == docs.Count - 1)
        {
            var now = CpuMs();
            var label = i == 0 ? "first document" : $"documents {from + 1}-{i + 1}";
            var each = (now - last) / (i + 1 - from);
            Console.WriteLine(FormattableString.Invariant($"{label}: {each:F3} ms of CPU each"));
            (last, from) = (now, i + 1);
        }
    }
    Console.WriteLine(FormattableString.Invariant($"total: {(CpuMs() - start) / 1000:F2} s of CPU"));
}

void Dump(string seeds, string output, string[] dirs)
{
    var extractor = new Extractor(SeedReader.ReadCatalog(seeds));
    using var writer = new StreamWriter(output);
    var json = new JsonSerializerOptions { IncludeFields = true };
    foreach (var dir in dirs)
    foreach (var file in Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        var result = extractor.Extract(
            new SourceDocument(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file), null)
        );
        writer.WriteLine(Path.GetRelativePath(dir, file) + "\t" + JsonSerializer.Serialize(result, json));
    }
}
