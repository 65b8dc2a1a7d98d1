using System.Globalization;
using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Endpoint metadata: the request record an endpoint takes, its validator, and the query parameters the record
/// declares (each <c>[FromQuery(Name = …)]</c> property), with how a value of the property's type is written.
/// </summary>
public sealed class RequestRules
{
    /// <summary>An endpoint without query parameters or request record.</summary>
    public static readonly RequestRules None = new(null, null, []);

    public Type? RequestType { get; }
    public IValidator? Validator { get; }

    /// <summary>Query parameter name (any case) → the type its value must parse as.</summary>
    public IReadOnlyDictionary<string, Type> Query { get; }

    /// <summary>"cursor, limit, sort": for the 400 that names an unknown parameter.</summary>
    public string AllowedList { get; }

    private RequestRules(Type? requestType, IValidator? validator, Dictionary<string, Type> query)
    {
        RequestType = requestType;
        Validator = validator;
        Query = query;
        AllowedList = string.Join(", ", query.Keys.Order(StringComparer.Ordinal));
    }

    public static RequestRules For<TRequest>(IValidator<TRequest> validator)
        where TRequest : class
    {
        var query = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in typeof(TRequest).GetProperties())
            if (property.GetCustomAttribute<FromQueryAttribute>() is { Name: { } name })
                query[name] = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return new RequestRules(typeof(TRequest), validator, query);
    }

    /// <summary>
    /// Values not written as their type is (our wording, by parameter). The framework binds the typed properties
    /// too, more leniently ("+5", " 5"); a value it cannot bind at all reaches <see cref="Problems"/> as an
    /// exception, which answers with these same errors.
    /// </summary>
    public Dictionary<string, string[]> ValueErrors(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in query)
            if (Query.TryGetValue(name, out var type) && Wording(type, values.ToString()) is { } message)
                errors[name] = [message];
        return errors;
    }

    /// <summary>Why a value is not of the type; null when it is.</summary>
    private static string? Wording(Type type, string value) =>
        type == typeof(int)
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? null
                : $"Must be a whole number from 1 to {Paging.MaxLimit} (default {Paging.DefaultLimit})."
            : type == typeof(IsoDate)
                ? IsoDate.TryParse(value, null, out _)
                    ? null
                    : IsoDate.Wording
                : type == typeof(bool)
                    ? value is "true" or "false"
                        ? null
                        : "Must be true or false."
                    : null;
}

/// <summary>
/// A calendar date in a query, written YYYY-MM-DD and nothing else (DateOnly's own parsing also takes "1/2/2020",
/// read differently in different places).
/// </summary>
public readonly record struct IsoDate(DateOnly Value) : IParsable<IsoDate>
{
    public const string Format = "yyyy-MM-dd";
    public const string Wording = "Must be a date in the form YYYY-MM-DD.";

    public static bool TryParse(string? s, IFormatProvider? provider, out IsoDate result)
    {
        var ok = DateOnly.TryParseExact(s, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
        result = new IsoDate(day);
        return ok;
    }

    public static IsoDate Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var date) ? date : throw new FormatException(Wording);

    public override string ToString() => Value.ToString(Format, CultureInfo.InvariantCulture);
}
