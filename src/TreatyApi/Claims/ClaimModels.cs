using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

[Description("A sentence to check, as it would be printed. Properties other than `claim` are refused, as a typo would be.")]
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ClaimRequest([property: Description("The sentence, e.g. \"New START limits each side to 1,550 deployed warheads\".")] string? Claim);

public sealed record ClaimQuery([property: FromQuery(Name = "claim"), Description("The sentence to check.")] string? Claim);

public sealed record ParsedQuantity(double Value, string Unit, string Text);
public sealed record ParsedDate(string Date, string Precision, string Text);

[Description("What the checker read in the claim; null where the claim says nothing of that kind.")]
public sealed record ParsedClaimModel(string? Treaty, ParsedQuantity? Quantity, ParsedDate? Date, Speaker? Speaker, string? Quotation);

[Description("A fact that bears on the claim, with its source.")]
public sealed record ClaimEvidence(string Kind, string Id, string Summary, Source Source);

[Description("One thing the claim asserts (a quantity, a date, a statement), its verdict, and the facts behind it. `expected` is what the sources give instead, for a contradiction.")]
public sealed record ClaimFinding(string Aspect, string Verdict, string Explanation, string? Expected,
    [property: Description("The first 20 facts behind the verdict, in listing order (document, then position; deadlines by date).")]
    IReadOnlyList<ClaimEvidence> Evidence,
    [property: Description("How many facts are behind the verdict in all: a figure repeated in thousands of articles is evidence thousands of times.")]
    int EvidenceCount)
{
    /// <summary>How many evidence items a finding lists: the verdict weighs all of them, the answer stays bounded.</summary>
    public const int MaxEvidence = 20;

    /// <summary>A finding that bears on nothing in the sources.</summary>
    public static ClaimFinding Unverifiable(string aspect, string explanation) => new(aspect, "unverifiable", explanation, null, [], 0);
}

[Description("supported: the sources say it; contradicted: they say otherwise (see `expected`); unverifiable: they say nothing that bears on it.")]
public sealed record ClaimCheck(string Claim, string Verdict, ParsedClaimModel Parsed, IReadOnlyList<ClaimFinding> Findings);

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
        v.RuleFor(x => claim(x)).Cascade(CascadeMode.Stop)
            .NotEmpty().OverridePropertyName("claim").WithMessage("Required: the sentence to check.")
            .MaximumLength(MaxLength).WithMessage($"At most {MaxLength} characters.")
            .Must(c => !c!.Any(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t'))).WithMessage("Must not contain control characters.");
}

public sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public ClaimRequestValidator() => ClaimRules.Claim(this, r => r.Claim);
}

public sealed class ClaimQueryValidator : AbstractValidator<ClaimQuery>
{
    public ClaimQueryValidator() => ClaimRules.Claim(this, r => r.Claim);
}
