using Pipeline.Core.Tests.Html;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Who wrote a real page of the datasets, as the whole HTML extractor reads it: bylines that only looked like bylines.</summary>
public sealed class DatasetPageBylineTests
{
    [Theory]
    // The side navigation's "By Cuisine", "By Occasion", "Quick & Easy Recipes" ran together above the recipe's heading.
    [InlineData("nestle-family-com-chicken.html.gz", new string[0])]
    // A bold paragraph heads the product the prose above it names ("wir sprechen vom … Alp Race Gurtzeug").
    [InlineData("bergsteigen.com-skibergsteigen.html.gz", new string[0])]
    // The dek ends "… Von Armin Schwibach" and the story opens "Rom (kath.net/as)".
    [InlineData("kath.net-Menschensohn.html.gz", new[] { "Armin Schwibach" })]
    // A box's heading ("Die Hochzeitslocation") was read before the labelled "Autor: Samuel Diekmann (Sponsored Post)".
    [InlineData("archive.org.rent-a-pastor.com.hochzeitslokation.html.gz", new[] { "Samuel Diekmann" })]
    public void Trafilatura_page_credits_only_its_writer(string file, string[] authors)
    {
        var article = HtmlTestDocuments.ExtractDatasetPage("trafilatura", "html", file).Articles[0];
        Assert.Equal(authors, article.Authors);
    }
}
