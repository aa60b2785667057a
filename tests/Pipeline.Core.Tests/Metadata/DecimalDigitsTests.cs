using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class DecimalDigitsTests
{
    [Theory]
    [InlineData("١٢ مارس ٢٠٢٠", "12 مارس 2020")]
    [InlineData("۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "29 بهمن 1398 - 06:55")]
    [InlineData("१५ अगस्त २०२०", "15 अगस्त 2020")]
    [InlineData("２０２０年１月２日", "2020年1月2日")]
    [InlineData("১৬ ফেব্রুয়ারি ২০২০", "16 ফেব্রুয়ারি 2020")]
    public void Digits_of_other_scripts_are_written_in_ascii_keeping_every_index(string text, string expected)
    {
        var ascii = DecimalDigits.ToAscii(text);
        Assert.Equal(expected, ascii);
        Assert.Equal(text.Length, ascii.Length);
    }

    [Theory]
    [InlineData("No digits at all")]
    [InlineData("Am 5. März 2020 in Köln")]
    [InlineData("x² and ½ are not decimal digits")]
    public void Text_without_other_scripts_digits_is_returned_as_is(string text) =>
        Assert.Same(text, DecimalDigits.ToAscii(text));
}
