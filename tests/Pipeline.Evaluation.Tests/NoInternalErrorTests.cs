namespace Pipeline.Evaluation.Tests;

/// <summary>Every dataset page must be cleaned or rejected with a reason, never crash the engine.</summary>
public sealed class NoInternalErrorTests
{
    [Theory]
    [InlineData("aeb")]
    [InlineData("aeb-text")]
    [InlineData("fundus")]
    [InlineData("fundus-eval")]
    [InlineData("trafilatura")]
    [InlineData("htmldate")]
    [InlineData("readability")]
    public void No_dataset_page_crashes_the_engine(string dataset)
    {
        var scores = EngineDatasetRuns.For(dataset);

        var crashed = scores.PageScores.Where(p => p.Failure?.StartsWith("InternalError", StringComparison.Ordinal) == true).Select(p => $"{p.Id}: {p.Failure}");
        Assert.Empty(crashed);
        Assert.Equal(0, scores.InternalErrors);
    }
}
