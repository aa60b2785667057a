using System.Text.Json;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Html;

public class AebPagesTests
{
    private static readonly string AebFolder = Path.Combine(RepositoryPaths.Datasets, "aeb");

    [Fact]
    public void Every_aeb_page_is_cleaned_into_an_article_without_an_exception()
    {
        var cleaner = new ArticleCleaner();
        var failures = new List<string>();
        var pages = Directory.GetFiles(Path.Combine(AebFolder, "html"), "*.html.gz");
        foreach (var page in pages)
        {
            var outcome = cleaner.Clean(new RawInput(DatasetFiles.ReadGzip(page), Path.GetFileName(page), "text/html", null));
            if (!outcome.Succeeded || outcome.Result!.Articles.Count == 0 || outcome.Result.Articles[0].Text.Length == 0)
            {
                failures.Add($"{Path.GetFileName(page)}: {outcome.Failure?.Message}");
            }
        }

        Assert.Equal(118, pages.Length);
        Assert.Empty(failures);
    }

    [Fact]
    public void Whole_messages_under_a_you_may_like_heading_are_not_kept_with_the_message()
    {
        // aeb/b3c19dd5…: one message, then seven whole messages in <article>s under "Você pode gostar..."; they hold more prose than the message.
        const string id = "b3c19dd5f0612d098788fa5173e491b3280da6226b492f8fe110f4ab1896cca8";
        var outcome = new ArticleCleaner().Clean(new RawInput(DatasetFiles.ReadGzip(Path.Combine(AebFolder, "html", id + ".html.gz")), id, "text/html", null));

        var paragraphs = outcome.Result!.Articles[0].Text.Split("\n\n");
        Assert.StartsWith("Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida.", paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("A vida requer da gente otimismo", StringComparison.Ordinal));
    }

    [Fact]
    public void Aeb_page_body_starts_and_ends_like_its_ground_truth()
    {
        // aeb/042bb7b5…: a gaming feature; ground truth from scrapinghub/article-extraction-benchmark.
        const string id = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856";
        using var truthFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(AebFolder, "ground-truth.json")));
        var truth = truthFile.RootElement.GetProperty(id).GetProperty("articleBody").GetString()!;
        var truthParagraphs = truth.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var outcome = new ArticleCleaner().Clean(new RawInput(DatasetFiles.ReadGzip(Path.Combine(AebFolder, "html", id + ".html.gz")), id, "text/html", null));

        var paragraphs = outcome.Result!.Articles[0].Text.Split("\n\n");
        Assert.Equal(WhitespaceFolder.FoldLine(truthParagraphs[0]), paragraphs[0]);
        Assert.Equal(WhitespaceFolder.FoldLine(truthParagraphs[^1]), paragraphs[^1]);
    }
}
