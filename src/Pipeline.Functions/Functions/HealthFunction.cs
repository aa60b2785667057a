using Pipeline.Functions.CustomHandler;
using Pipeline.Storage;

namespace Pipeline.Functions.Functions;

/// <summary><c>Health</c>: <c>GET api/health</c> answers 200 when the blob and queue services answer, 503 otherwise.</summary>
internal static class HealthFunction
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + FunctionNames.Health, InvokeAsync);
        return app;
    }

    private static async Task<IResult> InvokeAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var blob = await ProbeAsync(() => storage.Container(StorageContainers.Raw).GetPropertiesAsync(cancellationToken: timeout.Token)).ConfigureAwait(false);
        var queue = await ProbeAsync(() => storage.Queue(StorageContainers.ReprocessQueue).GetPropertiesAsync(timeout.Token)).ConfigureAwait(false);
        var healthy = blob is null && queue is null;
        var report = new HealthReport(healthy ? "healthy" : "unhealthy", blob ?? "ok", queue ?? "ok");
        return InvocationResponse.Http(HostHttpResponse.Json(healthy ? 200 : 503, report)).ToResult();
    }

    // Null when the probe succeeded, else what went wrong.
    private static async Task<string?> ProbeAsync<T>(Func<Task<T>> probe)
    {
        try
        {
            await probe().ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            return e.Message.Split('\n')[0];
        }
    }
}

/// <summary>Body of the health answer.</summary>
internal sealed record HealthReport(string Status, string Blob, string Queue);
