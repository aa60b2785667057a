using System.Runtime.InteropServices;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>Reads compressed bytes to their end within the input size limit: what a gzip file or an encoded HTTP body inflates to.</summary>
public static class BoundedInflation
{
    /// <summary>
    /// The inflated bytes; a stream damaged partway gives what came before the damage, as a truncated page is cleaned as far as it goes.
    /// Null when not even the start inflates (the caller says what that means for its input).
    /// </summary>
    /// <param name="content">The compressed bytes.</param>
    /// <param name="decompressor">Wraps a stream over <paramref name="content"/> in the decompressing stream.</param>
    /// <param name="format">The compression's name for messages ("gzip", "Brotli").</param>
    /// <param name="sizeHint">What the bytes are expected to inflate to, to size the buffer once.</param>
    /// <param name="maxBytes">The input size limit.</param>
    /// <exception cref="InputRejectedException"><see cref="FailureReason.TooLarge"/> past <paramref name="maxBytes"/>, read no further, so a small bomb costs nothing.</exception>
    public static byte[]? Inflate(ReadOnlyMemory<byte> content, Func<Stream, Stream> decompressor, string format, long sizeHint, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(decompressor);
        using var source = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        using var inflating = decompressor(source);
        using var inflated = new MemoryStream(capacity: (int)Math.Min(maxBytes + 1, Math.Max(4096, sizeHint + 1)));
        // Small reads: a read that meets damage throws away what it had inflated, so this is the most of the page damage can cost.
        var buffer = new byte[16 * 1024];
        try
        {
            for (int read; (read = inflating.Read(buffer)) > 0;)
            {
                if (inflated.Length + read > maxBytes)
                {
                    throw new InputRejectedException(
                        FailureReason.TooLarge,
                        $"Input is {format}-compressed ({content.Length:N0} bytes) and inflates past the limit of {maxBytes:N0} bytes.");
                }

                inflated.Write(buffer, 0, read);
            }
        }
        catch (Exception e) when (IsDamage(e) && inflated.Length == 0)
        {
            return null;
        }
        catch (Exception e) when (IsDamage(e))
        {
            // Damaged partway: the page up to the damage.
        }

        return inflated.ToArray();
    }

    // zlib's streams throw InvalidDataException on bad data; BrotliStream throws InvalidOperationException ("Decoder ran into invalid data").
    private static bool IsDamage(Exception e) => e is InvalidDataException or InvalidOperationException;
}
