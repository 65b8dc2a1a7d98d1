using TreatyApi.Extraction;

namespace TreatyApi.Tests.Extraction;

/// <summary>Finding a quotation in an extraction result, for the speaker tests.</summary>
internal static class Statements
{
    /// <summary>The one statement whose words are <paramref name="text"/>.</summary>
    public static StatementFact Quote(ExtractionResult r, string text) => r.Statements.Single(s => s.Text == text);

    /// <summary>The names of a statement's speakers, in order.</summary>
    public static string[] Names(StatementFact s) => s.Speakers.Select(x => x.Name).ToArray();
}
