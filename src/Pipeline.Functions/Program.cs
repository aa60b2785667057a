using Pipeline.Functions;
using Pipeline.Functions.Configuration;
using Pipeline.Functions.Functions;

// Azure Functions custom handler: the Functions host starts this process, then POSTs each invocation to /{FunctionName}.
var builder = WebApplication.CreateSlimBuilder(args);
var port = builder.Configuration[AppSettingNames.CustomHandlerPort] ?? "5080";
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
// Blob payloads arrive base64-encoded inside JSON: allow well above the engine's input limit.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 256L * 1024 * 1024);

builder.Services.AddPipelineStorage();
builder.Services.AddArticleProcessing();

var app = builder.Build();
app.MapHandlerRoot();
app.MapCleanArticle();
app.MapReprocessArticle();
app.MapReprocess();
app.MapReprocessStatus();
app.MapHealth();
app.Run();

/// <summary>The handler's entry point (public so tests can host it).</summary>
public partial class Program;
