using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Model;

namespace Pipeline.Core.Output;

/// <summary>Writes and reads the output document (schema version 1): camelCase, nulls written, byte-identical for the same input.</summary>
public static class CleanResultJson
{
    private static readonly CleanResultJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Keep typographic quotes, dashes and non-Latin scripts readable in the output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    });

    public static byte[] Serialize(CleanResult result) =>
        JsonSerializer.SerializeToUtf8Bytes(result, Context.CleanResult);

    public static string SerializeToString(CleanResult result) =>
        JsonSerializer.Serialize(result, Context.CleanResult);

    public static CleanResult? Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, Context.CleanResult);
}

[JsonSerializable(typeof(CleanResult))]
internal sealed partial class CleanResultJsonContext : JsonSerializerContext;
