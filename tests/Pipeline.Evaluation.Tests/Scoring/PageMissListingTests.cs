using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Reporting;

namespace Pipeline.Evaluation.Tests.Scoring;

/// <summary>The verbose report says what was expected and what was found on a page whose authors or title are wrong.</summary>
public sealed class PageMissListingTests
{
    [Fact]
    public void Wrong_authors_are_listed_with_the_label_and_what_was_found()
    {
        // The label keeps the site's desk code ("srf/hosb"), which no byline reading gives: a stable miss.
        var page = EngineDatasetRuns.For("fundus").PageScores.Single(p => p.Id == "ch/SRF_2024_04_15");
        Assert.False(page.AuthorsRight);
        Assert.Contains(page.Misses!, m => m.StartsWith("authors expected [srf/hosb; kesm] got [", StringComparison.Ordinal));
    }

    [Fact]
    public void Right_pages_list_no_misses()
    {
        var page = EngineDatasetRuns.For("fundus").PageScores.Single(p => p.Id == "de/FAZ_2024_04_17");
        Assert.True(page.AuthorsRight);
        Assert.True(page.TitleRight);
        Assert.Empty(page.Misses!);
    }

    [Fact]
    public void Verbose_report_prints_the_misses_under_the_page()
    {
        var scores = EngineDatasetRuns.For("fundus");
        var report = new EvaluationReport(DatasetKind.Fundus, "fundus", scores.Pages, [scores], 0);
        using var writer = new StringWriter();
        EvaluationReportWriter.Write(report, writer, verbosePages: 500);
        var lines = writer.ToString().Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("  ch/SRF_2024_04_15 ", StringComparison.Ordinal));
        Assert.True(at >= 0);
        Assert.StartsWith("      authors expected [srf/hosb; kesm]", lines[at + 1], StringComparison.Ordinal);
    }
}
