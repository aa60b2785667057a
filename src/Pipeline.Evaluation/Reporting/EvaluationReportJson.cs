using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Evaluation.Reporting;

/// <summary>Machine-readable form of <see cref="EvaluationReport"/> (camelCase, enums as strings, indented).</summary>
public static class EvaluationReportJson
{
    public static string Serialize(EvaluationReport report) =>
        JsonSerializer.Serialize(report, EvaluationReportJsonContext.Default.EvaluationReport);

    public static EvaluationReport? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, EvaluationReportJsonContext.Default.EvaluationReport);
}

/// <summary>Source-generated serializer for evaluation reports.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(EvaluationReport))]
internal sealed partial class EvaluationReportJsonContext : JsonSerializerContext;
