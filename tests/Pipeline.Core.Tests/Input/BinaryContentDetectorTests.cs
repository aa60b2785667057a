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
    public void A_nul_byte_in_a_few_bytes_makes_binary_data() =>
        Assert.Equal("binary data (NUL bytes)", BinaryContentDetector.Detect("text\0more"u8, hasUnicodeBom: false));

    [Fact]
    public void A_stray_nul_in_a_page_of_text_leaves_it_text()
    {
        // A crawler or a broken encoder leaves one now and then; browsers drop it.
        var page = Encoding.UTF8.GetBytes("<html><body><p>" + new string('x', 4000) + "\0" + new string('y', 4000) + "</p></body></html>");
        Assert.Null(BinaryContentDetector.Detect(page, hasUnicodeBom: false));
    }

    [Fact]
    public void Nuls_in_more_than_one_byte_in_a_thousand_make_binary_data()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(new string('a', 499) + "\0", 16)));
        Assert.Equal("binary data (NUL bytes)", BinaryContentDetector.Detect(bytes, hasUnicodeBom: false));
    }

    [Fact]
    public void Only_the_first_8_kilobytes_are_judged()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', 8192) + new string('\u0001', 1000));
        Assert.Null(BinaryContentDetector.Detect(bytes, hasUnicodeBom: false));
    }
}
