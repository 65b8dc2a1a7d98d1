namespace TreatyApi.Extraction;

/// <summary>
/// Broad signals of doubt, by the structural features of a quotation and its attribution
/// (StatementExtractor.Kinds): a quotation that is a name rather than anyone's words, a speaker read from a frame
/// that often names the wrong one, an outlet that may be another occasion's. Each was decided on counts pooled over
/// the read real sets (real-dev + real-dev2), with our own corpus and heldout-2..5 for the size of the class; a
/// class rare on real text is unknown, and where being wrong costs a journalist more than a missing fact, it is
/// withheld. Counts: right/wrong as read, read real | corpus | heldout-2..5 (session 12,
/// EVAL_TRACE_WAYS=1 bench/extract-eval.sh prints the per-feature table).
/// </summary>
internal sealed partial class StatementExtractor
{
    /// <summary>
    /// Whether a quotation is withheld whole. A name in quotation marks, after a naming word ("the so-called
    /// \"…\"", "dubbed \"…\"") or a short title-cased text with no sentence's end ("the \"Documents\" section"),
    /// is no one's statement: titlecase 0/1 | 0/0 | 0/0, naming frame 0/0 | 0/0 | 0/0 as given (the naming words
    /// are rare where a speech verb also stands, so unknown; a wrong statement is worse than none). And a
    /// quotation of fewer than ten words with no attribution of its own (its speaker only carried on from the
    /// paragraph's previous quotation) in a sentence that holds another quotation: the reporter's sentence
    /// quoting terms ("the treaty's \"extraordinary events\" clause and its \"supreme interests\""), more often
    /// than a speaker's words: 7/3 | 5/0 | 12/0 (a single wrong one in three of the read real answers; alone in
    /// its sentence, or ten words or more: 41/3 | 76/0 | 62/0).
    /// </summary>
    private static bool QuotationInDoubt(StatementReading reading) =>
        reading.Features.Contains("name=frame")
        || reading.Features.Contains("name=titlecase")
        || (
            reading.Speaker.Split('/')[0] is "carried" or "carried-verb"
            && !reading.Features.Contains("words=10+")
            && reading.Features.Contains("shared=yes")
        );

    /// <summary>
    /// Whether a speaker is withheld though its class is kept (StatementExtractor.Classes): an unnamed source ("a
    /// senior official") in a sentence that names other people or holds another quotation, for the source often
    /// relays someone else's words ("a senior official said Markova told the cabinet \"…\""): 0/1 | 0/0 | 5/2.
    /// (Alone in its sentence: 1/0 | 19/1 | 17/1.) And an unnamed source in apposition to capitalised words that
    /// open the sentence ("Jonas Vaitkus, a Lithuanian defence adviser, said"): a name the recognisers did not
    /// read (letters they do not know), who is the speaker; so is a pronoun that stands for it: 0/0 | 0/0 | 0/2,
    /// rare and unknown.
    /// Measured and not cut: a document, article or other body named by a common noun as the subject ("the
    /// treaty commits …", "Article VI obliges …", "the ministry said"), body-other 1/1 | 10/3 | 4/1 (75% pooled,
    /// readers disagree whether the words are the treaty's or the article's): the phrase book's DocumentVerbs and
    /// SpeakingBodies examples give these speakers, and whether to stop is the lead's call.
    /// </summary>
    private static bool SpeakerInDoubt(StatementReading reading) =>
        reading.Features.Contains("unnamed=apposition")
        || (
            reading.Speaker.Split('/') is { Length: > 1 } parts
            && parts[1].Split('+').Contains("unnamed")
            && (reading.Features.Contains("others=yes") || reading.Features.Contains("shared=yes"))
        );

    /// <summary>
    /// Whether an outlet is withheld: one carried from the speaker's interview elsewhere in the text to a
    /// fragment of theirs the reporter's sentence wraps ("she called the offer \"a good start\""), which may have
    /// been said on another occasion: 4/0 | 5/1 | 7/2 (84% pooled; to a full sentence 5/0 | 15/0 | 10/0).
    /// </summary>
    private static bool OutletInDoubt(StatementReading reading) =>
        reading.Outlet == "carried" && reading.Features.Contains("form=fragment");
}
