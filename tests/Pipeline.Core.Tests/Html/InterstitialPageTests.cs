using Pipeline.Core.Html;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public sealed class InterstitialPageTests
{
    private static readonly InterstitialPage Pages = new(RuleSet.Embedded.Html);

    [Theory]
    [InlineData("You will be connected to www.thelocal.se in just a moment...")]
    [InlineData("Checking your browser before accessing example.com.")]
    [InlineData("Please verify you are a human")]
    public void A_short_page_saying_a_bot_checks_the_reader_is_an_interstitial(string text) =>
        Assert.Equal(text, Pages.Notice([new TextBlock("Ray ID: 5f1c", TextBlockKind.Paragraph), new TextBlock(text, TextBlockKind.Paragraph)]));

    [Fact]
    public void An_article_that_mentions_a_bot_check_is_no_interstitial()
    {
        var story = string.Concat(Enumerable.Repeat("The company said its new filter kept scrapers out of the ticket shop for a week. ", 8));

        Assert.Null(Pages.Notice([new TextBlock(story, TextBlockKind.Paragraph), new TextBlock("Fans saw a page saying \"checking your browser\" for hours.", TextBlockKind.Paragraph)]));
    }

    [Fact]
    public void A_short_page_without_such_a_phrase_is_no_interstitial() =>
        Assert.Null(Pages.Notice([new TextBlock("The ferry leaves at nine; tickets are sold on board.", TextBlockKind.Paragraph)]));
}
