namespace Pipeline.Evaluation.Running;

/// <summary>One timed pass over all pages: its speed and the memory it left behind, so repeats show whether memory stays flat.</summary>
/// <param name="Seconds">Wall time of the pass.</param>
/// <param name="DocumentsPerSecond">Pages per second in this pass.</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the pass.</param>
/// <param name="PeakManagedBytes">Largest managed heap size seen after any page of the pass.</param>
/// <param name="WorkingSetBytes">The process's working set when the pass ended.</param>
public sealed record TimedPass(double Seconds, double DocumentsPerSecond, long AllocatedBytes, long PeakManagedBytes, long WorkingSetBytes);
