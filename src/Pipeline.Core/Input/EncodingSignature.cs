using System.Text;

namespace Pipeline.Core.Input;

/// <summary>Encodings the bytes announce by themselves, ahead of any declaration or statistics: a byte order mark, UTF-16 without one, ISO-2022-JP escapes.</summary>
public static class EncodingSignature
{
    // Enough bytes to tell a pattern of alternating NULs from text with a stray one; HTML markup alone fills a few hundred.
    private const int WideSampleBytes = 8192;

    private const int MinWideSampleBytes = 64;

    static EncodingSignature() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding the bytes announce and the length of its mark (0 when no mark was written), or null when they announce none.</summary>
    public static (Encoding Encoding, int MarkLength)? Detect(ReadOnlySpan<byte> bytes)
    {
        if (ByteOrderMark(bytes) is { } marked)
        {
            return marked;
        }

        if (Utf16WithoutMark(bytes) is { } wide)
        {
            return (wide, 0);
        }

        return Iso2022Jp(bytes) ? (Encoding.GetEncoding("iso-2022-jp"), 0) : null;
    }

    private static (Encoding, int)? ByteOrderMark(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false), 3);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (new UTF32Encoding(false, false), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (new UTF32Encoding(true, false), 4);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false), 2);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false), 2);
        return null;
    }

    /// <summary>
    /// UTF-16 saved without a byte order mark (Windows tools do this): markup and Latin text make most code units an ASCII character with a
    /// zero byte beside it, always on the same side. Binary data has NULs too, but not in that rhythm, and not around printable ASCII.
    /// </summary>
    private static UnicodeEncoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, WideSampleBytes) & ~1)];
        if (sample.Length < MinWideSampleBytes || !sample.Contains((byte)0))
        {
            return null;
        }

        int asciiLow = 0, asciiHigh = 0, nul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i + 1] == 0 && IsTextAscii(sample[i])) asciiLow++;
            if (sample[i] == 0 && IsTextAscii(sample[i + 1])) asciiHigh++;
            if (sample[i] == 0 && sample[i + 1] == 0) nul++;
        }

        // A quarter of the code units or more ASCII text (markup, spaces, digits: a Chinese or Cyrillic page has that much), on one side
        // only, and hardly a NUL character (UTF-32 and tables of small numbers have zero bytes on both sides).
        var units = sample.Length / 2;
        var bigEndian = asciiHigh > asciiLow;
        var ascii = Math.Max(asciiLow, asciiHigh);
        if (ascii * 4 <= units || Math.Min(asciiLow, asciiHigh) * 20 > units || nul * 20 > units)
        {
            return null;
        }

        var strict = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            // A cut at the sample's end may split a surrogate pair; everything before it must be well-formed UTF-16.
            strict.GetCharCount(sample[..Math.Max(0, sample.Length - 4)]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return new UnicodeEncoding(bigEndian, byteOrderMark: false);
    }

    private static bool IsTextAscii(byte b) => b is (>= 0x20 and < 0x7F) or (byte)'\t' or (byte)'\n' or (byte)'\r';

    /// <summary>
    /// ISO-2022-JP is 7-bit: every byte is ASCII, so the bytes are valid UTF-8 too and would be read as such, escapes and all. Its escapes
    /// into JIS X 0208 (ESC $ @, ESC $ B) or JIS X 0201 (ESC ( J, ESC ( I) never occur in text of any other encoding.
    /// </summary>
    private static bool Iso2022Jp(ReadOnlySpan<byte> bytes)
    {
        var escape = bytes.IndexOf((byte)0x1B);
        if (escape < 0 || !Ascii.IsValid(bytes))
        {
            return false;
        }

        for (var rest = bytes[escape..]; rest.Length >= 3; rest = rest[1..])
        {
            var at = rest.IndexOf((byte)0x1B);
            if (at < 0 || rest.Length - at < 3)
            {
                return false;
            }

            rest = rest[at..];
            if ((rest[1] == (byte)'$' && rest[2] is (byte)'@' or (byte)'B') || (rest[1] == (byte)'(' && rest[2] is (byte)'J' or (byte)'I'))
            {
                return true;
            }
        }

        return false;
    }
}
