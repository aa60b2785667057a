using Pipeline.Core.Html;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>A date in another story's teaser dates that story, not the page.</summary>
public sealed class TeaserDateTests
{
    private static readonly Uri Page = new("https://example.org/news/this-story");

    [Theory]
    [InlineData("<li><time>03.05.2021</time><a href=\"/news/other-story\">Wieviel Haus kann ich mir leisten?</a></li>", true)]
    [InlineData("<li><time>03.05.2021</time><a href=\"/news/this-story\">Wieviel Haus kann ich mir leisten?</a></li>", false)]
    [InlineData("<li><time>03.05.2021</time> von <a href=\"/autor/jane\">Jane Doe</a></li>", false)]
    [InlineData("<li><a href=\"/news/other-story\"><time>03.05.2021</time> Wieviel Haus kann ich mir leisten?</a></li>", true)]
    [InlineData("<li><time><a href=\"/archiv/2021/05/03/\">03.05.2021</a></time> Wieviel Haus kann ich mir leisten?</li>", false)]
    public void A_date_beside_or_inside_a_link_titling_another_page_is_a_teasers(string item, bool expected)
    {
        using var document = HtmlDocumentParser.Parse($"<html><body><ul>{item}</ul></body></html>");
        Assert.Equal(expected, TeaserDate.DatesOtherStory(document.QuerySelector("time")!, Page));
    }

    [Theory]
    [InlineData("/news/this-story/", false)]
    [InlineData("https://example.org/news/this-story?page=2", false)]
    [InlineData("https://other.example/news/this-story", true)]
    [InlineData("/news/other-story", true)]
    public void A_link_leads_elsewhere_unless_it_names_this_page(string href, bool expected) =>
        Assert.Equal(expected, TeaserDate.LinksElsewhere(href, Page));
}
