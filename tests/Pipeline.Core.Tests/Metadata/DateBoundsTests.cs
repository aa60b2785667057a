using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class DateBoundsTests
{
    [Theory]
    [InlineData("2020-01-01T00:00:00+00:00", "2020-01-01")]
    [InlineData("2020-01-01T12:00:00+00:00", "2020-01-02")]
    [InlineData("2020-01-01T09:00:00-05:00", "2020-01-02")]
    public void A_stored_file_may_carry_the_date_of_its_storing_instant_in_the_easternmost_time_zone(string storedAt, string latest)
    {
        var bounds = DateBounds.For(DateTimeOffset.Parse(storedAt, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), bounds.Latest);
        Assert.Equal(new DateOnly(1995, 1, 1), bounds.Earliest);
    }

    [Fact]
    public void A_file_stored_at_the_last_representable_instant_is_bounded_by_the_last_day_not_an_overflow() =>
        Assert.Equal(DateOnly.MaxValue, DateBounds.For(DateTimeOffset.MaxValue).Latest);
}
