using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.LocalHost;

/// <summary>
/// Builds invocation payloads exactly as the Functions host sends them to a custom handler:
/// metadata strings JSON-encoded twice, no keys ending in "Trigger", binary data as base64.
/// </summary>
public static class InvocationPayloads
{
    public static JsonObject BlobTrigger(string bindingName, string container, string name, BinaryData content, string etag, string? contentType, DateTimeOffset lastModified, Uri blobUri)
    {
        ArgumentNullException.ThrowIfNull(content);
        var properties = new JsonObject
        {
            ["ETag"] = etag,
            ["ContentType"] = contentType,
            ["ContentLength"] = content.ToMemory().Length,
            ["LastModified"] = lastModified.ToString("O", CultureInfo.InvariantCulture),
            ["BlobType"] = "BlockBlob",
        };
        return new JsonObject
        {
            ["Data"] = new JsonObject { [bindingName] = Convert.ToBase64String(content.ToMemory().Span) },
            ["Metadata"] = new JsonObject
            {
                ["name"] = Twice(name),
                ["Uri"] = Twice(blobUri.ToString()),
                ["BlobTrigger"] = Twice(container + "/" + name),
                ["Properties"] = properties,
                ["Metadata"] = new JsonObject(),
                ["sys"] = Sys(bindingName),
            },
        }.WithoutTriggerKeys();
    }

    public static JsonObject QueueTrigger(string bindingName, string messageText, string id, string popReceipt, long dequeueCount, DateTimeOffset? insertionTime)
    {
        return new JsonObject
        {
            ["Data"] = new JsonObject { [bindingName] = JsonSerializer.Serialize(messageText) },
            ["Metadata"] = new JsonObject
            {
                ["QueueTrigger"] = Twice(messageText),
                ["DequeueCount"] = dequeueCount,
                ["Id"] = Twice(id),
                ["PopReceipt"] = Twice(popReceipt),
                ["InsertionTime"] = Twice(insertionTime?.ToString("O", CultureInfo.InvariantCulture) ?? ""),
                ["sys"] = Sys(bindingName),
            },
        }.WithoutTriggerKeys();
    }

    /// <summary>An HTTP trigger without request forwarding: <c>Data.req</c> with Url, Method, Query, Headers (arrays), Params and the body as text.</summary>
    public static JsonObject HttpTrigger(string bindingName, Uri url, string method, IEnumerable<KeyValuePair<string, string>> query, IEnumerable<KeyValuePair<string, string[]>> headers, IReadOnlyDictionary<string, string> routeParams, string? body)
    {
        var queryObject = new JsonObject();
        foreach (var (k, v) in query)
        {
            queryObject[k] = v;
        }

        var headerObject = new JsonObject();
        foreach (var (k, v) in headers)
        {
            headerObject[k] = new JsonArray(v.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray());
        }

        var paramObject = new JsonObject();
        var metadata = new JsonObject();
        foreach (var (k, v) in routeParams)
        {
            paramObject[k] = v;
            metadata[k] = Twice(v);
        }

        metadata["Query"] = queryObject.ToJsonString();
        metadata["Headers"] = headerObject.ToJsonString();
        metadata["sys"] = Sys(bindingName);
        return new JsonObject
        {
            ["Data"] = new JsonObject
            {
                [bindingName] = new JsonObject
                {
                    ["Url"] = url.ToString(),
                    ["Method"] = method,
                    ["Query"] = queryObject,
                    ["Headers"] = headerObject,
                    ["Params"] = paramObject,
                    ["Body"] = body,
                },
            },
            ["Metadata"] = metadata,
        };
    }

    /// <summary>The host JSON-encodes string metadata once more before sending it.</summary>
    public static string Twice(string value) => JsonSerializer.Serialize(value);

    private static JsonObject Sys(string methodName) => new()
    {
        ["MethodName"] = methodName,
        ["UtcNow"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };

    // The host drops every metadata key ending in "Trigger" before it calls a custom handler.
    private static JsonObject WithoutTriggerKeys(this JsonObject payload)
    {
        var metadata = (JsonObject)payload["Metadata"]!;
        foreach (var key in metadata.Select(p => p.Key).Where(k => k.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            metadata.Remove(key);
        }

        return payload;
    }
}
