using FluentValidation;

namespace TreatyApi.Infrastructure;

/// <summary>Rules several request records share.</summary>
public static class CommonRules
{
    /// <summary>
    /// A slug or an alias: printable text of reasonable length. It is only ever a query parameter value.
    /// </summary>
    public static IRuleBuilderOptions<T, string> SlugOrAlias<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .WithMessage("Required.")
            .MaximumLength(200)
            .WithMessage("At most 200 characters.")
            .Must(s => s is null || !s.Any(char.IsControl))
            .WithMessage("Must not contain control characters.");

    /// <summary>One of a collection's sort orders ("date" ascending, "-date" descending).</summary>
    public static IRuleBuilderOptions<T, string?> SortOf<T>(
        this IRuleBuilder<T, string?> rule,
        params string[] allowed
    ) => rule.Must(s => s is null || allowed.Contains(s)).WithMessage($"Must be one of: {string.Join(", ", allowed)}.");

    /// <summary>True for a descending sort ("-date").</summary>
    public static bool Descending(string? sort) => sort?.StartsWith('-') == true;

    /// <summary>A date in a JSON body, as a query's <see cref="IsoDate"/> is written (YYYY-MM-DD).</summary>
    public static IRuleBuilderOptions<T, string?> IsoDateText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || IsoDate.TryParse(s, null, out _)).WithMessage(IsoDate.Wording);
}
