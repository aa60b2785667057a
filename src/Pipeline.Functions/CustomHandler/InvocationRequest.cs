using System.Text.Json;

namespace Pipeline.Functions.CustomHandler;

/// <summary>The host's invocation payload <c>{ "Data": {...}, "Metadata": {...} }</c>, read leniently.</summary>
internal sealed class InvocationRequest
{
    private InvocationRequest(JsonElement data, JsonElement metadata)
    {
        Data = data;
        Metadata = metadata;
    }

    /// <summary>Trigger and input binding values, keyed by binding name.</summary>
    public JsonElement Data { get; }

    /// <summary>Trigger metadata (no key ending in "Trigger": the host drops those).</summary>
    public JsonElement Metadata { get; }

    public JsonElement? DataValue(string bindingName) => HostValue.Member(Data, bindingName);

    public string? MetadataString(string name) => HostValue.Member(Metadata, name) is { } e ? HostValue.AsString(e) : null;

    public long? MetadataInt64(string name) => HostValue.Member(Metadata, name) is { } e ? HostValue.AsInt64(e) : null;

    public JsonElement? MetadataObject(string name) => HostValue.Member(Metadata, name) is { } e ? HostValue.AsObject(e) : null;

    /// <summary>Reads the request body; null when it is not a JSON object.</summary>
    public static async Task<InvocationRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var data = HostValue.Member(root, "Data") is { } d ? HostValue.AsObject(d) ?? default : default;
            var metadata = HostValue.Member(root, "Metadata") is { } m ? HostValue.AsObject(m) ?? default : default;
            return new InvocationRequest(data.Clone(), metadata.Clone());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
