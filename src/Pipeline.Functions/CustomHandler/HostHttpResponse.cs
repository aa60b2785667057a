using System.Text.Json.Serialization;

namespace Pipeline.Functions.CustomHandler;

/// <summary>The <c>res</c> output binding of an HTTP trigger: status, body text and headers.</summary>
internal sealed record HostHttpResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string> Headers)
{
    public const string BindingName = "res";

    /// <summary>A JSON body; serialized to text because the host treats the body as a string.</summary>
    public static HostHttpResponse Json<T>(int statusCode, T value) =>
        new(statusCode, System.Text.Json.JsonSerializer.Serialize(value, HandlerJson.Options), JsonHeaders);

    public static HostHttpResponse Problem(int statusCode, string message) =>
        Json(statusCode, new ErrorBody(message));

    private static readonly IReadOnlyDictionary<string, string> JsonHeaders =
        new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" };
}

/// <summary>The body of an error answer.</summary>
internal sealed record ErrorBody([property: JsonPropertyName("error")] string Error);
