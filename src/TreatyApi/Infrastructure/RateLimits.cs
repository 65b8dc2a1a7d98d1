using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TreatyApi.Infrastructure;

/// <summary>
/// The POST endpoints do real work per request (claim checks, extraction), so each client address gets a
/// fixed window of them: TreatyApi:PostsPerMinute (default 120). Past it: 429 problem+json with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Post = "post";

    public static IServiceCollection AddTreatyRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var perMinute = config.GetValue("TreatyApi:PostsPerMinute", 120);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Post, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }
                )
            );
            o.OnRejected = async (rejected, cancel) =>
            {
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
                    ? after
                    : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await rejected
                    .HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(
                        new ProblemDetailsContext
                        {
                            HttpContext = rejected.HttpContext,
                            ProblemDetails =
                            {
                                Status = 429,
                                Title = "Too many requests",
                                Type = Problems.TypeFor(429),
                                Detail =
                                    $"At most {perMinute} POST requests a minute from one address; retry after "
                                    + $"{seconds} s.",
                            },
                        }
                    );
            };
        });
        return services;
    }
}
