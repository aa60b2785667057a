using Pipeline.Functions.CustomHandler;
using Pipeline.Functions.Processing;

namespace Pipeline.Functions.Functions;

/// <summary><c>CleanArticle</c>: blob trigger on <c>raw/{name}</c> (Event Grid source, binary data): cleans the blob the host delivered.</summary>
internal static class CleanArticleFunction
{
    /// <summary>The trigger's binding name in CleanArticle/function.json.</summary>
    public const string BlobBinding = "raw";

    public static IEndpointRouteBuilder MapCleanArticle(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + FunctionNames.CleanArticle, InvokeAsync);
        return app;
    }

    private static async Task<IResult> InvokeAsync(HttpRequest request, ArticleProcessor processor, CancellationToken cancellationToken)
    {
        var invocation = await InvocationRequest.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        // The host drops BlobTrigger from the metadata, so the name comes from the {name} in the trigger path.
        var name = invocation?.MetadataString("name");
        if (invocation is null || string.IsNullOrEmpty(name) || invocation.DataValue(BlobBinding) is not { } data)
        {
            // A malformed payload will not get better on retry; fail loudly so it shows in the host's logs and poison queue.
            return InvocationResponse.Of(null, "CleanArticle: payload without Data.raw or Metadata.name").ToResult(StatusCodes.Status400BadRequest);
        }

        var properties = invocation.MetadataObject("Properties");
        // Properties values are encoded once (only top-level metadata strings are encoded twice): an ETag keeps its quotes.
        string? Property(string key) => properties is { } p && HostValue.Member(p, key) is { ValueKind: System.Text.Json.JsonValueKind.String } v ? v.GetString() : null;
        var lastModified = properties is { } props && HostValue.Member(props, "LastModified") is { } lm ? HostValue.AsDateTimeOffset(lm) : null;

        var delivery = new ArticleDelivery(
            name,
            HostValue.AsBytes(data),
            Property("ETag"),
            Property("ContentType"),
            lastModified,
            Force: false,
            Attempt: 1);
        var outcome = await processor.ProcessAsync(delivery, cancellationToken).ConfigureAwait(false);
        return InvocationResponse.Of(outcome, $"{name}: {outcome.Status}").ToResult();
    }
}
