using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

[Description(
    "A sentence to check, as it would be printed. Properties other than `claim` are refused, as a typo would be."
)]
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(
    System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow
)]
public sealed record ClaimRequest(
    [property: Description("The sentence, e.g. \"New START limits each side to 1,550 deployed warheads\".")]
        string? Claim
);

public sealed record ClaimQuery(
    [property: FromQuery(Name = "claim"), Description("The sentence to check.")] string? Claim
);

public sealed record ParsedQuantity(double Value, string Unit, string Text);

public sealed record ParsedDate(string Date, string Precision, string Text);

[Description("What the checker read in the claim; null where the claim says nothing of that kind.")]
public sealed record ParsedClaimModel(
    string? Treaty,
    ParsedQuantity? Quantity,
    ParsedDate? Date,
    SpeakerMention? Speaker,
    string? Quotation
);

[Description(
    "supported: the sources say it; contradicted: they say otherwise (see `expected`); unverifiable: they "
        + "say nothing of the same kind that bears on it."
)]
public enum ClaimVerdict
{
    Supported,
    Contradicted,
    Unverifiable,
}

public static class ClaimDocs
{
    public const string Kinds =
        "What an aspect asserts (kind), with an example claim of each. "
        + "limit: a figure with its unit, compared with the treaty's limits on that unit (\"New START limits each "
        + "side to "
        + "1,550 deployed warheads\"); "
        + "deadline: a date something is due by (\"New START required the cuts by February 2018\"); "
        + "treaty-date: a dated event of a treaty of a named kind, compared only with dates of that kind (\"New "
        + "START took "
        + "effect on Feb. 5, 2011\", \"Russia suspended New START in February 2023\"); "
        + "status: in force or not on a day (\"The INF Treaty is still in force\"); "
        + "membership: a state is a party or signatory, or a party count (\"China is a party to New START\"); "
        + "quotation: words in quotation marks, with their speaker if named (\"Putin said \\\"It was constructive and "
        + "very open\\\"\"); "
        + "paraphrase: what someone said, or what a report says, in other words, polarity included (\"Peskov "
        + "described the "
        + "dialogue as confrontational\", \"Moscow opposes the U.S. plan to field interceptors around Europe\"); "
        + "event: a meeting, who, when and where (\"Obama and Putin met in Los Cabos in June 2012\"); "
        + "attribution: \"X said <figure or date>\", which needs a statement of X that says it, or \"according to "
        + "<outlet>\", which needs evidence credited to it (\"Obama said New START limits warheads to 1,550\"); "
        + "input: the sentence cannot be checked, or says more than was checked (a question, another language, no "
        + "words, a treaty the catalog does not know: \"Did New START enter into force in 2011?\").";
}

public enum AspectKind
{
    Limit,
    Deadline,
    TreatyDate,
    Status,
    Membership,
    Quotation,
    Paraphrase,
    Event,
    Attribution,
    Input,
}

[Description(
    "The kind of a treaty date: the treaty's own dates (signed, opened-for-signature, entered-into-force, "
        + "expires, extended, terminated, suspended) or a state's act (signed, ratified, acceded, withdrew, suspended, "
        + "ratification-withdrawn)."
)]
public enum TreatyDateKind
{
    Signed,
    OpenedForSignature,
    EnteredIntoForce,
    Expires,
    Extended,
    Terminated,
    Withdrew,
    Suspended,
    Ratified,
    Acceded,
    RatificationWithdrawn,
}

[Description("A fact that bears on the claim, with its source.")]
public sealed record ClaimEvidence(
    [property: Description(
        "limit, treaty-text-limit, deadline, treaty-date, state-action, status, party-count, "
            + "statement, report (a sentence of a document) or event."
    )]
        string Kind,
    string Id,
    string Summary,
    Source Source
);

[Description(
    "One thing the claim asserts, its verdict, and the facts behind it. `expected` is what the sources give "
        + "instead, for a contradiction. "
        + ClaimDocs.Kinds
)]
public sealed record ClaimAspect(
    AspectKind Kind,
    ClaimVerdict Verdict,
    [property: Description("The words of the claim this aspect reads.")] string Text,
    [property: Description(
        "A sentence a person reads: what was compared with what, and where the evidence comes from."
    )]
        string Explanation,
    string? Expected,
    [property: Description("The treaty the aspect is about (slug), when the claim names one; none is assumed.")]
        string? Treaty,
    [property: Description(
        "For a treaty-date aspect: which kind of date it is: the treaty's own dates (signed, "
            + "opened-for-signature, entered-into-force, expires, extended, terminated, suspended) or a state's act "
            + "(signed, "
            + "ratified, acceded, withdrew, suspended, ratification-withdrawn); else null."
    )]
        TreatyDateKind? DateKind,
    [property: Description("The first 20 facts behind the verdict, in listing order.")]
        IReadOnlyList<ClaimEvidence> Evidence,
    [property: Description(
        "How many facts are behind the verdict in all: a figure repeated in thousands of articles is evidence "
            + "thousands of times."
    )]
        int EvidenceCount
)
{
    /// <summary>
    /// How many evidence items an aspect lists: the verdict weighs all of them, the answer stays bounded.
    /// </summary>
    public const int MaxEvidence = 20;
}

[Description(
    "The claim's verdict: contradicted if any aspect is; supported only if every aspect is; else unverifiable."
)]
public sealed record ClaimCheck(
    string Claim,
    ClaimVerdict Verdict,
    [property: Description("Why, in a sentence or two: the explanations of the aspects that decide the verdict.")]
        string Explanation,
    ParsedClaimModel Parsed,
    IReadOnlyList<ClaimAspect> Aspects
);

/// <summary>
/// The verdicts, a closed set: an enum in the contract, so a client can switch on it exhaustively. ClaimChecker writes
/// them as literals; bench/conformance.sh reports any other value as an answer that breaks the contract.
/// </summary>
public static class Verdicts
{
    public const string Supported = "supported";
    public const string Contradicted = "contradicted";
    public const string Unverifiable = "unverifiable";
    public static readonly string[] All = [Supported, Contradicted, Unverifiable];
}

public static class ClaimRules
{
    public const int MaxLength = 2000;

    public static void Claim<T>(AbstractValidator<T> v, Func<T, string?> claim) =>
        v.RuleFor(x => claim(x))
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .OverridePropertyName("claim")
            .WithMessage("Required: the sentence to check.")
            .MaximumLength(MaxLength)
            .WithMessage($"At most {MaxLength} characters.")
            .Must(c => !c!.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t')))
            .WithMessage("Must not contain control characters.");
}

public sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public ClaimRequestValidator() => ClaimRules.Claim(this, r => r.Claim);
}

public sealed class ClaimQueryValidator : AbstractValidator<ClaimQuery>
{
    public ClaimQueryValidator() => ClaimRules.Claim(this, r => r.Claim);
}
