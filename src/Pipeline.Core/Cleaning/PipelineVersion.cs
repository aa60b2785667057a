using System.Reflection;

namespace Pipeline.Core.Cleaning;

/// <summary>The engine version written into every output (the assembly version, without the commit suffix, so that outputs are reproducible).</summary>
public static class PipelineVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(PipelineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
