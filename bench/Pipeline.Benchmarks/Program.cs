using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Pipeline.Benchmarks;

// `cpu-time [dataset folder] [rounds]`: engine, SmartReader and decode+parse by CPU time in interleaved passes (for a shared machine).
if (args.Length > 0 && args[0] == "cpu-time")
{
    await CpuTimeComparison.RunAsync(args.Length > 1 ? args[1] : Path.Combine(BenchmarkInputs.SharedFolder(), "datasets", "aeb"), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 6);
    return;
}

// `stages [dataset folder] [rounds] [rules folder]`: the HTML path's stages one by one, thread CPU time, stopwatch time and allocation
// per page (best pass), with the embedded rules or, to time a rules change before shipping it, those of a folder.
if (args.Length > 0 && args[0] == "stages")
{
    await StageProfile.RunAsync(
        args.Length > 1 ? args[1] : Path.Combine(BenchmarkInputs.SharedFolder(), "datasets", "aeb"),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8,
        args.Length > 3 ? Pipeline.Core.Rules.RuleSet.FromDirectory(args[3]) : Pipeline.Core.Rules.RuleSet.Embedded);
    return;
}

// The generated benchmark project is restored and built from scratch; on a shared 2-core machine that takes longer
// than BenchmarkDotNet's default 2-minute build timeout.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
