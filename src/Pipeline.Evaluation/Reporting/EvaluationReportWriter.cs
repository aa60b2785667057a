using System.Globalization;
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

    private static string? F(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Row(string label, IEnumerable<string> cells) =>
        label.PadRight(24) + string.Concat(cells.Select(c => c.PadLeft(24)));
}
