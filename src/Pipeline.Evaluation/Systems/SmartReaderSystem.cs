using System.Globalization;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Evaluation.Datasets;

namespace Pipeline.Evaluation.Systems;

/// <summary>The SmartReader baseline (a C# port of Mozilla Readability), fed text decoded by the engine's own decoder.</summary>
public sealed class SmartReaderSystem : IExtractionSystem
{
    private static readonly CleanerOptions DecoderOptions = new();

    public string Name => "smartreader";

    public SystemOutput Extract(DatasetPage page, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            var text = InputDecoder.Decode(new RawInput(content, page.InputName, page.ContentType, page.LastModified), DecoderOptions).Text;
            var url = page.Url is not null && Uri.IsWellFormedUriString(page.Url, UriKind.Absolute) ? page.Url : "https://example.invalid/" + Uri.EscapeDataString(page.InputName);
            var article = new SmartReader.Reader(url, text).GetArticle();
            if (!article.Completed || !article.IsReadable)
            {
                return SystemOutput.Failed("not readable", internalError: false) with { Title = article.Title };
            }

            var author = string.IsNullOrWhiteSpace(article.Author) ? article.Byline : article.Author;
            return new SystemOutput(
                article.TextContent ?? string.Empty,
                article.Title,
                AuthorNameSplitter.Split(author),
                [],
                article.SiteName,
                article.PublicationDate?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                null,
                false);
        }
#pragma warning disable CA1031 // A baseline crash on one page is a data point (no output), not a reason to stop the run.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return SystemOutput.Failed($"{e.GetType().Name}: {e.Message}", internalError: true);
        }
    }
}
