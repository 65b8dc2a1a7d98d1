using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Behind a load balancer, the connection comes from the proxy, not the reader. X-Forwarded-For, -Proto and -Host
/// are honoured only from the proxies named in TreatyApi:ForwardedHeaders:KnownProxies (addresses) and
/// :KnownNetworks (CIDR), so that `next`, `Link` and the response cache use the public address and the POST rate
/// limit counts each reader, not the proxy. From anyone else the headers are ignored: a client could otherwise
/// pick its own rate-limit bucket or put a host of its choosing into links. Nothing is trusted by default
/// (ASP.NET Core would trust loopback): a machine without a proxy in front serves as before.
/// </summary>
public static class ProxyHeaders
{
    private const string Section = "TreatyApi:ForwardedHeaders";

    public static IServiceCollection AddTreatyForwardedHeaders(this IServiceCollection services, IConfiguration config)
    {
        var proxies = List(config, "KnownProxies")
            .Select(a =>
                IPAddress.TryParse(a, out var ip)
                    ? ip
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{a}' is not an IP address.")
            )
            .ToList();
        var networks = List(config, "KnownNetworks")
            .Select(n =>
                System.Net.IPNetwork.TryParse(n, out var net)
                    ? net
                    : throw new InvalidOperationException(
                        $"{Section}:KnownNetworks: '{n}' is not an address range (CIDR)."
                    )
            )
            .ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders =
                ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies)
            {
                o.KnownProxies.Add(p);
                // Kestrel on a dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
                if (p.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                    o.KnownProxies.Add(p.MapToIPv6());
            }
            foreach (var n in networks)
                o.KnownIPNetworks.Add(n);
            // One hop: the address the proxy itself saw (the last X-Forwarded-For entry). Entries a client wrote
            // before it are not read.
            o.ForwardLimit = 1;
        });
        return services;
    }

    /// <summary>Runs first, so that everything after it (response cache, rate limits, links) sees the reader.</summary>
    public static WebApplication UseTreatyForwardedHeaders(this WebApplication app)
    {
        if (List(app.Configuration, "KnownProxies").Count + List(app.Configuration, "KnownNetworks").Count > 0)
            app.UseForwardedHeaders();
        return app;
    }

    /// <summary>A list as configuration binds one (…__0, __1) or as one comma-separated value.</summary>
    private static List<string> List(IConfiguration config, string key)
    {
        var section = config.GetSection($"{Section}:{key}");
        var values = section.Value is { } one ? one.Split(',') : section.GetChildren().Select(c => c.Value ?? "");
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
    }
}
