var builder = WebApplication.CreateSlimBuilder(args);
var port = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") ?? "5080";
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
var app = builder.Build();

// The Functions host polls GET / until the handler answers.
app.MapGet("/", () => Results.Ok());

app.Run();
