using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using TreatyApi.Claims;
using TreatyApi.Infrastructure;

// dotnet TreatyApi.ClaimPerf.dll SNAPSHOT_DB TEMPLATES_LUA [COUNT] [ROUNDS]   (bench/claim-perf.sh runs it)
// Checks COUNT distinct claims (the templates of bench/claim-uncached.lua, each with a figure never used before) per
// round on one thread, after a warm-up round, and prints per stage the mean CPU time of the thread (µs: wall time is
// noise on a loaded machine), the SQL statements run and the bytes allocated per claim; then the same by template, and
// which statements ran. Stages: parse (ClaimParser), open (a pooled connection), check (ClaimChecker.Check), json (the
// answer serialized as the API writes it). REGEX_CACHE=n sets Regex.CacheSize as the API's Program.cs does (256): the
// default (15) is what a build before session 8 ran with.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SNAPSHOT_DB TEMPLATES_LUA [COUNT] [ROUNDS]");
    return 2;
}
var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
var templates = Regex
    .Matches(File.ReadAllText(args[1]), "^\\s*\"([^\"]*%d[^\"]*)\",?\\s*$", RegexOptions.Multiline)
    .Select(m => m.Groups[1].Value.Replace("%d", "{0}", StringComparison.Ordinal))
    .ToList();
if (Environment.GetEnvironmentVariable("REGEX_CACHE") is { } size)
    Regex.CacheSize = int.Parse(size, CultureInfo.InvariantCulture);
var snapshot = new Snapshot(args[0]);
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
{
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
};
json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
var today = DateOnly.FromDateTime(DateTime.UtcNow);
long statements = 0;
var traced = new HashSet<Microsoft.Data.Sqlite.SqliteConnection>();
var figure = 1_000_000L;
var bySql = new Dictionary<string, long>(StringComparer.Ordinal);
void Trace(object? _, string sql)
{
    statements++;
    var key = Regex.Replace(Regex.Replace(sql, @"'[^']*'|\b\d+\b", "?"), @"\s+", " ").Trim();
    key = key.Length > 110 ? key[..110] : key;
    bySql[key] = bySql.GetValueOrDefault(key) + 1;
}

const int Stages = 4;
string[] names = ["parse", "open", "check", "json"];
for (var round = 0; round <= rounds; round++)
{
    var ticks = new long[templates.Count, Stages];
    var stmts = new long[templates.Count];
    var bytes = new long[templates.Count];
    var n = new int[templates.Count];
    bySql.Clear();
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    var gc0 = GC.CollectionCount(0);
    for (var i = 0; i < count; i++)
    {
        var k = i % templates.Count;
        var claim = string.Format(CultureInfo.InvariantCulture, templates[k], figure++);
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var s0 = statements;
        var t0 = ThreadCpu.Now();
        var parsed = snapshot.Claims.Parse(claim);
        var t1 = ThreadCpu.Now();
        using var db = snapshot.Open();
        if (traced.Add(db))
            SQLitePCL.raw.sqlite3_trace(db.Handle, (SQLitePCL.strdelegate_trace)Trace, null);
        var t2 = ThreadCpu.Now();
        var answer = ClaimChecker.Check(db, snapshot.ClaimReads, claim, parsed, today);
        var t3 = ThreadCpu.Now();
        var body = JsonSerializer.SerializeToUtf8Bytes(answer, json);
        var t4 = ThreadCpu.Now();
        ticks[k, 0] += t1 - t0;
        ticks[k, 1] += t2 - t1;
        ticks[k, 2] += t3 - t2;
        ticks[k, 3] += t4 - t3;
        stmts[k] += statements - s0;
        bytes[k] += GC.GetAllocatedBytesForCurrentThread() - a0;
        n[k]++;
        GC.KeepAlive(body);
    }
    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMicroseconds / count;
    var label = round == 0 ? "warm-up" : $"round {round}";
    double Us(long t) => t / 1e3;
    var all = Enumerable
        .Range(0, Stages)
        .Select(s => Enumerable.Range(0, templates.Count).Sum(k => ticks[k, s]))
        .ToList();
    Console.WriteLine(
        $"{label}: {count} claims, {wall.Elapsed.TotalMilliseconds / count * 1000:F0} µs wall and {cpu:F0} µs CPU "
            + $"per claim (process), gen0 GCs {GC.CollectionCount(0) - gc0}; "
            + string.Join(", ", names.Select((s, i) => $"{s} {Us(all[i]) / count:F0} µs"))
            + $"; {stmts.Sum() / (double)count:F1} statements, {bytes.Sum() / count / 1024.0:F0} KB allocated per claim"
    );
    if (round == rounds)
        for (var k = 0; k < templates.Count; k++)
            Console.WriteLine(
                $"  {string.Join(" ", names.Select((s, i) => $"{s} {Us(ticks[k, i]) / n[k], 5:F0}"))} µs; "
                    + $"{stmts[k] / (double)n[k], 5:F1} stmts {bytes[k] / n[k] / 1024.0, 6:F0} KB  {templates[k]}"
            );
}

// Snapshot.Open sets the memory map once per native connection: it must still be set on one the pool hands out again.
using (var again = snapshot.Open())
{
    using var pragma = again.CreateCommand();
    pragma.CommandText = "PRAGMA mmap_size";
    Console.WriteLine($"mmap_size on a pooled connection: {pragma.ExecuteScalar()}");
}
foreach (var (sql, times) in bySql.OrderByDescending(kv => kv.Value).Take(25))
    Console.WriteLine($"  {times / (double)count, 6:F2} per claim  {sql}");
return 0;

/// <summary>The calling thread's CPU time in nanoseconds (clock_gettime(CLOCK_THREAD_CPUTIME_ID)).</summary>
internal static partial class ThreadCpu
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGettime(int clock, out Timespec time);

    public static long Now()
    {
        ClockGettime(3, out var t); // CLOCK_THREAD_CPUTIME_ID
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }
}
