using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace TreatyApi.Infrastructure;

/// <summary>
/// Kestrel's limits, set in code with the values SECURITY.md documents; each can be overridden under
/// TreatyApi:Limits (e.g. TreatyApi__Limits__MaxConcurrentConnections=500).
/// </summary>
public static class ServerLimits
{
    public static void Apply(KestrelServerOptions kestrel, IConfiguration config)
    {
        var c = config.GetSection("TreatyApi:Limits");
        var l = kestrel.Limits;
        kestrel.AddServerHeader = false;
        l.MaxRequestLineSize = c.GetValue("MaxRequestLineSize", 8 * 1024);
        l.MaxRequestHeadersTotalSize = c.GetValue("MaxRequestHeadersTotalSize", 32 * 1024);
        l.MaxRequestHeaderCount = c.GetValue("MaxRequestHeaderCount", 64);
        l.MaxRequestBodySize = c.GetValue<long>("MaxRequestBodySize", 1024 * 1024);
        l.MaxConcurrentConnections = c.GetValue<long>("MaxConcurrentConnections", 2000);
        l.KeepAliveTimeout = TimeSpan.FromSeconds(c.GetValue("KeepAliveSeconds", 60));
        l.RequestHeadersTimeout = TimeSpan.FromSeconds(c.GetValue("RequestHeadersSeconds", 10));
        // Slow clients: bodies and responses must move at 240 bytes/s once a 5 s grace period has passed.
        var rate = c.GetValue("MinBytesPerSecond", 240.0);
        l.MinRequestBodyDataRate = new MinDataRate(rate, TimeSpan.FromSeconds(5));
        l.MinResponseDataRate = new MinDataRate(rate, TimeSpan.FromSeconds(5));
    }
}
