using System.Text;
using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public sealed class BinaryContentDetectorTests
{
    [Fact]
    public void Text_with_tabs_newlines_form_feeds_escapes_and_a_few_stray_controls_is_text()
    {
        var text = string.Concat(Enumerable.Repeat("Line\twith tab\r\n\f\u001b", 200)) + "\u0001\u0002";
        Assert.Null(BinaryContentDetector.Detect(Encoding.UTF8.GetBytes(text), hasUnicodeBom: false));
    }

    [Fact]
    public void Bytes_where_more_than_one_in_twenty_is_a_stray_control_are_binary()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcdefghijklmnopq\u0007\u0008\u000e", 100)));
        Assert.Equal("binary data (control characters)", BinaryContentDetector.Detect(bytes, hasUnicodeBom: false));
    }

    [Fact]
    public void A_nul_byte_makes_binary_data() =>
        Assert.Equal("binary data (NUL bytes)", BinaryContentDetector.Detect("text\0more"u8, hasUnicodeBom: false));

    [Fact]
    public void Only_the_first_8_kilobytes_are_judged()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', 8192) + new string('\u0001', 1000));
        Assert.Null(BinaryContentDetector.Detect(bytes, hasUnicodeBom: false));
    }
}
