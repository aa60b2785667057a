using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Matching;

/// <summary>The HTML and visible text of real dataset pages, to check pattern helpers against what the plain regex finds on them.</summary>
internal static class DatasetPageText
{
    /// <summary>The body text of the first <paramref name="count"/> AEB pages (in file-name order).</summary>
    public static IReadOnlyList<string> Aeb(int count) => [.. AebHtml(count).Select(BodyText)];

    /// <summary>The decoded HTML of the first <paramref name="count"/> AEB pages (in file-name order).</summary>
    public static IReadOnlyList<string> AebHtml(int count) => [.. Html("aeb").Take(count)];

    /// <summary>The body text of every page of an HTML dataset (aeb, trafilatura, htmldate, fundus-eval), in file-name order, read lazily.</summary>
    public static IEnumerable<string> All(string dataset) => Html(dataset).Select(BodyText);

    private static IEnumerable<string> Html(string dataset) =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, dataset, "html"), "*.html.gz")
            .Order(StringComparer.Ordinal)
            .Select(path => InputDecoder.Decode(new RawInput(DatasetFiles.ReadGzip(path), Path.GetFileName(path), "text/html", null), new CleanerOptions()).Text);

    private static string BodyText(string html)
    {
        using var document = HtmlDocumentParser.Parse(html);
        return document.Body?.TextContent ?? "";
    }
}
