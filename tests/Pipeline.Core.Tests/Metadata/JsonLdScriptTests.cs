using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class JsonLdScriptTests
{
    [Theory]
    [InlineData("application/ld+json", true)]
    [InlineData("Application/LD+JSON; charset=utf-8", true)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void Only_scripts_typed_as_json_ld_are_read(string? type, bool expected)
    {
        var attribute = type is null ? string.Empty : $" type=\"{type}\"";
        var script = new HtmlParser().ParseDocument($"<html><head><script{attribute}>{{}}</script></head></html>").QuerySelector("script")!;

        Assert.Equal(expected, JsonLdScript.IsJsonLd(script));
    }

    [Theory]
    [InlineData("<![CDATA[{\"headline\":\"A\"}]]>")]
    [InlineData("/* <![CDATA[ */ {\"headline\":\"A\"} /* ]]> */")]
    [InlineData("{\"headline\":\"A\",}")]
    [InlineData("{\"headline\":\"A\" /* the title */}")]
    public void Cdata_wrappers_trailing_commas_and_comments_are_forgiven(string text)
    {
        using var json = JsonLdScript.Parse(text);

        Assert.NotNull(json);
        Assert.Equal("A", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Raw_line_breaks_and_tabs_inside_strings_read_as_spaces()
    {
        using var json = JsonLdScript.Parse("{\"headline\":\"Two\nlines\tand a tab\"}");

        Assert.NotNull(json);
        Assert.Equal("Two lines and a tab", json.RootElement.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("window.dataLayer = [];")]
    public void Empty_or_non_json_text_is_no_document(string text) => Assert.Null(JsonLdScript.Parse(text));

    [Fact]
    public void A_string_holding_half_an_emoji_reads_without_the_half()
    {
        using var json = JsonLdScript.Parse(@"{""headline"":""Harbour ferry returns \ud83d"",""author"":{""name"":""Jane Doe""}}");

        Assert.NotNull(json);
        Assert.Equal("Harbour ferry returns ", json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Jane Doe", json.RootElement.GetProperty("author").GetProperty("name").GetString());
    }
}
