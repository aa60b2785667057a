using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// The generated benchmark project is restored and built from scratch; on a shared 2-core machine that takes longer
// than BenchmarkDotNet's default 2-minute build timeout.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
