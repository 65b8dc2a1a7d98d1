using System.Text.Json;
using FluentValidation;

namespace TreatyApi.Infrastructure;

/// <summary>
/// How a request is checked before its handler runs. Each endpoint names the request record it takes and that
/// record's validator (<c>.Validate(StatementValidators.List)</c>), or says it takes no parameters
/// (<c>.TakesNoParameters()</c>); its group runs the check (<c>ValidateRequests()</c>). A query parameter the record
/// does not declare is a 400 (so a typo such as ?speakr= never silently returns everything), as is one given twice,
/// a value that is not of the parameter's type, or a cursor this API did not issue for this list.
/// <see cref="VerifyRequestRules"/> refuses to start an app with an endpoint that has no rules.
/// </summary>
public static class RequestValidation
{
    /// <summary>
    /// The request record <typeparamref name="TRequest"/> of this endpoint is checked by this validator.
    /// </summary>
    public static RouteHandlerBuilder Validate<TRequest>(
        this RouteHandlerBuilder builder,
        IValidator<TRequest> validator
    )
        where TRequest : class => builder.WithMetadata(RequestRules.For(validator));

    /// <summary>This endpoint takes no query parameters and no request record.</summary>
    public static RouteHandlerBuilder TakesNoParameters(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(RequestRules.None);

    /// <summary>Checks every request of the group's endpoints by the rules each endpoint names.</summary>
    public static TBuilder ValidateRequests<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        // Any operation can answer 400: an unknown or repeated parameter is refused even where none are declared.
        builder.ProducesValidationProblem();
        builder.AddEndpointFilter(
            async (ctx, next) =>
            {
                var http = ctx.HttpContext;
                var rules = http.GetEndpoint()?.Metadata.GetMetadata<RequestRules>() ?? RequestRules.None;
                if (QueryProblem(http, rules) is { } problem)
                    return problem;
                if (
                    rules.Validator is { } validator
                    && ctx.Arguments.FirstOrDefault(rules.RequestType!.IsInstanceOfType) is { } argument
                )
                {
                    var result = await validator.ValidateAsync(new ValidationContext<object>(argument));
                    if (!result.IsValid)
                        return Problems.Invalid(
                            result
                                .Errors.GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
                                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())
                        );
                }
                return await next(ctx);
            }
        );
        return builder;
    }

    /// <summary>
    /// Unknown, repeated or mistyped query parameters, and a cursor that is not ours; null when none.
    /// </summary>
    private static IResult? QueryProblem(HttpContext http, RequestRules rules)
    {
        var query = http.Request.Query;
        if (query.Count > 0)
        {
            var unknown = query.Keys.Where(k => !rules.Query.ContainsKey(k)).ToList();
            // A list that answers CSV also takes `format` and `bom` (Csv checks their values).
            if (unknown.Count > 0 && Csv.Offered(http))
                unknown.RemoveAll(k => Csv.QueryParameters.Contains(k));
            if (unknown.Count > 0)
            {
                var message =
                    rules.Query.Count == 0
                        ? "Unknown parameter: this operation takes no query parameters."
                        : $"Unknown parameter. Allowed: {rules.AllowedList}.";
                return Problems.Invalid(unknown.ToDictionary(k => k, _ => new[] { message }));
            }
            var duplicated = query.Where(kv => kv.Value.Count > 1).Select(kv => kv.Key).ToList();
            if (duplicated.Count > 0)
                return Problems.Invalid(
                    duplicated.ToDictionary(k => k, _ => new[] { "Given more than once; give it once." })
                );
            // The framework binds leniently (" 5", "+5", "" for an absent value): the contract's forms are stricter.
            if (rules.ValueErrors(query) is { Count: > 0 } mistyped)
                return Problems.Invalid(mistyped);
        }
        if (!Paging.TryDecode(http.Request, out var cursorKey))
            return Problems.Invalid(
                new Dictionary<string, string[]>
                {
                    ["cursor"] =
                    [
                        "Not a cursor this API issued for this list and these filters: use the `next` link of a "
                            + "previous page.",
                    ],
                }
            );
        Paging.Remember(http, cursorKey);
        return null;
    }

    /// <summary>
    /// Throws when an endpoint has no rules, or names rules for another record than its handler takes: a request
    /// record without a validator must not pass silently. Run once at startup, after the endpoints are mapped.
    /// </summary>
    public static void VerifyRequestRules(this IEndpointRouteBuilder app)
    {
        var problems = new List<string>();
        foreach (var endpoint in app.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            // Route handlers carry their method; other endpoints (none today) are not ours to check.
            if (endpoint.Metadata.GetMetadata<System.Reflection.MethodInfo>() is not { } handler)
                continue;
            var name = endpoint.DisplayName ?? endpoint.RoutePattern.RawText;
            var rules = endpoint.Metadata.GetMetadata<RequestRules>();
            var requests = handler
                .GetParameters()
                .Where(p => p.IsDefined(typeof(AsParametersAttribute), false) || IsBody(endpoint, p.ParameterType))
                .Select(p => p.ParameterType)
                .ToList();
            if (rules is null)
                problems.Add($"{name}: no .Validate(…) or .TakesNoParameters()");
            else if (requests.Any(t => t != rules.RequestType))
                problems.Add(
                    $"{name}: takes {string.Join(", ", requests.Select(t => t.Name))}, validated as "
                        + (rules.RequestType?.Name ?? "taking no parameters")
                );
        }
        if (problems.Count > 0)
            throw new InvalidOperationException("Endpoints without request rules:\n" + string.Join('\n', problems));
    }

    private static bool IsBody(Endpoint endpoint, Type type) =>
        endpoint.Metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>().Any(a => a.RequestType == type);
}
