using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Reporting;
using Pipeline.Evaluation.Running;
using Pipeline.Tests.Shared;

namespace Pipeline.Evaluation.Tests.Running;

public sealed class DatasetEvaluationTests
{
    [Fact]
    public async Task A_limited_html_run_scores_the_engine_and_smartreader_side_by_side()
    {
        var report = await DatasetEvaluation.RunAsync(Path.Combine(RepositoryPaths.Datasets, "fundus"), new EvaluationOptions { Limit = 4, WarmUp = new WarmUp(1, TimeSpan.Zero) }, CancellationToken.None);

        Assert.Equal(DatasetKind.Fundus, report.Dataset);
        Assert.Equal(4, report.Pages);
        Assert.Equal(["engine", "smartreader"], report.Systems.Select(s => s.System));
        Assert.All(report.Systems, s =>
        {
            Assert.Equal(4, s.PageScores.Count);
            Assert.Equal(4, s.Body!.Pages);
            Assert.Equal(4, s.Titles!.Pages);
            Assert.Equal(4, s.Authors!.Pages);
            Assert.Equal(4, s.Dates!.Tp + s.Dates.Fp + s.Dates.Fn);
            Assert.True(s.DocumentsPerSecond > 0);
            Assert.NotNull(s.SlowestPage);
        });
        Assert.True(report.PeakWorkingSetBytes > 0);
    }

    [Fact]
    public async Task Text_dumps_get_no_html_baseline_and_the_report_round_trips_through_json()
    {
        var report = await DatasetEvaluation.RunAsync(Path.Combine(RepositoryPaths.Datasets, "aeb-text"), new EvaluationOptions { Limit = 3, WarmUp = WarmUp.None }, CancellationToken.None);

        var json = EvaluationReportJson.Serialize(report);
        var back = EvaluationReportJson.Deserialize(json)!;

        Assert.Equal("engine", Assert.Single(back.Systems).System);
        Assert.Contains("\"dataset\": \"AebText\"", json, StringComparison.Ordinal);
        Assert.Equal(report.Systems[0].Body, back.Systems[0].Body);
        Assert.Equal(report.Systems[0].PageScores.Select(p => p.Id), back.Systems[0].PageScores.Select(p => p.Id));
    }

    [Fact]
    public async Task The_table_lists_metrics_per_system_and_verbose_lists_worst_pages_first()
    {
        var report = await DatasetEvaluation.RunAsync(Path.Combine(RepositoryPaths.Datasets, "trafilatura"), new EvaluationOptions { Limit = 5, CompareSmartReader = false, WarmUp = WarmUp.None }, CancellationToken.None);
        using var writer = new StringWriter();

        EvaluationReportWriter.Write(report, writer, verbosePages: 5);

        var text = writer.ToString();
        Assert.Contains("snippet F1", text, StringComparison.Ordinal);
        Assert.Contains("documents/second", text, StringComparison.Ordinal);
        Assert.DoesNotContain("body F1", text, StringComparison.Ordinal);
        var qualities = report.Systems[0].PageScores.Select(p => p.Quality).Order().ToList();
        var listed = text.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains("q=", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, listed.Count);
        Assert.Contains($"q={qualities[0]:0.000}", listed[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_passes_each_report_speed_and_memory_and_the_engine_cost_is_read_against_parse_alone()
    {
        var options = new EvaluationOptions { Limit = 3, CompareSmartReader = false, WarmUp = WarmUp.None, Repeats = 3 };

        var report = await DatasetEvaluation.RunAsync(Path.Combine(RepositoryPaths.Datasets, "fundus"), options, CancellationToken.None);
        using var writer = new StringWriter();
        EvaluationReportWriter.Write(report, writer);

        var engine = Assert.Single(report.Systems);
        Assert.Equal(3, engine.Passes.Count);
        Assert.All(engine.Passes, p => Assert.True(p.AllocatedBytes > 0 && p.WorkingSetBytes > 0 && p.DocumentsPerSecond > 0));
        Assert.Equal(3, engine.PageScores.Count);
        var parse = Assert.IsType<ParseReference>(report.Parse);
        Assert.Equal(3, parse.Passes.Count);
        Assert.Equal(parse.DocumentsPerSecond / engine.DocumentsPerSecond, report.EngineCostOverParse);
        var text = writer.ToString();
        Assert.Contains("engine cost = ", text, StringComparison.Ordinal);
        Assert.Contains("pass   3 (engine)", text, StringComparison.Ordinal);
        Assert.Contains("\"engineCostOverParse\"", EvaluationReportJson.Serialize(report), StringComparison.Ordinal);
        var collector = Assert.IsType<CollectorSettings>(report.Collector);
        Assert.Equal(CollectorSettings.Current(), collector);
        Assert.True(collector.Gen0BudgetBytes > 0);
        Assert.Contains($"garbage collector: {collector.Describe()}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_dumps_have_no_parse_reference()
    {
        var report = await DatasetEvaluation.RunAsync(Path.Combine(RepositoryPaths.Datasets, "aeb-text"), new EvaluationOptions { Limit = 2, WarmUp = WarmUp.None }, CancellationToken.None);

        Assert.Null(report.Parse);
        Assert.Null(report.EngineCostOverParse);
    }
}
