using System.Text;

namespace Pipeline.Core.Input;

/// <summary>
/// The encoding to decode with for a declared or detected one: the superset browsers use for its label (WHATWG Encoding), and a Windows
/// code page instead of its ISO-8859 model when the bytes use the range ISO-8859 leaves to control characters.
/// </summary>
public static class EncodingSupersets
{
    static EncodingSupersets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding a charset label names, widened as browsers widen it, or null for a label .NET does not know.</summary>
    public static Encoding? ForLabel(string label)
    {
        var trimmed = label.Trim().Trim('"', '\'').ToLowerInvariant();
        var codePage = trimmed switch
        {
            // Pages labelled Latin-1 or ASCII are written in Windows-1252 (curly quotes, dashes, euro sign at 0x80-0x9F).
            "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp819" => 1252,
            "iso-8859-9" or "iso8859-9" or "iso_8859-9" or "latin5" or "l5" => 1254,
            // GB2312 and GBK pages use GB18030's four-byte characters as well; .NET's GB2312 decoder turns them into "??".
            "gb2312" or "gbk" or "x-gbk" or "chinese" or "csgb2312" or "gb_2312" or "gb_2312-80" or "iso-ir-58" or "csiso58gb231280" or "cp936"
                or "windows-936" => 54936,
            // EUC-KR pages use the Hangul syllables of Microsoft's extension (code page 949) that .NET's strict EUC-KR lacks.
            "euc-kr" or "cseuckr" or "korean" or "ks_c_5601-1987" or "ks_c_5601-1989" or "ksc5601" or "ksc_5601" or "iso-ir-149"
                or "windows-949" => 949,
            _ => 0,
        };

        if (codePage != 0)
        {
            return Encoding.GetEncoding(codePage);
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="encoding"/>, or Windows-1257 when it is ISO-8859-13 and <paramref name="bytes"/> hold any of 0x80-0x9F: ISO-8859-13 has
    /// only control characters there, and Windows-1257 (the same letters, its quotes moved into that range) the quotes and dashes the
    /// writer meant. Detection cannot tell the two apart by their letters. (ISO-8859-1 and -9 labels are widened to their Windows pages already.)
    /// </summary>
    public static Encoding ForBytes(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage == Iso8859Baltic && bytes.IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0 ? Encoding.GetEncoding(1257) : encoding;
    }

    private const int Iso8859Baltic = 28603;
}
