namespace Pipeline.Functions.Functions;

/// <summary><c>GET /</c>: the host polls it until the handler answers, then starts sending invocations.</summary>
internal static class HandlerRootEndpoint
{
    public static IEndpointRouteBuilder MapHandlerRoot(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Text("Pipeline.Functions custom handler"));
        return app;
    }
}
