using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

/// <summary>A titled list of other stories closing the text (markup trimmed from the AEB page d48aeb9c, wired.com).</summary>
public class TrailingLinkListTrimmerTests
{
    private static readonly string Wired = """
        <p>Maybe Instagram likes it that way. After all, the platform has helped thousands of people monetize their accounts, and it keeps them posting.</p><hr>
        <div class="heading-h3">More Great WIRED Stories</div>
        <ul><li>The strange life and <a href="https://www.wired.com/story/strange-life-mysterious-death-of-virtuoso-coder/">mysterious death of a virtuoso coder</a></li>
        <li>How Facebook <a href="https://www.wired.com/story/facebook-first-amendment-backwards/">gets the First Amendment backward</a></li>
        <li>The enduring power of Asperger's, <a href="https://www.wired.com/story/the-enduring-power-of-aspergers-even-as-a-non-diagnosis/">even as a non-diagnosis</a></li>
        <li>How to opt out of the sites <a href="https://www.wired.com/story/opt-out-data-broker-sites-privacy/">that sell your personal data</a></li>
        <li>What Google's Fitbit buy means <a href="https://www.wired.com/story/google-fitbit-future-of-wearables/">for the future of wearables</a></li>
        <li>👁 A safer way to <a href="https://www.wired.com/story/dawn-song-oasis-labs-data-privacy-wired25/">protect your data</a>; plus, check out the <a href="https://www.wired.com/category/business/artificial-intelligence/">latest news on AI</a></li>
        <li>🏃🏽‍♀️ Want the best tools to get healthy? Check out our Gear team’s picks for the <a href="https://www.wired.com/gallery/best-fitness-tracker/">best fitness trackers</a>, <a href="https://www.wired.com/gallery/best-running-gear/">running gear</a> (including <a href="https://wired.com/gallery/best-trail-running-shoes-round-up/">shoes</a> and <a href="https://www.wired.com/gallery/best-running-socks/">socks</a>)</li></ul>
        """;

    [Fact]
    public void A_titled_list_of_links_closing_the_text_is_dropped_with_its_title()
    {
        var removed = new PruneMap();

        var kept = TrailingLinkListTrimmer.Trim(HtmlTestDocuments.Render(Wired), removed);

        Assert.Equal(["Maybe Instagram likes it that way. After all, the platform has helped thousands of people monetize their accounts, and it keeps them posting."], kept.Select(b => b.Text));
        Assert.Equal("More Great WIRED Stories", removed.Audit[0].Text);
        Assert.All(removed.Audit, r => Assert.Equal(RemovalReasons.Related, r.Reason));
    }

    [Fact]
    public void The_same_list_followed_by_more_of_the_article_is_kept()
    {
        var blocks = HtmlTestDocuments.Render(Wired + $"<p>{HtmlTestDocuments.Paragraph("After")}</p>");

        Assert.Equal(blocks.Count, TrailingLinkListTrimmer.Trim(blocks, new PruneMap()).Count);
    }
}
