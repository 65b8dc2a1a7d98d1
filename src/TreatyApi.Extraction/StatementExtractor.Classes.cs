namespace TreatyApi.Extraction;

/// <summary>
/// Classes of reading: how a statement's speaker, date and outlet were found ("…," Ruiz said: "after/name"; a
/// pronoun; the previous quotation's speaker carried on; a date in the quotation's own sentence or the lead's day;
/// an outlet in the attribution's clause or a paragraph away), and which classes are precise enough on real
/// reporting to be given. A reading of a class that is not is withheld: the quotation stays, without it.
/// </summary>
internal sealed partial class StatementExtractor
{
    /// <summary>The speaker's class: where the frame that names them stands, and how each mention
    /// resolved.</summary>
    private static string SpeakerClass(string frame, List<SpeakerRef> speakers) =>
        speakers.Count == 0
            ? frame
            : frame
                + "/"
                + string.Join('+', speakers.Select(x => x.Resolution).Distinct().Order(StringComparer.Ordinal))
                + (speakers.Count > 1 ? "/several" : "");

    /// <summary>"…," said Ruiz: the speech verb comes before the speaker it names.</summary>
    private static bool Inverted(string text, Attribution a) =>
        a.Verb.Length > 0
        && text.AsSpan(a.Evidence.Start, a.Evidence.Length).StartsWith(a.Verb, StringComparison.OrdinalIgnoreCase);

    /// <summary>The statement as given: each reading of a class not kept is withheld.</summary>
    private static StatementFact Abridged(StatementFact read, StatementReading reading) => read;
}
