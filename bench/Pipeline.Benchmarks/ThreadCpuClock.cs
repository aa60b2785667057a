using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pipeline.Benchmarks;

/// <summary>The calling thread's CPU time, which other jobs on a shared machine do not inflate as they do a stopwatch's time.</summary>
/// <remarks>Linux reads <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; elsewhere the stopwatch stands in, so the numbers are wall time there.</remarks>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Whether <see cref="Now"/> is the thread's CPU time (Linux) rather than a stopwatch reading.</summary>
    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The thread's CPU time so far, in nanoseconds (a stopwatch reading in nanoseconds where <see cref="IsCpuTime"/> is false).</summary>
    public static long Now()
    {
        if (IsCpuTime && ClockGetTime(ClockThreadCpuTimeId, out var spec) == 0)
        {
            return (spec.Seconds * 1_000_000_000L) + spec.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
