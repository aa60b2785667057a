using System.Text;
using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class EncodingSignatureTests
{
    private const string Page = "<html><head><title>Wahl</title></head><body><p>Die Wahl ist entschieden, sagte die Sprecherin am Abend.</p></body></html>";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_told_by_its_rhythm_of_zero_bytes(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Page);

        var signed = EncodingSignature.Detect(bytes);

        Assert.NotNull(signed);
        Assert.Equal((1200 + (bigEndian ? 1 : 0), 0), (signed.Value.Encoding.CodePage, signed.Value.MarkLength));
        Assert.Equal(Page, signed.Value.Encoding.GetString(bytes));
    }

    [Fact]
    public void Cyrillic_utf16_without_a_mark_is_still_told_by_its_markup()
    {
        var page = "<html><body><p>Выборы завершились, сообщила пресс-служба вечером.</p><p>Итоги объявят завтра.</p></body></html>";
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(page);

        Assert.Equal(1200, EncodingSignature.Detect(bytes)?.Encoding.CodePage);
    }

    [Fact]
    public void Binary_data_full_of_zero_bytes_is_not_taken_for_utf16()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        for (var i = 0; i < random.Length; i += 3)
        {
            random[i] = 0;
        }

        // Zero bytes on both sides of each pair (UTF-32, or a table of small integers) are no UTF-16 rhythm either.
        var utf32 = new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(Page);

        Assert.Null(EncodingSignature.Detect(random));
        Assert.Null(EncodingSignature.Detect(utf32));
    }

    [Fact]
    public void Text_with_a_stray_zero_byte_is_not_utf16()
    {
        var bytes = Encoding.UTF8.GetBytes(Page).ToArray();
        bytes[20] = 0;

        Assert.Null(EncodingSignature.Detect(bytes));
    }

    [Fact]
    public void Iso2022jp_is_told_by_its_escapes_into_jis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("iso-2022-jp").GetBytes("<p>東京都は13日、新たに発表した。</p>");

        var signed = EncodingSignature.Detect(bytes);

        Assert.Equal(("iso-2022-jp", 0), (signed?.Encoding.WebName, signed?.MarkLength));
        Assert.Equal("<p>東京都は13日、新たに発表した。</p>", signed?.Encoding.GetString(bytes));
    }

    [Fact]
    public void Terminal_colour_escapes_in_a_text_dump_are_not_iso2022jp()
    {
        var bytes = Encoding.ASCII.GetBytes("\u001b[31mBreaking\u001b[0m: the vote is over.\n\nThe count ended at midnight.");

        Assert.Null(EncodingSignature.Detect(bytes));
    }

    [Fact]
    public void Byte_order_marks_are_read_with_their_length()
    {
        Assert.Equal((65001, 3), Mark([0xEF, 0xBB, 0xBF, 0x41]));
        Assert.Equal((12000, 4), Mark([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
        Assert.Equal((1200, 2), Mark([0xFF, 0xFE, 0x41, 0x00]));
        Assert.Equal((1201, 2), Mark([0xFE, 0xFF, 0x00, 0x41]));
        Assert.Null(EncodingSignature.Detect("plain"u8));

        static (int, int)? Mark(byte[] bytes) => EncodingSignature.Detect(bytes) is { } signed ? (signed.Encoding.CodePage, signed.MarkLength) : null;
    }
}
