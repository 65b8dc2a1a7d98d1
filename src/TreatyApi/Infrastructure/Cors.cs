namespace TreatyApi.Infrastructure;

public static class Cors
{
    /// <summary>Public data: any origin may read; ETag, Link and Content-Disposition are readable; preflights cached a day.</summary>
    public static IServiceCollection AddTreatyCors(this IServiceCollection services) =>
        services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin()
            .WithMethods("GET", "HEAD", "POST")
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Link", "Content-Disposition", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromDays(1))));
}
