using System.Text.Json;

namespace Pipeline.Functions.CustomHandler;

/// <summary>An HTTP trigger's request as the host sends it in <c>Data.req</c>: Url, Method, Query, Headers (name to values), Params (route values), Body (text).</summary>
internal sealed record HostHttpRequest(
    string Method,
    string? Url,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Params,
    string? Body)
{
    public const string BindingName = "req";

    public static HostHttpRequest? From(InvocationRequest invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.DataValue(BindingName) is not { } raw || HostValue.AsObject(raw) is not { } req)
        {
            return null;
        }

        return new HostHttpRequest(
            Text(req, "Method") ?? "GET",
            Text(req, "Url"),
            Map(req, "Query"),
            Map(req, "Params"),
            HostValue.Member(req, "Body") is { } body ? BodyText(body) : null);
    }

    private static string? Text(JsonElement obj, string name) => HostValue.Member(obj, name) is { } e ? HostValue.AsString(e) : null;

    // The body is text for JSON requests; older hosts sent an already-parsed object.
    private static string? BodyText(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object || body.ValueKind == JsonValueKind.Array ? body.GetRawText() : HostValue.AsString(body);

    // Query and Params arrive as objects or as JSON text ("{}"); values may be strings or arrays of strings.
    private static Dictionary<string, string> Map(JsonElement obj, string name)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (HostValue.Member(obj, name) is not { } raw || HostValue.AsObject(raw) is not { } map)
        {
            return result;
        }

        foreach (var property in map.EnumerateObject())
        {
            var value = property.Value.ValueKind == JsonValueKind.Array
                ? string.Join(",", property.Value.EnumerateArray().Select(HostValue.AsString))
                : HostValue.AsString(property.Value);
            if (value is not null)
            {
                result[property.Name] = value;
            }
        }

        return result;
    }
}
