using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Evaluation.Datasets;

namespace Pipeline.Evaluation.Systems;

/// <summary>Our engine, called exactly as production calls it (raw bytes, name, content type, last-modified).</summary>
public sealed class EngineSystem(ArticleCleaner? cleaner = null) : IExtractionSystem
{
    private readonly ArticleCleaner _cleaner = cleaner ?? new ArticleCleaner();

    public string Name => "engine";

    public SystemOutput Extract(DatasetPage page, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Hashed here and handed over, as the function handler does (it hashes every delivery to tell whether its output is current).
        var outcome = _cleaner.Clean(new RawInput(content, page.InputName, page.ContentType, page.LastModified, RawInput.HashOf(content)), cancellationToken);
        if (!outcome.Succeeded)
        {
            var failed = SystemOutput.Failed($"{outcome.Failure.Reason}: {outcome.Failure.Message}", outcome.Failure.Reason == FailureReason.InternalError);
            // A page without article text still reports the metadata it found (quarantine records carry it): score that as the engine's answer.
            return outcome.Failure.Metadata is { } found
                ? failed with { Title = found.Title, Authors = found.Authors, Agencies = found.Agencies, SiteName = found.SiteName, PublishedAt = found.PublishedAt }
                : failed;
        }

        var articles = outcome.Result.Articles;
        var first = articles[0];
        return new SystemOutput(
            string.Join("\n\n", articles.Select(a => a.Text)),
            first.Title,
            first.Authors,
            first.Agencies,
            first.SiteName,
            first.PublishedAt,
            null,
            false);
    }
}
