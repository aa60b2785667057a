using System.Buffers.Binary;
using System.IO.Compression;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>Opens gzip-compressed inputs (crawlers store pages as <c>.html.gz</c>): the page inside is what is cleaned, within the size limit.</summary>
public static class GzipEnvelope
{
    // Magic, deflate method, then the rest of the ten-byte header.
    private const int HeaderLength = 10;

    /// <summary>True when the bytes are a gzip stream (magic number and the deflate method).</summary>
    public static bool Wraps(ReadOnlySpan<byte> bytes) => bytes.Length >= HeaderLength && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 8;

    /// <summary>
    /// The size the stream says it inflates to (its trailer holds the size modulo 4 GiB, of the last member when several are joined), or
    /// the byte count itself when <paramref name="bytes"/> are not gzip: what cleaning them will hold in memory, to the nearest factor.
    /// </summary>
    public static long InflatedSizeHint(ReadOnlySpan<byte> bytes) =>
        Wraps(bytes) && bytes.Length >= HeaderLength + 8
            ? Math.Max(bytes.Length, BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..]))
            : bytes.Length;

    /// <summary>The inflated bytes, all members of the stream; a stream damaged partway gives what came before the damage.</summary>
    /// <exception cref="InputRejectedException">
    /// <see cref="FailureReason.TooLarge"/> past <paramref name="maxBytes"/> (read no further, so a small bomb costs nothing), or
    /// <see cref="FailureReason.Binary"/> when not even the start inflates.
    /// </exception>
    public static byte[] Open(ReadOnlyMemory<byte> content, long maxBytes) =>
        BoundedInflation.Inflate(content, static source => new GZipStream(source, CompressionMode.Decompress), "gzip", InflatedSizeHint(content.Span), maxBytes)
        ?? throw new InputRejectedException(FailureReason.Binary, "Input is gzip-compressed but its data is damaged from the start and cannot be inflated.");
}
