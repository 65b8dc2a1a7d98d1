using System.Globalization;
using System.Text;

namespace TreatyApi.Bench;

/// <summary>
/// Writes N synthetic but realistic arms-control news documents (varied treaties, figures, speakers, outlets,
/// dates), deterministic from a seed number, into a seeds folder of its own with the real catalog.
/// Never touches the repository's seeds/.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Treaties =
    [
        "New START",
        "the INF Treaty",
        "the CTBT",
        "the NPT",
        "the Moscow Treaty",
        "START",
    ];
    private static readonly string[] Speakers =
    [
        "Lavrov",
        "Russian Foreign Minister Sergey Lavrov",
        "Kremlin spokesman Dmitry Peskov",
        "Blinken",
        "Medvedev",
        "Putin",
        "Obama",
        "Kerry",
    ];
    private static readonly string[] Outlets =
    [
        "RIA Novosti",
        "Interfax",
        "Reuters",
        "ITAR-TASS",
        "Associated Press",
        "Qatar News Agency",
    ];
    private static readonly string[] Units =
    [
        "deployed warheads",
        "deployed strategic warheads",
        "delivery vehicles",
        "launchers",
        "missiles",
    ];
    private static readonly string[] Months =
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    private static readonly string[] Numbers =
    [
        "1,550",
        "1550",
        "seven hundred",
        "800",
        "1,600",
        "six thousand",
        "700",
        "2,200",
    ];
    private static readonly string[] Quotes =
    [
        "We remain committed to the treaty and to strategic stability",
        "The talks on missile defense were constructive and very open",
        "Any further reductions must take into account the missile shield in Europe",
        "This is a temporary measure and not a withdrawal",
        "We see no reason to change the ceilings agreed in Prague",
        "The inspections will resume once the conditions are met",
    ];

    /// <summary>
    /// Writes seeds/ (documents and a copy of the catalog) under <paramref name="directory"/>; returns its path.
    /// </summary>
    public static string Write(string directory, int count, int seed, string catalogDirectory)
    {
        var seeds = Path.Combine(directory, "seeds");
        var docs = Path.Combine(seeds, "documents");
        Directory.CreateDirectory(docs);
        Directory.CreateDirectory(Path.Combine(seeds, "catalog"));
        foreach (var f in Directory.EnumerateFiles(catalogDirectory))
            File.Copy(f, Path.Combine(seeds, "catalog", Path.GetFileName(f)), overwrite: true);
        var random = new Random(seed);
        T Pick<T>(T[] xs) => xs[random.Next(xs.Length)];
        for (int i = 0; i < count; i++)
        {
            var year = 2010 + random.Next(15);
            var month = random.Next(12);
            var day = 1 + random.Next(28);
            var treaty = Pick(Treaties);
            var text = new StringBuilder();
            text.Append(
                CultureInfo.InvariantCulture,
                $"{Pick(["Talks", "Dispute", "Progress", "Doubts"])} Over {treaty.Replace("the ", "")} "
                    + $"Limits (report {i})\n\n"
            );
            text.Append(CultureInfo.InvariantCulture, $"{Months[month]} {day}, {year}\n\n");
            text.Append(
                CultureInfo.InvariantCulture,
                $"Officials met on Monday to discuss {treaty}, {Pick(Outlets)} reported.\n\n"
            );
            text.Append(
                CultureInfo.InvariantCulture,
                $"{treaty} limits each side to {Pick(Numbers)} {Pick(Units)} by {Pick(Months)} "
                    + $"{2011 + random.Next(15)}.\n\n"
            );
            text.Append(
                CultureInfo.InvariantCulture,
                $"\"{Pick(Quotes)},\" {Pick(Speakers)} said ({Pick(Outlets)}, {Months[month]} {day}).\n\n"
            );
            text.Append(
                CultureInfo.InvariantCulture,
                $"{Pick(Speakers)} on Tuesday described the meeting as \"{Pick(Quotes).ToLowerInvariant()}.\"\n"
            );
            File.WriteAllText(Path.Combine(docs, $"{i:D6}_synthetic.txt"), text.ToString());
        }
        return seeds;
    }
}
