using System.Buffers;
using System.IO.Compression;

namespace Pipeline.Core.Input;

/// <summary>
/// Undoes an HTTP body's Content-Encoding that the bytes do not announce themselves: Brotli ("br") and "deflate" carry no magic number
/// as gzip does. Browser-based archivers (Browsertrix, ArchiveWeb.page) store bodies as the server sent them.
/// </summary>
public static class EncodedBody
{
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127]);

    /// <summary>
    /// The decoded body and the encoding's name, or null when <paramref name="contentEncoding"/> names no encoding undone here or the body
    /// does not decode (curl <c>--compressed -i</c> keeps the header over a body it has decoded already).
    /// </summary>
    /// <exception cref="Cleaning.InputRejectedException">With <see cref="Cleaning.FailureReason.TooLarge"/> when the body inflates past <paramref name="maxBytes"/>.</exception>
    public static (byte[] Body, string Encoding)? Decode(ReadOnlyMemory<byte> body, string? contentEncoding, long maxBytes)
    {
        // The encoding applied last is undone first; gzip is told by its magic number before this is asked.
        var encoding = contentEncoding?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();
        if (encoding is not ("br" or "deflate") || LooksDecoded(body.Span))
        {
            return null;
        }

        // Text compresses about fourfold; the buffer grows past that if it must.
        var sizeHint = body.Length * 4L;
        var decoded = encoding == "br"
            ? BoundedInflation.Inflate(body, static source => new BrotliStream(source, CompressionMode.Decompress), "Brotli", sizeHint, maxBytes)

            // "deflate" means a zlib stream, but servers have long sent raw deflate under that name, as browsers accept.
            : BoundedInflation.Inflate(body, static source => new ZLibStream(source, CompressionMode.Decompress), "deflate", sizeHint, maxBytes)
                ?? BoundedInflation.Inflate(body, static source => new DeflateStream(source, CompressionMode.Decompress), "deflate", sizeHint, maxBytes);
        return decoded is { Length: > 0 } ? (decoded, encoding) : null;
    }

    /// <summary>
    /// Text in any 8-bit encoding or UTF-8 has no control bytes but white space in its first few hundred bytes; compressed bytes, near random,
    /// have one in nine.
    /// </summary>
    private static bool LooksDecoded(ReadOnlySpan<byte> body) => body[..Math.Min(body.Length, 512)].IndexOfAny(ControlBytes) < 0;
}
