using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads <c>readability/</c>: Readability.js fixtures with expected title, published time and article HTML (scored as text).</summary>
internal static class ReadabilityDatasetReader
{
    public static Dataset Read(string folder)
    {
        using var truth = GroundTruthJson.Load(Path.Combine(folder, "expected-metadata.json"));
        var parser = new HtmlParser();
        var pages = new List<DatasetPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var value = entry.Value;
            var source = Path.Combine(folder, GroundTruthJson.String(value, "source") ?? $"pages/{entry.Name}/source.html.gz");
            var expected = Path.Combine(folder, GroundTruthJson.String(value, "expected_html") ?? $"pages/{entry.Name}/expected.html.gz");
            var published = GroundTruthJson.NonEmptyString(value, "publishedTime");
            pages.Add(new DatasetPage(
                entry.Name,
                source,
                entry.Name + ".html",
                "text/html",
                null,
                GroundTruthJson.NonEmptyString(value, "source_url_guess"),
                new PageLabels
                {
                    BodyVariants = File.Exists(expected) ? [TextOf(parser, expected)] : null,
                    Title = GroundTruthJson.NonEmptyString(value, "title"),
                    Date = published is null ? null : new DateLabel(published),
                }));
        }

        return new Dataset(DatasetKind.Readability, folder, pages);
    }

    /// <summary>The text nodes of the expected article, one per line, so adjacent blocks never merge into one token.</summary>
    private static string TextOf(HtmlParser parser, string gzipPath)
    {
        using var file = File.OpenRead(gzipPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var document = parser.ParseDocument(gzip);
        var root = (INode?)document.Body ?? document.DocumentElement;
        var texts = root.GetDescendants().OfType<IText>()
            .Select(t => t.Data.Trim())
            .Where(t => t.Length > 0);
        return string.Join('\n', texts);
    }
}
