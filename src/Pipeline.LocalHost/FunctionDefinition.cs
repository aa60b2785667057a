namespace Pipeline.LocalHost;

/// <summary>One function folder as the host reads it: its trigger type, binding name and trigger settings.</summary>
public sealed record FunctionDefinition(
    string Name,
    string TriggerType,
    string BindingName,
    string? Path,
    string? QueueName,
    string? Route,
    IReadOnlyList<string> Methods);
