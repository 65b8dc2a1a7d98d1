// usage: BareKestrel FILE URL — answers every request with FILE's bytes as application/json.
if (args is not [var file, var url])
{
    Console.Error.WriteLine("usage: BareKestrel FILE URL");
    return 2;
}
var body = File.ReadAllBytes(file);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run(url);
return 0;
