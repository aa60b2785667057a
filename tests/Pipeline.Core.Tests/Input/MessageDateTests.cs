using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class MessageDateTests
{
    [Theory]
    [InlineData("Wed, 14 May 2025 10:00:00 GMT", "2025-05-14T10:00:00+00:00")]
    [InlineData(" Wed, 14 May 2025 10:00:00 -0000", "2025-05-14T10:00:00+00:00")]
    [InlineData("Wed, 14 May 2025 10:00:00 -0700 (PDT)", "2025-05-14T10:00:00-07:00")]
    [InlineData("Tue, 14 May 2025 10:00:00 GMT", "2025-05-14T10:00:00+00:00")]
    [InlineData("14 May 2025 10:00:00 +0200", "2025-05-14T10:00:00+02:00")]
    public void A_date_header_reads_as_its_instant_whatever_its_comment_or_weekday(string header, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MessageDate.Parse(header));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT")]
    public void A_value_that_is_no_date_reads_as_none(string? header)
    {
        Assert.Null(MessageDate.Parse(header));
    }
}
