using System.Text.Json;
using System.Text.Json.Serialization;

namespace TreatyApi.Infrastructure;

public static class Json
{
    /// <summary>
    /// camelCase, nulls kept (a field's absence is not a fact), no escaping of quotes that journalists paste.
    /// </summary>
    public static IServiceCollection AddTreatyJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
}
