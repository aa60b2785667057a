using AngleSharp.Html.Parser;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class MetaTagsTests
{
    // Trimmed from a journal article page (datasets/trafilatura, link.springer.com.1007): its reference list marks each cited work up.
    private const string CitingPage = """
        <html><head><meta name="dc.creator" content="Marwan H. Adwan"></head><body>
        <article itemscope itemtype="http://schema.org/ScholarlyArticle">
        <meta itemprop="datePublished" content="2017-01-30">
        <ol><li class="c-article-references__item" itemprop="citation" itemscope="itemscope" itemtype="http://schema.org/ScholarlyArticle">
        <meta itemprop="author" content="NH. Shear, SP. Spielberg, " /><meta itemprop="datePublished" content="1988" />
        <p>Shear NH, Spielberg SP. Anticonvulsant hypersensitivity syndrome. J Clin Investig. 1988;82(6):1826.</p></li></ol>
        </article></body></html>
        """;

    [Fact]
    public void Itemprop_metas_of_a_cited_work_are_not_the_pages()
    {
        var tags = MetaTags.Read(new HtmlParser().ParseDocument(CitingPage));
        Assert.Empty(tags.All("author"));
        Assert.Equal(["2017-01-30"], tags.All("datepublished"));
        Assert.Equal(["Marwan H. Adwan"], tags.All("dc.creator"));
    }
}
