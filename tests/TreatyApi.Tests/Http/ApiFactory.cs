using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TreatyApi.Tests.Http;

/// <summary>A clock the test sets (and may move): a treaty's status depends on today's date.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The real app over a real snapshot built from the real seeds into a temporary file (the one built by
/// the first app start is reused by the next, as in production).
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public static readonly string SharedDatabase = Path.Combine(
        Path.GetTempPath(),
        $"treatyapi-tests-{Environment.ProcessId}.db"
    );

    public DateTimeOffset Now { get; init; } = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    public string Database { get; init; } = SharedDatabase;
    private FixedTime? _clock;

    /// <summary>The app's clock, starting at <see cref="Now"/>.</summary>
    public FixedTime Clock => _clock ??= new FixedTime(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("TreatyApi:Seeds", Repo.Seeds);
        builder.UseSetting("TreatyApi:Schema", Repo.Schema);
        builder.UseSetting("TreatyApi:Database", Database);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>One app for a test class; building the snapshot once keeps the suite fast.</summary>
public sealed class SharedApi : IDisposable
{
    public ApiFactory Factory { get; } = new();
    public HttpClient Client { get; }

    public SharedApi() =>
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
