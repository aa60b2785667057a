using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>An author card under the heading: the writer's name, a "Follow" control and a line about them.</summary>
public sealed class AuthorCardTests
{
    private static readonly HtmlMetadataExtractor Extractor = new(RuleSet.Embedded);

    // Trimmed from datasets/trafilatura linkedin.com.hoeltmann: the card's only other byline-like element is its "Follow" link, which
    // must not keep the card from being read.
    private const string Card = "<div class=\"author-info\"><div class=\"mini-profile\"><section class=\"mini-card__content\">"
        + "<h3 class=\"mini-card__title\"><a class=\"mini-profile__title-link\" href=\"https://de.linkedin.com/in/ingahoeltmann\">Inga Hoeltmann</a>"
        + "<a class=\"author-info__follow-button\" href=\"https://www.linkedin.com/login\">Follow</a></h3>"
        + "<h4 class=\"mini-card__subtitle\">Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen. Schwerpunkte: Home-Office &amp; Meetings</h4>"
        + "</section></div></div>";

    [Fact]
    public void Card_with_a_follow_control_credits_the_name_it_shows()
    {
        var html = "<html><head><title>Ich war am Wochenende auf einer Hochzeit im Wendland.</title></head><body><article><header>"
            + "<h1>Ich war am Wochenende auf einer Hochzeit im Wendland.</h1>" + Card + "</header>"
            + "<p>Es war eine schöne Hochzeit mit vielen Gästen, die sich seit Jahren nicht gesehen hatten, und wir haben bis in den Morgen getanzt.</p>"
            + "<p>Am nächsten Tag sprachen wir lange darüber, wie sich unsere Arbeit in den letzten Jahren verändert hat und was noch kommt.</p>"
            + "</article></body></html>";
        Assert.Equal(["Inga Hoeltmann"], MetadataTestPages.Extract(Extractor, html).Authors);
    }
}
