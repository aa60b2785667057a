using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
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
    public static byte[] Open(ReadOnlyMemory<byte> content, long maxBytes)
    {
        using var source = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        using var gzip = new GZipStream(source, CompressionMode.Decompress);
        using var inflated = new MemoryStream(capacity: (int)Math.Min(maxBytes + 1, Math.Max(4096, InflatedSizeHint(content.Span) + 1)));
        var buffer = new byte[81920];
        try
        {
            for (int read; (read = gzip.Read(buffer)) > 0;)
            {
                if (inflated.Length + read > maxBytes)
                {
                    throw new InputRejectedException(
                        FailureReason.TooLarge,
                        $"Input is gzip-compressed ({content.Length:N0} bytes) and inflates past the limit of {maxBytes:N0} bytes.");
                }

                inflated.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e) when (inflated.Length == 0)
        {
            // zlib's own words ("unsupported compression method") describe any damage; say what it means for the input.
            throw new InputRejectedException(FailureReason.Binary, $"Input is gzip-compressed but its data is damaged from the start and cannot be inflated ({e.Message})");
        }
        catch (InvalidDataException)
        {
            // A stream damaged partway: the page up to the damage, as a truncated page is cleaned as far as it goes.
        }

        return inflated.ToArray();
    }
}
