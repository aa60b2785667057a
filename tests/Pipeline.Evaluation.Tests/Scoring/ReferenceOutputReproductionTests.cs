using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Scoring;
using Pipeline.Tests.Shared;

namespace Pipeline.Evaluation.Tests.Scoring;

/// <summary>The C# scorer must give the published numbers for the systems whose outputs the benchmarks committed.</summary>
public sealed class ReferenceOutputReproductionTests
{
    [Theory]
    [InlineData("AutoExtract", 0.973, 0.984, 0.961)]
    [InlineData("rs_trafilatura", 0.971, 0.954, 0.988)]
    [InlineData("trafilatura", 0.953, 0.936, 0.971)]
    [InlineData("readability_js", 0.942, 0.908, 0.979)]
    [InlineData("goose3", 0.894, 0.940, 0.851)]
    [InlineData("justext", 0.806, 0.885, 0.740)]
    [InlineData("html-text", 0.679, 0.516, 0.994)]
    public void Aeb_reference_outputs_reproduce_the_published_table(string system, double f1, double precision, double recall)
    {
        var dataset = DatasetLoader.Load(Path.Combine(RepositoryPaths.Datasets, "aeb"));
        var outputs = ReferenceOutputs.ReadAeb(Path.Combine(dataset.Folder, "reference-outputs", system + ".json.gz"));

        var score = ShingleCorpusScore.From(dataset.Pages
            .Select(p => ShingleScorer.Score(p.Labels.BodyVariants![0], outputs.GetValueOrDefault(p.Id)))
            .ToList());

        Assert.Equal(118, score.Pages);
        Assert.Equal(f1, Math.Round(score.F1, 3));
        Assert.Equal(precision, Math.Round(score.Precision, 3));
        Assert.Equal(recall, Math.Round(score.Recall, 3));
    }

    [Theory]
    [InlineData("fundus", 0.967)]
    [InlineData("trafilatura", 0.939)]
    [InlineData("newsplease", 0.925)]
    [InlineData("boilernet", 0.873)]
    [InlineData("justext", 0.864)]
    [InlineData("bte", 0.858)]
    [InlineData("boilerpipe", 0.857)]
    public void Fundus_eval_reference_outputs_reproduce_the_aeb_metric_anchors(string system, double f1)
    {
        var dataset = DatasetLoader.Load(Path.Combine(RepositoryPaths.Datasets, "fundus-eval"));
        var outputs = ReferenceOutputs.ReadFundusEval(Path.Combine(dataset.Folder, "reference-outputs", system + ".json.gz"));

        // The anchors were computed on all paragraphs with brackets stripped: the first body variant.
        var score = ShingleCorpusScore.From(dataset.Pages
            .Select(p => ShingleScorer.Score(p.Labels.BodyVariants![0], outputs.GetValueOrDefault(p.Id)))
            .ToList());

        Assert.Equal(55, score.Pages);
        Assert.Equal(f1, Math.Round(score.F1, 3));
    }
}
