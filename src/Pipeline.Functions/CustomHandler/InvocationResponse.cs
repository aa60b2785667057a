using System.Text.Json.Serialization;

namespace Pipeline.Functions.CustomHandler;

/// <summary>The handler's answer to the host: output binding values, log lines for the host's log, and the function's return value.</summary>
internal sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse Of(object? returnValue, params string[] logs) =>
        new(new Dictionary<string, object?>(), logs, returnValue);

    /// <summary>An HTTP-trigger answer: the response goes into the <c>res</c> output binding.</summary>
    public static InvocationResponse Http(HostHttpResponse response, params string[] logs) =>
        new(new Dictionary<string, object?> { [HostHttpResponse.BindingName] = response }, logs, null);

    /// <summary>Answers the host with status 200, or with <paramref name="statusCode"/> (non-2xx fails the invocation so the host retries).</summary>
    public IResult ToResult(int statusCode = StatusCodes.Status200OK) => Results.Json(this, HandlerJson.Options, statusCode: statusCode);
}
