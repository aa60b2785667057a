using System.IO.Compression;
using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class EncodedBodyTests
{
    private static readonly string PagePath = Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "ru", "Kommersant_2025_05_14.html.gz");

    [Fact]
    public void A_saved_response_with_a_brotli_body_cleans_to_the_article_of_the_page_itself()
    {
        var page = DatasetFiles.ReadGzip(PagePath);
        var saved = (byte[])[.. "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: br\r\n\r\n"u8, .. Compress(page, s => new BrotliStream(s, CompressionLevel.Fastest))];
        var cleaner = new ArticleCleaner();

        var fromResponse = cleaner.Clean(new RawInput(saved, "archive/page.html"));
        var fromPage = cleaner.Clean(new RawInput(page, "page.html"));

        Assert.True(fromResponse.Succeeded, fromResponse.Failure?.Message);
        Assert.Equivalent(fromPage.Result!.Articles, fromResponse.Result!.Articles, strict: true);
        Assert.Equal("br", fromResponse.Result.Source.Compression);
    }

    [Theory]
    [InlineData("deflate", "zlib")]
    [InlineData("Deflate", "raw")]
    [InlineData("gzip, br", "brotli")]
    public void Bodies_are_decoded_as_their_content_encoding_says(string contentEncoding, string format)
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Ministers met on Tuesday.</p>\n", 50)));
        var body = format switch
        {
            "zlib" => Compress(text, s => new ZLibStream(s, CompressionLevel.Fastest)),
            "raw" => Compress(text, s => new DeflateStream(s, CompressionLevel.Fastest)),
            _ => Compress(text, s => new BrotliStream(s, CompressionLevel.Fastest)),
        };

        var decoded = EncodedBody.Decode(body, contentEncoding, 1024 * 1024);

        Assert.Equal(text, decoded?.Body);
        Assert.Equal(contentEncoding.Split(',')[^1].Trim().ToLowerInvariant(), decoded?.Encoding);
    }

    [Theory]
    [InlineData("br", "<!DOCTYPE html><p>Ministers met</p>")]
    [InlineData("br", "Ministers met on Tuesday.\r\n\r\nThey agreed on a budget.")]
    [InlineData("deflate", "\uFEFF  <html>")]
    [InlineData("zstd", "(\u00B5/\u00FD compressed)")]
    [InlineData(null, "anything")]
    public void A_body_decoded_already_or_in_an_encoding_not_undone_here_is_left_as_it_is(string? contentEncoding, string body)
    {
        Assert.Null(EncodedBody.Decode(Encoding.UTF8.GetBytes(body), contentEncoding, 1024));
    }

    [Fact]
    public void A_brotli_body_that_inflates_past_the_limit_is_rejected_without_reading_further()
    {
        var bomb = Compress(new byte[4 * 1024 * 1024], s => new BrotliStream(s, CompressionLevel.Optimal));

        var e = Assert.Throws<InputRejectedException>(() => EncodedBody.Decode(bomb, "br", 1024 * 1024));

        Assert.Equal(FailureReason.TooLarge, e.Reason);
        Assert.Equal($"Input is Brotli-compressed ({bomb.Length:N0} bytes) and inflates past the limit of 1,048,576 bytes.", e.Message);
    }

    [Fact]
    public void A_brotli_body_that_does_not_decode_is_left_as_it_is_and_quarantined_as_not_text()
    {
        // Brotli hands out what it inflated when a meta-block ends, so damage inside the one block of a page costs all of it.
        var page = DatasetFiles.ReadGzip(PagePath);
        var body = Compress(page, s => new BrotliStream(s, CompressionLevel.Fastest));
        body[body.Length / 2] ^= 0xFF;
        var saved = (byte[])[.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n"u8, .. body];

        var outcome = new ArticleCleaner().Clean(new RawInput(saved, "archive/page.html"));

        Assert.Null(EncodedBody.Decode(body, "br", 16 * 1024 * 1024));
        Assert.Equal(FailureReason.Binary, outcome.Failure?.Reason);
        Assert.StartsWith("Input is not text: ", outcome.Failure?.Message, StringComparison.Ordinal);
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var compressing = compressor(buffer))
        {
            compressing.Write(bytes);
        }

        return buffer.ToArray();
    }
}
