using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public class LeadFinderTests
{
    private static readonly string Body = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{HtmlTestDocuments.Paragraph($"Body {i}")}</p>"));

    [Fact]
    public void Intro_block_in_the_article_header_is_the_lead()
    {
        // As on mpimet.mpg.de and telebasel.ch (trafilatura dataset): the standfirst sits in the header, the body in a sibling.
        var body = HtmlTestDocuments.Body($"""
            <article><header><h1>Title</h1><div class="article-intro"><p>Die frühen 1970er Jahre werden oft als Beginn der Umweltbewegung gesehen.</p></div></header>
            <div class="text">{Body}</div></article>
            """);
        var pruned = new PruneMap();

        var lead = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Same(body.QuerySelector(".article-intro"), lead);
    }

    [Fact]
    public void Linked_teaser_and_blocks_outside_the_article_are_not_a_lead()
    {
        var body = HtmlTestDocuments.Body($"""
            <div class="teaser"><a href="/other">Another story that the site wants you to read next instead</a></div>
            <article><div class="summary"><a href="/x">A linked summary card pointing at a different article entirely</a></div><div class="text">{Body}</div></article>
            """);
        var pruned = new PruneMap();

        var lead = new LeadFinder(HtmlTestDocuments.Patterns).Find(body.QuerySelector(".text")!, body, TextStatistics.Compute(body, pruned), pruned);

        Assert.Null(lead);
    }
}
