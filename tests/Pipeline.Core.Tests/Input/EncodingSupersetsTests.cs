using System.Text;
using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class EncodingSupersetsTests
{
    [Theory]
    [InlineData("ISO-8859-1", 1252)]
    [InlineData("us-ascii", 1252)]
    [InlineData("latin5", 1254)]
    [InlineData("GB2312", 54936)]
    [InlineData("\"gbk\"", 54936)]
    [InlineData("x-gbk", 54936)]
    [InlineData("euc-kr", 949)]
    [InlineData("Shift_JIS", 932)]
    [InlineData("windows-1251", 1251)]
    [InlineData("iso-8859-13", 28603)]
    public void A_charset_label_names_the_encoding_browsers_decode_it_with(string label, int codePage)
    {
        Assert.Equal(codePage, EncodingSupersets.ForLabel(label)?.CodePage);
    }

    [Fact]
    public void An_unknown_label_names_no_encoding()
    {
        Assert.Null(EncodingSupersets.ForLabel("x-user-defined-nonsense"));
    }

    [Fact]
    public void Gb2312_labelled_text_with_gb18030_characters_reads_whole()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // The katakana middle dot is a four-byte GB18030 sequence, outside GB2312.
        var bytes = Encoding.GetEncoding(54936).GetBytes("习近平・讲话");

        Assert.Equal("习近平・讲话", EncodingSupersets.ForLabel("gb2312")!.GetString(bytes));
    }

    [Fact]
    public void Iso8859_13_with_bytes_in_the_control_range_is_read_as_windows_1257()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var baltic = Encoding.GetEncoding(28603);
        var quoted = Encoding.GetEncoding(1257).GetBytes("„Išdavystė“ – sakė jis.");
        var plain = Encoding.GetEncoding(1257).GetBytes("Išdavystė sakė jis.");

        Assert.Equal("„Išdavystė“ – sakė jis.", EncodingSupersets.ForBytes(baltic, quoted).GetString(quoted));
        Assert.Same(baltic, EncodingSupersets.ForBytes(baltic, plain));
        Assert.Equal(1251, EncodingSupersets.ForBytes(Encoding.GetEncoding(1251), quoted).CodePage);
    }
}
