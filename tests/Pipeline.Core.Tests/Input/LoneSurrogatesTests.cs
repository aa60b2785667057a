using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public sealed class LoneSurrogatesTests
{
    [Theory]
    [InlineData(@"{""a"":""cut \ud83d""}", @"{""a"":""cut ""}")]
    [InlineData(@"{""a"":""\uDE00first""}", @"{""a"":""first""}")]
    [InlineData(@"{""a"":""\ud83d\u0041""}", @"{""a"":""\u0041""}")]
    [InlineData(@"{""a"":""pair \ud83d\ude00 kept""}", @"{""a"":""pair \ud83d\ude00 kept""}")]
    [InlineData(@"{""a"":""a backslash, then text: \\ud83d""}", @"{""a"":""a backslash, then text: \\ud83d""}")]
    [InlineData(@"{""a"":""\ud83d", @"{""a"":""")]
    public void Escaped_lone_surrogates_are_dropped_and_pairs_stay(string json, string expected) =>
        Assert.Equal(expected, LoneSurrogates.DroppedFromJson(json));

    [Fact]
    public void Raw_lone_surrogates_are_dropped_and_raw_pairs_stay()
    {
        // Built in code: a lone surrogate does not survive an attribute's UTF-8 encoding.
        var json = "{\"a\":\"raw " + '\ud83d' + " cut, pair \ud83d\ude00, low " + '\ude00' + "\"}";

        Assert.Equal("{\"a\":\"raw  cut, pair \ud83d\ude00, low \"}", LoneSurrogates.DroppedFromJson(json));
    }

    [Fact]
    public void Text_without_surrogates_is_returned_as_it_is()
    {
        const string json = @"{""headline"":""Harbour ferry returns \u00e9""}";

        Assert.Same(json, LoneSurrogates.DroppedFromJson(json));
    }
}
