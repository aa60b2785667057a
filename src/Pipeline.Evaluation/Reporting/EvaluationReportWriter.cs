using System.Globalization;
using Pipeline.Evaluation.Running;
using Pipeline.Evaluation.Scoring;

namespace Pipeline.Evaluation.Reporting;

/// <summary>Writes an <see cref="EvaluationReport"/> as a human-readable table, systems side by side.</summary>
public static class EvaluationReportWriter
{
    /// <summary>Writes the summary; with <paramref name="verbosePages"/> &gt; 0 also that many worst pages per system.</summary>
    public static void Write(EvaluationReport report, TextWriter writer, int verbosePages = 0)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var systems = report.Systems;
        writer.WriteLine($"dataset {report.Dataset} ({report.Folder}), {report.Pages} pages");
        writer.WriteLine(Row("", systems.Select(s => s.System)));

        void Line(string label, Func<SystemScores, string?> value)
        {
            var cells = systems.Select(value).ToList();
            if (cells.Any(c => c is not null))
            {
                writer.WriteLine(Row(label, cells.Select(c => c ?? "-")));
            }
        }

        Line("body F1", s => F(s.Body?.F1));
        Line("body precision", s => F(s.Body?.Precision));
        Line("body recall", s => F(s.Body?.Recall));
        Line("body exact accuracy", s => F(s.Body?.Accuracy));
        Line("snippet F1", s => F(s.Snippets?.F1));
        Line("snippet precision", s => F(s.Snippets?.Precision));
        Line("snippet recall", s => F(s.Snippets?.Recall));
        Line("snippet accuracy", s => F(s.Snippets?.Accuracy));
        Line("date accuracy (day)", s => s.Dates is null ? null : $"{F(s.Dates.Accuracy)} ({s.Dates.Tp + s.Dates.Tn}/{s.Dates.Tp + s.Dates.Fp + s.Dates.Fn + s.Dates.Tn})");
        Line("date F / P / R", s => s.Dates is null ? null : $"{F(s.Dates.F1)} / {F(s.Dates.Precision)} / {F(s.Dates.Recall)}");
        Line("date same instant", s => s.Dates is null || s.Dates.InstantCompared == 0 ? null : $"{F(s.Dates.InstantAccuracy)} ({s.Dates.InstantRight}/{s.Dates.InstantCompared})");
        Line("author exact set", s => s.Authors is null ? null : $"{F(s.Authors.ExactSetAccuracy)} ({s.Authors.ExactSetRight}/{s.Authors.Pages})");
        Line("author name P / R", s => s.Authors is null ? null : $"{F(s.Authors.NamePrecision)} / {F(s.Authors.NameRecall)}");
        Line("title exact", s => s.Titles is null ? null : $"{F(s.Titles.Accuracy)} ({s.Titles.Right}/{s.Titles.Pages})");
        Line("failures / crashes", s => $"{s.Failures} / {s.InternalErrors}");
        Line("documents/second", s => s.DocumentsPerSecond.ToString("0.0", CultureInfo.InvariantCulture));
        Line("mean ms/page", s => s.MeanMilliseconds.ToString("0.00", CultureInfo.InvariantCulture));
        Line("slowest page ms", s => s.SlowestMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
        Line("allocated MB", s => (s.AllocatedBytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture));
        Line("peak managed heap MB", s => (s.PeakManagedBytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture));
        foreach (var system in systems.Where(s => s.SlowestPage is not null))
        {
            writer.WriteLine($"slowest page ({system.System}): {system.SlowestPage}");
        }

        WriteSpeed(report, writer);
        writer.WriteLine($"peak working set (process): {report.PeakWorkingSetBytes / 1048576.0:0.0} MB");

        if (verbosePages <= 0)
        {
            return;
        }

        foreach (var system in systems)
        {
            writer.WriteLine();
            writer.WriteLine($"worst pages ({system.System}), quality = mean of the page's scores:");
            foreach (var page in system.PageScores.OrderBy(p => p.Quality).ThenBy(p => p.Id, StringComparer.Ordinal).Take(verbosePages))
            {
                var parts = new List<string> { $"q={F(page.Quality)}" };
                if (page.BodyF1 is { } f1)
                {
                    parts.Add($"bodyF1={F(f1)}");
                }

                if (page.Snippets is { } sn)
                {
                    parts.Add($"snippets tp={sn.Tp} fn={sn.Fn} fp={sn.Fp} tn={sn.Tn}");
                }

                AddFlag(parts, "date", page.DateRight);
                if (page.DateMiss is not null)
                {
                    parts.Add("(" + page.DateMiss + ")");
                }

                AddFlag(parts, "authors", page.AuthorsRight);
                AddFlag(parts, "title", page.TitleRight);
                parts.Add($"{page.Milliseconds:0.0} ms");
                if (page.Failure is not null)
                {
                    parts.Add("failed: " + page.Failure);
                }

                writer.WriteLine($"  {page.Id}  {string.Join("  ", parts)}");
                if (page.SnippetMisses is { } misses)
                {
                    foreach (var snippet in misses.Missed)
                    {
                        writer.WriteLine($"      missed: {Excerpt(snippet)}");
                    }

                    foreach (var snippet in misses.Leaked)
                    {
                        writer.WriteLine($"      leaked: {Excerpt(snippet)}");
                    }
                }

                foreach (var miss in page.Misses ?? [])
                {
                    writer.WriteLine($"      {miss}");
                }
            }
        }
    }

