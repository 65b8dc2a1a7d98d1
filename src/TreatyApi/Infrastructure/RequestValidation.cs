using System.Reflection;
using System.Text.Json;
using FluentValidation;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Wired once for every endpoint: query parameters that the endpoint does not declare are a 400 (so a typo
/// such as ?speakr= never silently returns everything), and each [AsParameters] request record is checked
/// by its one FluentValidation validator before the handler runs.
/// </summary>
public static class RequestValidation
{
    public static TBuilder ValidateRequests<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // Any operation can answer 400: an unknown or repeated parameter is refused even where none are declared.
        builder.ProducesValidationProblem();
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            // The validator type of each checked argument, worked out once per endpoint rather than per request.
            var validated = new List<(int Index, Type Validator)>();
            for (int i = 0; i < parameters.Length; i++)
            {
                var p = parameters[i];
                if (p.GetCustomAttribute<AsParametersAttribute>() is null)
                {
                    // A JSON body record (POST) is validated too; services and HttpRequest have no validator.
                    if (p.ParameterType.IsClass && p.ParameterType.Namespace?.StartsWith("TreatyApi", StringComparison.Ordinal) == true &&
                        p.ParameterType.GetConstructors().Any(c => c.GetParameters().Length > 0) && p.ParameterType != typeof(Snapshot))
                        validated.Add((i, typeof(IValidator<>).MakeGenericType(p.ParameterType)));
                    continue;
                }
                foreach (var prop in p.ParameterType.GetProperties())
                    if (prop.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>() is not null ||
                        prop.GetCustomAttributes().All(a => a is not Microsoft.AspNetCore.Mvc.FromRouteAttribute))
                        allowed.Add(JsonNamingPolicy.CamelCase.ConvertName(prop.Name));
                validated.Add((i, typeof(IValidator<>).MakeGenericType(p.ParameterType)));
            }
            var allowedList = string.Join(", ", allowed.Order(StringComparer.Ordinal));
            return async ctx =>
            {
                var unknown = ctx.HttpContext.Request.Query.Keys.Where(k => !allowed.Contains(k)).ToList();
                // A list that answers CSV also takes `format` and `bom` (Csv checks their values).
                if (unknown.Count > 0 && Csv.Offered(ctx.HttpContext)) unknown.RemoveAll(k => Csv.QueryParameters.Contains(k));
                if (unknown.Count > 0)
                {
                    return Problems.Invalid(unknown.ToDictionary(k => k, _ => new[]
                    {
                        allowed.Count == 0 ? "Unknown parameter: this operation takes no query parameters."
                            : $"Unknown parameter. Allowed: {allowedList}.",
                    }));
                }
                var duplicated = ctx.HttpContext.Request.Query.Where(kv => kv.Value.Count > 1).Select(kv => kv.Key).ToList();
                if (duplicated.Count > 0)
                    return Problems.Invalid(duplicated.ToDictionary(k => k, _ => new[] { "Given more than once; give it once." }));
                if (!Paging.TryDecode(ctx.HttpContext.Request, out var cursorKey))
                    return Problems.Invalid(new Dictionary<string, string[]>
                    {
                        ["cursor"] = ["Not a cursor this API issued for this list and these filters: use the `next` link of a previous page."],
                    });
                Paging.Remember(ctx.HttpContext, cursorKey);
                foreach (var (index, validatorType) in validated)
                {
                    var validator = (IValidator?)ctx.HttpContext.RequestServices.GetService(validatorType);
                    if (validator is null) continue;
                    if (ctx.Arguments[index] is not { } argument) continue;
                    var result = await validator.ValidateAsync(new ValidationContext<object>(argument));
                    if (!result.IsValid)
                        return Problems.Invalid(result.Errors.GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
                            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
                }
                return await next(ctx);
            };
        });
        return builder;
    }
}
