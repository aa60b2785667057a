using System.Globalization;

namespace Pipeline.Evaluation.Running;

/// <summary>The garbage collector settings the eval process runs with, printed beside its speed because they move it.</summary>
/// <param name="Server">Server GC (one heap per core) instead of workstation GC.</param>
/// <param name="Concurrent">Background collections of generation 2 are on.</param>
/// <param name="Gen0BudgetBytes">The largest generation-0 allocation budget: how much is allocated between two gen-0 collections.</param>
public sealed record CollectorSettings(bool Server, bool Concurrent, long Gen0BudgetBytes)
{
    /// <summary>Reads the running process's settings (<c>DOTNET_GCgen0size</c> shows up as the gen-0 budget).</summary>
    public static CollectorSettings Current()
    {
        var variables = GC.GetConfigurationVariables();
        return new CollectorSettings(
            Flag(variables, "ServerGC"),
            Flag(variables, "ConcurrentGC"),
            variables.TryGetValue("GCGen0MaxBudget", out var budget) ? Convert.ToInt64(budget, CultureInfo.InvariantCulture) : 0);
    }

    /// <summary>One line for the report, e.g. "workstation GC, concurrent, gen0 budget 16 MB".</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Server ? "server" : "workstation")} GC, {(Concurrent ? "concurrent" : "not concurrent")}, gen0 budget {(Gen0BudgetBytes > 0 ? $"{Gen0BudgetBytes / 1048576.0:0.#} MB" : "unknown")}");

    private static bool Flag(IReadOnlyDictionary<string, object> variables, string name) =>
        variables.TryGetValue(name, out var value) && value is bool on && on;
}
