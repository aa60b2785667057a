using AngleSharp.Dom;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

/// <summary>Builds the inputs the HTML stage tests share: parsed snippets, the shipped patterns, decoded pages.</summary>
internal static class HtmlTestDocuments
{
    public static HtmlPatterns Patterns { get; } = new(RuleSet.Embedded.Html);

    private static readonly HtmlArticleExtractor Extractor = new(RuleSet.Embedded, new CleanerOptions());

    public static Pipeline.Core.Metadata.CommentByline CommentBylines { get; } = new(RuleSet.Embedded.Metadata);

    public static IElement Body(string bodyHtml) => HtmlDocumentParser.Parse($"<!doctype html><html><head><title>T</title></head><body>{bodyHtml}</body></html>").Body!;

    public static DecodedInput Decode(string html, string name = "page.html") =>
        InputDecoder.Decode(new RawInput(System.Text.Encoding.UTF8.GetBytes(html), name, "text/html", null), new CleanerOptions());

    /// <summary>The blocks the renderer makes of a body snippet, nothing pruned.</summary>
    public static IReadOnlyList<TextBlock> Render(string bodyHtml)
    {
        var body = Body(bodyHtml);
        var pruned = new PruneMap();
        return new BlockRenderer().Render([body], TextStatistics.Compute(body, pruned), pruned, CancellationToken.None);
    }

    /// <summary>The shipped HTML extractor's result for a page of <c>../shared/datasets/</c> (path parts below it).</summary>
    public static Extraction ExtractDatasetPage(params string[] pathInDatasets)
    {
        var path = Path.Combine([RepositoryPaths.Datasets, .. pathInDatasets]);
        var input = InputDecoder.Decode(new RawInput(DatasetFiles.ReadGzip(path), Path.GetFileNameWithoutExtension(path), "text/html", null), new CleanerOptions());
        return Extractor.Extract(input, CancellationToken.None);
    }

    public static string Paragraph(string seed) =>
        $"{seed} is a sentence long enough to count as body text, with a comma, and another clause that keeps going for a while.";
}
