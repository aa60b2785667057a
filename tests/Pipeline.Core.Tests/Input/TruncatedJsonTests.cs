using System.Text;
using System.Text.Json;
using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class TruncatedJsonTests
{
    private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    [Theory]
    [InlineData("{\"url\": \"https://example.org/a\", \"html\": \"<p>Ministers met\\non Tues", "{\"url\": \"https://example.org/a\", \"html\": \"<p>Ministers met\\non Tues\"}")]
    [InlineData("{\"html\": \"<p>caf\\u00", "{\"html\": \"<p>caf\"}")]
    [InlineData("{\"html\": \"<p>a\\\\", "{\"html\": \"<p>a\\\\\"}")]
    [InlineData("{\"html\": \"<p>a\\", "{\"html\": \"<p>a\"}")]
    [InlineData("{\"data\": {\"rawHtml\": \"<p>a\", \"meta", "{\"data\": {\"rawHtml\": \"<p>a\"}}")]
    [InlineData("{\"data\": {\"status\": 20", "{\"data\": {\"status\": null}}")]
    [InlineData("{\"items\": [\"<p>a\", \"<p>b", "{\"items\": [\"<p>a\", \"<p>b\"]}")]
    [InlineData("[\"<p>a", "[\"<p>a\"]")]
    [InlineData("{\"html\"", "{}")]
    [InlineData("{\"html\": \"<a href=\\\"https://example.org\\\">a, b", "{\"html\": \"<a href=\\\"https://example.org\\\">a, b\"}")]
    [InlineData("[\"<p>a\", 12", "[\"<p>a\"]")]
    public void Json_cut_off_is_closed_where_it_stops(string cut, string closed)
    {
        var result = TruncatedJson.Close(Encoding.UTF8.GetBytes(cut), Options);

        Assert.Equal(closed, Encoding.UTF8.GetString(result!));
        using var parsed = JsonDocument.Parse(result);
    }

    [Theory]
    [InlineData("{\"html\": \"<p>a\"}")]
    [InlineData("{\"html\": \"<p>a\"}}")]
    [InlineData("{\"html\" \"<p>a\"")]
    public void Whole_or_damaged_json_is_not_closed(string json)
    {
        Assert.Null(TruncatedJson.Close(Encoding.UTF8.GetBytes(json), Options));
    }
}
