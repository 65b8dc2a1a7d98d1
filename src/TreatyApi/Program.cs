using TreatyApi.Actors;
using TreatyApi.Claims;
using TreatyApi.Documents;
using TreatyApi.Extract;
using TreatyApi.Health;
using TreatyApi.Infrastructure;
using TreatyApi.Ingest;
using TreatyApi.Page;
using TreatyApi.Search;
using TreatyApi.Statements;
using TreatyApi.Treaties;

if (args is ["ingest", ..])
    return IngestCommand.Run(args[1..]);

// The claim parser and checker call some 60 patterns through Regex's static methods, which keep only the last 15
// parsed: past that, most calls parsed and built their pattern again (a tenth of a claim check's CPU).
System.Text.RegularExpressions.Regex.CacheSize = 256;

// appsettings.json sits beside the binaries: without this, a published build started from another folder
// (the repository root, as bench/ and CI do) would not find it and would log every request at Information.
var builder = WebApplication.CreateBuilder(
    new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory }
);
builder.WebHost.ConfigureKestrel((context, kestrel) => ServerLimits.Apply(kestrel, context.Configuration));
builder.Services.AddSnapshot(builder.Configuration);
builder.Services.AddTreatyProblems();
builder.Services.AddTreatyJson();
builder.Services.AddTreatyOpenApi();
builder.Services.AddTreatyRateLimits(builder.Configuration);
builder.Services.AddTreatyCors();
builder.Services.AddTreatyForwardedHeaders(builder.Configuration);

var app = builder.Build();
app.UseTreatyForwardedHeaders();
app.UseTreatyExceptionHandler();
app.UsePage();
app.UseTreatyCors();
app.UseResponseCache();
app.UseStatusCodePages();
app.UseHeadAsGet();
app.UseRouting();
app.UseHttpConventions();
app.UseRateLimiter();
app.UseTreatyOpenApi();
app.MapTreaties();
app.MapStatements();
app.MapDocuments();
app.MapActors();
app.MapSearch();
app.MapClaims();
app.MapExtract();
app.MapHealth();

// Before serving: every endpoint names how its request is checked (RequestValidation).
app.VerifyRequestRules();
app.Run();
return 0;

public partial class Program;
