using System.Text.Json;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Configuration;
using Pipeline.Functions.CustomHandler;
using Pipeline.Storage;

namespace Pipeline.Functions.Functions;

/// <summary><c>Reprocess</c>: <c>POST api/reprocess</c> enumerates matching raw blobs and enqueues one message each; it never cleans inline.</summary>
internal static class ReprocessFunction
{
    public static IEndpointRouteBuilder MapReprocess(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + FunctionNames.Reprocess, InvokeAsync);
        return app;
    }

    private static async Task<IResult> InvokeAsync(
        HttpRequest request,
        RawBlobReader rawReader,
        ReprocessQueue queue,
        ReprocessJobStore jobs,
        IOptions<ReprocessOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var invocation = await InvocationRequest.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var http = invocation is null ? null : HostHttpRequest.From(invocation);
        if (http is null)
        {
            return InvocationResponse.Of(null, "Reprocess: payload without Data.req").ToResult(StatusCodes.Status400BadRequest);
        }

        ReprocessRequest? body;
        try
        {
            body = string.IsNullOrWhiteSpace(http.Body) ? new ReprocessRequest(null, null, false, false) : JsonSerializer.Deserialize<ReprocessRequest>(http.Body, HandlerJson.Options);
        }
        catch (JsonException e)
        {
            return InvocationResponse.Http(HostHttpResponse.Problem(400, "The body must be JSON { prefix, modifiedSince, force, dryRun }: " + e.Message)).ToResult();
        }

        body ??= new ReprocessRequest(null, null, false, false);
        var names = new List<string>();
        await foreach (var blob in rawReader.ListAsync(body.Prefix, body.ModifiedSince, cancellationToken).ConfigureAwait(false))
        {
            names.Add(blob.Name);
        }

        if (body.DryRun)
        {
            return InvocationResponse.Http(HostHttpResponse.Json(200, new ReprocessAccepted(null, names.Count, true, null)), $"dry run: {names.Count} blob(s) match").ToResult();
        }

        // The job record exists before any message, so a worker never reports into a job nobody can read.
        var job = new ReprocessJob(ReprocessJobStore.NewJobId(time.GetUtcNow()), body.Prefix, body.ModifiedSince, body.Force, names.Count, 0, time.GetUtcNow());
        await jobs.SaveAsync(job, cancellationToken).ConfigureAwait(false);
        var messages = names.Select(name => new ReprocessMessage(job.Id, name, body.Force)).ToList();
        var sent = await queue.EnqueueAsync(messages, options.Value.EnqueueParallelism, cancellationToken).ConfigureAwait(false);
        await jobs.SaveAsync(job with { Enqueued = sent }, cancellationToken).ConfigureAwait(false);

        var accepted = new ReprocessAccepted(job.Id, sent, false, "/api/reprocess/" + job.Id);
        return InvocationResponse.Http(HostHttpResponse.Json(202, accepted), $"job {job.Id}: {sent} blob(s) enqueued").ToResult();
    }
}
