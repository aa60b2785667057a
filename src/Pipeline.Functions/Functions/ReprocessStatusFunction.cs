using Pipeline.Functions.CustomHandler;
using Pipeline.Storage;

namespace Pipeline.Functions.Functions;

/// <summary><c>ReprocessStatus</c>: <c>GET api/reprocess/{jobId}</c> answers the job's progress.</summary>
internal static class ReprocessStatusFunction
{
    public static IEndpointRouteBuilder MapReprocessStatus(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + FunctionNames.ReprocessStatus, InvokeAsync);
        return app;
    }

    private static async Task<IResult> InvokeAsync(HttpRequest request, ReprocessJobStore jobs, CancellationToken cancellationToken)
    {
        var invocation = await InvocationRequest.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var http = invocation is null ? null : HostHttpRequest.From(invocation);
        if (http is null)
        {
            return InvocationResponse.Of(null, "ReprocessStatus: payload without Data.req").ToResult(StatusCodes.Status400BadRequest);
        }

        // The route value arrives in Params; Metadata carries it too (double-encoded), used as a fallback.
        var jobId = http.Params.GetValueOrDefault("jobId") ?? invocation!.MetadataString("jobId");
        if (jobId is null || !ReprocessJobStore.IsValidJobId(jobId))
        {
            return InvocationResponse.Http(HostHttpResponse.Problem(400, "Missing or malformed job id.")).ToResult();
        }

        var status = await jobs.GetStatusAsync(jobId, cancellationToken).ConfigureAwait(false);
        var response = status is null
            ? HostHttpResponse.Problem(404, $"No reprocess job {jobId}.")
            : HostHttpResponse.Json(200, status);
        return InvocationResponse.Http(response).ToResult();
    }
}
