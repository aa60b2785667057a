using System.Buffers;

namespace Pipeline.Core.Input;

/// <summary>Tells binary files (images, archives, documents) from text before any decoding is attempted.</summary>
public static class BinaryContentDetector
{
    // Text may hold one stray NUL in this many bytes; random or compressed data holds about four.
    private const int BytesPerStrayNul = 1000;

    // Control characters other than NUL, tab, line feed, carriage return, form feed and escape.
    private static readonly SearchValues<byte> StrayControls = SearchValues.Create([.. Enumerable.Range(1, 0x1F).Where(b => b is not ('\t' or '\n' or '\r' or 0x0C or 0x1B)).Select(b => (byte)b)]);

    private static readonly (byte[] Magic, string Format)[] Signatures =
    [
        ("%PDF"u8.ToArray(), "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ("RIFF"u8.ToArray(), "RIFF media"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("MZ"u8.ToArray(), "Windows executable"),
        ([0x00, 0x00, 0x01, 0x00], "icon"),
        ("OggS"u8.ToArray(), "Ogg media"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
    ];

    /// <summary>Returns a description of the binary format, or null when the bytes look like text.</summary>
    /// <param name="content">The raw bytes.</param>
    /// <param name="hasUnicodeBom">True when a UTF-16/32 BOM was found: NUL bytes are then expected.</param>
    public static string? Detect(ReadOnlySpan<byte> content, bool hasUnicodeBom)
    {
        foreach (var (magic, format) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return format;
            }
        }

        if (hasUnicodeBom)
        {
            return null;
        }

        // Text holds no NUL but for a stray one a crawler or a broken encoder left (browsers drop it), and only a few control characters
        // (tab, newlines, form feed, escape in old dumps). Binary formats, even compressed ones without a signature, hold NULs in
        // every few hundred bytes.
        var sample = content[..Math.Min(content.Length, 8192)];
        if (sample.Count((byte)0) * BytesPerStrayNul > sample.Length)
        {
            return "binary data (NUL bytes)";
        }

        // Searched, not looped over byte by byte: in text the other control characters are rare or absent.
        var controls = 0;
        for (var rest = sample; rest.IndexOfAny(StrayControls) is var at and >= 0; rest = rest[(at + 1)..])
        {
            controls++;
        }

        return sample.Length > 0 && controls * 20 > sample.Length ? "binary data (control characters)" : null;
    }
}
