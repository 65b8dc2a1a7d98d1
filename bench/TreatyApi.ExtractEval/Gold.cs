using System.Text.Json;

namespace TreatyApi.ExtractEval;

/// <summary>
/// One article's gold file (tests/TreatyApi.Tests/Corpus/CORPUS format): the facts a careful reader finds.
/// </summary>
public sealed record Gold(
    string Published,
    string? Publisher,
    string? Title,
    string? Style,
    List<string> Treaties,
    List<GoldLimit> Limits,
    List<GoldDeadline> Deadlines,
    List<GoldQuotation> Quotations,
    List<GoldNotLimit>? NotLimits
)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Gold Read(string path) =>
        JsonSerializer.Deserialize<Gold>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException(path + ": empty");
}

public sealed record GoldLimit(
    string Quote,
    decimal Value,
    decimal? Min,
    string? Measure,
    string? Unit,
    string? Treaty,
    string? Pattern
);

public sealed record GoldRelative(string Event, string Offset);

public sealed record GoldDeadline(
    string Quote,
    string? Date,
    string? Precision,
    GoldRelative? Relative,
    string? Treaty,
    string? Pattern
);

public sealed record GoldQuotation(string Text, List<string> Speakers, string? Outlet, string? Date, string? Pattern);

public sealed record GoldNotLimit(string Quote, string? Why);
