using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Functions.CustomHandler;

/// <summary>JSON settings for everything the handler sends: camelCase bodies, enums as strings (names given explicitly where the host needs PascalCase).</summary>
internal static class HandlerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
