using TreatyApi.Bench;

// dotnet run --project bench/TreatyApi.Bench -c Release -- corpus OUT_DIR COUNT SEED CATALOG_DIR
if (args is not ["corpus", var outDir, var count, var seed, var catalog])
{
    Console.Error.WriteLine("usage: corpus OUT_DIR COUNT SEED CATALOG_DIR");
    return 2;
}
var seeds = SyntheticCorpus.Write(
    outDir,
    int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
    int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture),
    catalog
);
Console.WriteLine(seeds);
return 0;
