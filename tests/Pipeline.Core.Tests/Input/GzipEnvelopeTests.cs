using System.IO.Compression;
using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class GzipEnvelopeTests
{
    private static readonly string Page = Path.Combine(RepositoryPaths.Datasets, "aeb", "html", "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz");

    [Fact]
    public void A_gzipped_dataset_page_is_cleaned_exactly_as_the_page_inside_and_named_by_its_stored_bytes()
    {
        var stored = File.ReadAllBytes(Page);
        var inside = DatasetFiles.ReadGzip(Page);
        var cleaner = new ArticleCleaner();

        var fromGzip = cleaner.Clean(new RawInput(stored, "news/page.html.gz"));
        var fromPage = cleaner.Clean(new RawInput(inside, "news/page.html"));

        Assert.True(fromGzip.Succeeded, fromGzip.Failure?.Message);
        var source = fromGzip.Result!.Source;
        Assert.Equal(("gzip", stored.Length, RawInput.HashOf(stored), "utf-8"), (source.Compression, source.Bytes, source.Sha256, source.Encoding));
        Assert.Null(fromPage.Result!.Source.Compression);
        Assert.Equal(
            Pipeline.Core.Output.CleanResultJson.Serialize(fromPage.Result! with { Source = source }),
            Pipeline.Core.Output.CleanResultJson.Serialize(fromGzip.Result));
    }

    [Fact]
    public void Joined_gzip_members_inflate_to_the_whole_page()
    {
        var inside = DatasetFiles.ReadGzip(Page);
        var joined = Gzip(inside.AsSpan(0, 1000)).Concat(Gzip(inside.AsSpan(1000))).ToArray();

        Assert.Equal(inside, GzipEnvelope.Open(joined, 16 * 1024 * 1024));
    }

    [Fact]
    public void A_small_gzip_that_inflates_past_the_limit_is_rejected_as_too_large_without_inflating_it_all()
    {
        var bomb = Gzip(new byte[64 * 1024 * 1024]);

        var e = Assert.Throws<InputRejectedException>(() => InputDecoder.Decode(new RawInput(bomb, "bomb.html.gz"), new CleanerOptions()));

        Assert.Equal(FailureReason.TooLarge, e.Reason);
        Assert.Equal($"Input is gzip-compressed ({bomb.Length:N0} bytes) and inflates past the limit of 16,777,216 bytes.", e.Message);
    }

    [Fact]
    public void A_gzip_damaged_partway_gives_the_page_up_to_the_damage()
    {
        var inside = DatasetFiles.ReadGzip(Page);
        var stored = File.ReadAllBytes(Page);
        var truncated = stored.AsSpan(0, stored.Length / 2).ToArray();

        var inflated = GzipEnvelope.Open(truncated, 16 * 1024 * 1024);

        Assert.InRange(inflated.Length, 1, inside.Length - 1);
        Assert.Equal(inside.AsSpan(0, inflated.Length).ToArray(), inflated);
    }

    [Theory]
    [InlineData("damaged", FailureReason.Binary, "Input is gzip-compressed but its data is damaged from the start and cannot be inflated.")]
    [InlineData("empty", FailureReason.Empty, "Input is gzip-compressed (20 bytes) and inflates to nothing.")]
    [InlineData("nested", FailureReason.Binary, "Input is not text: gzip archive.")]
    public void A_gzip_holding_no_readable_page_is_rejected_with_its_reason(string shape, FailureReason reason, string message)
    {
        var stored = File.ReadAllBytes(Page);
        byte[] bytes = shape switch
        {
            // A plain ten-byte header (no file name), then a deflate block of the reserved type.
            "damaged" => [.. Gzip(stored)[..10], .. Enumerable.Repeat((byte)0xFF, 200)],
            // Header, an empty final block, CRC-32 and size of nothing: what gzip writes for an empty file.
            "empty" => [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            _ => Gzip(stored),
        };

        var e = Assert.Throws<InputRejectedException>(() => InputDecoder.Decode(new RawInput(bytes, "page.html.gz"), new CleanerOptions()));

        Assert.Equal(reason, e.Reason);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_inflated_size_hint_is_the_trailer_size_for_gzip_and_the_length_otherwise()
    {
        var inside = DatasetFiles.ReadGzip(Page);

        Assert.Equal(inside.Length, GzipEnvelope.InflatedSizeHint(File.ReadAllBytes(Page)));
        Assert.Equal(5, GzipEnvelope.InflatedSizeHint("plain"u8));
        Assert.False(GzipEnvelope.Wraps(Encoding.UTF8.GetBytes("<html>")));
    }

    /// <summary>The bytes gzip-compressed, as a crawler stores them.</summary>
    internal static byte[] Gzip(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