    private static void WriteSpeed(EvaluationReport report, TextWriter writer)
    {
        var repeats = report.Systems.Count == 0 ? 0 : report.Systems[0].Passes.Count;
        var warmUp = report.WarmUp is { } w ? $"untimed warm-up of at least {w.Passes} full pass(es) and {w.Time.TotalSeconds:0.#} s" : "no warm-up";
        if (report.WarmUp is { Passes: > 0 } settling && settling.SettleLimit > settling.Time)
        {
            warmUp += $", longer while each pass beats every earlier one (up to {settling.SettleLimit.TotalSeconds:0.#} s)";
        }

        writer.WriteLine($"timing: {warmUp}, then {repeats} timed pass(es), single-threaded; rates are the median pass");
        if (report.Collector is { } collector)
        {
            writer.WriteLine($"garbage collector: {collector.Describe()}");
        }

        var engine = report.Systems.FirstOrDefault(s => s.System == "engine");
        if (report.Parse is { } parse)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ParseReference.Name} alone (AngleSharp): {parse.DocumentsPerSecond:0.0} documents/second, mean {parse.MeanMilliseconds:0.00} ms/page"));
            if (report.EngineCostOverParse is { } ratio)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine cost = {ratio:0.00} x {ParseReference.Name}"));
            }
        }

        foreach (var other in report.Systems.Where(s => s.System != "engine" && s.DocumentsPerSecond > 0))
        {
            if (engine is not null)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine speed = {engine.DocumentsPerSecond / other.DocumentsPerSecond:0.00} x {other.System}"));
            }
        }

        if (repeats <= 1)
        {
            return;
        }

        foreach (var system in report.Systems)
        {
            for (var i = 0; i < system.Passes.Count; i++)
            {
                var p = system.Passes[i];
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {i + 1,3} ({system.System}): {p.DocumentsPerSecond,7:0.0} documents/second, allocated {p.AllocatedBytes / 1048576.0,7:0.0} MB, peak managed heap {p.PeakManagedBytes / 1048576.0,6:0.0} MB, working set {p.WorkingSetBytes / 1048576.0,6:0.0} MB"));
            }
        }
    }

    private static void AddFlag(List<string> parts, string name, bool? right)
    {
        if (right is { } value)
        {
            parts.Add($"{name}={(value ? "ok" : "WRONG")}");
        }
    }

    /// <summary>A snippet on one line, cut to a readable length.</summary>
    private static string Excerpt(string snippet)
    {
        const int MaxChars = 120;
        var line = string.Join(' ', snippet.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length > MaxChars ? line[..MaxChars] + "…" : line;
    }

    private static string? F(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Row(string label, IEnumerable<string> cells) =>
        label.PadRight(24) + string.Concat(cells.Select(c => c.PadLeft(24)));
}
