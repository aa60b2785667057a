using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Storage;

/// <summary>Source-generated JSON for the records the storage adapters write (camelCase, like the cleaned documents).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(QuarantineRecord))]
[JsonSerializable(typeof(ReprocessMessage))]
[JsonSerializable(typeof(ReprocessJob))]
[JsonSerializable(typeof(ReprocessJobStatus))]
[JsonSerializable(typeof(IReadOnlyList<ReprocessJobStatus>))]
public sealed partial class StorageJsonContext : JsonSerializerContext;
