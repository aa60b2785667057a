using AngleSharp.Html.Parser;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Reads the metadata of an HTML test page decoded and parsed as the engine does.</summary>
internal static class MetadataTestPages
{
    /// <summary>What <paramref name="extractor"/> reads from <paramref name="html"/>, with <paramref name="lastModified"/> as the file's timestamp.</summary>
    public static PageMetadata Extract(HtmlMetadataExtractor extractor, string html, string name = "page.html", DateTimeOffset? lastModified = null) =>
        Extract(extractor, System.Text.Encoding.UTF8.GetBytes(html), name, lastModified);

    /// <summary>What <paramref name="extractor"/> reads from the page bytes <paramref name="content"/> (a dataset file), decoded as the engine does.</summary>
    public static PageMetadata Extract(HtmlMetadataExtractor extractor, ReadOnlyMemory<byte> content, string name, DateTimeOffset? lastModified = null)
    {
        var input = InputDecoder.Decode(new RawInput(content, name, LastModified: lastModified), new CleanerOptions());
        return extractor.Extract(new HtmlParser().ParseDocument(input.Text), input, null);
    }
}
