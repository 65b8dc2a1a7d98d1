namespace TreatyApi.Infrastructure;

public static class Cors
{
    /// <summary>
    /// Public data: any origin may read; ETag, Link and Content-Disposition are readable; preflights cached a day.
    /// </summary>
    public static IServiceCollection AddTreatyCors(this IServiceCollection services) =>
        services.AddCors(o =>
            o.AddDefaultPolicy(p =>
                p.AllowAnyOrigin()
                    .WithMethods("GET", "HEAD", "POST")
                    .AllowAnyHeader()
                    .WithExposedHeaders("ETag", "Link", "Content-Disposition", "Retry-After")
                    .SetPreflightMaxAge(TimeSpan.FromDays(1))
            )
        );

    /// <summary>
    /// CORS for the requests it concerns, those with an Origin header. The CORS middleware takes its policy provider
    /// by method injection, which opens a DI scope for every request it sees; without the branch, a cached answer to
    /// curl or wrk paid for a scope it never used (about a tenth of the API's own CPU per request).
    /// </summary>
    public static IApplicationBuilder UseTreatyCors(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Headers.ContainsKey("Origin"), branch => branch.UseCors());
}
