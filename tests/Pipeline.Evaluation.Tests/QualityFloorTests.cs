using Pipeline.Evaluation.Scoring;

namespace Pipeline.Evaluation.Tests;

/// <summary>
/// The engine's scores must not drop below these floors. They are pinned slightly below what the engine on the
/// integrated engine reached on 2026-11-23 (see the README's table); raise them whenever the engine improves.
/// </summary>
public sealed class QualityFloorTests
{

    [Fact]
    public void Aeb_body_f1_stays_above_floor() => AssertAtLeast(0.984, Body("aeb").F1);

    [Fact]
    public void Aeb_body_precision_stays_above_floor() => AssertAtLeast(0.984, Body("aeb").Precision);

    [Fact]
    public void Aeb_body_recall_stays_above_floor() => AssertAtLeast(0.980, Body("aeb").Recall);

    [Fact]
    public void Aeb_text_body_f1_stays_above_floor() => AssertAtLeast(0.946, Body("aeb-text").F1);

    [Fact]
    public void Fundus_body_f1_stays_above_floor() => AssertAtLeast(0.972, Body("fundus").F1);

    [Fact]
    public void Fundus_title_accuracy_stays_above_floor() => AssertAtLeast(0.900, Scores("fundus").Titles!.Accuracy);

    [Fact]
    public void Fundus_author_exact_set_accuracy_stays_above_floor() => AssertAtLeast(0.941, Scores("fundus").Authors!.ExactSetAccuracy);

    [Fact]
    public void Fundus_date_day_accuracy_stays_above_floor() => AssertAtLeast(0.983, Scores("fundus").Dates!.Accuracy);

    [Fact]
    public void Fundus_eval_body_f1_stays_above_floor() => AssertAtLeast(0.969, Body("fundus-eval").F1);

    [Fact]
    public void Trafilatura_snippet_f1_stays_above_floor() => AssertAtLeast(0.956, Scores("trafilatura").Snippets!.F1);

    [Fact]
    public void Trafilatura_snippet_accuracy_stays_above_floor() => AssertAtLeast(0.958, Scores("trafilatura").Snippets!.Accuracy);

    [Fact]
    public void Trafilatura_title_accuracy_stays_above_floor() => AssertAtLeast(0.859, Scores("trafilatura").Titles!.Accuracy);

    [Fact]
    public void Trafilatura_author_exact_set_accuracy_stays_above_floor() => AssertAtLeast(0.793, Scores("trafilatura").Authors!.ExactSetAccuracy);

    [Fact]
    public void Trafilatura_date_accuracy_stays_above_floor() => AssertAtLeast(0.939, Scores("trafilatura").Dates!.Accuracy);

    [Fact]
    public void Htmldate_date_accuracy_stays_above_floor() => AssertAtLeast(0.950, Scores("htmldate").Dates!.Accuracy);

    [Fact]
    public void Readability_body_f1_stays_above_floor() => AssertAtLeast(0.896, Body("readability").F1);

    [Fact]
    public void Readability_title_accuracy_stays_above_floor() => AssertAtLeast(0.776, Scores("readability").Titles!.Accuracy);

    [Fact]
    public void Readability_date_accuracy_stays_above_floor() => AssertAtLeast(0.95, Scores("readability").Dates!.Accuracy);

    private static SystemScores Scores(string dataset) => EngineDatasetRuns.For(dataset);

    private static ShingleCorpusScore Body(string dataset) => Scores(dataset).Body!;

    private static void AssertAtLeast(double floor, double actual) =>
        Assert.True(actual >= floor, $"score {actual:0.0000} fell below the floor {floor:0.000}");
}
