using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>An agency's story credited only to the agency names its reporters on the closing line (through the whole engine, which finds the story's last lines).</summary>
public sealed class AgencyReportersTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private const string Story = "<p>The city council voted on Tuesday to approve the new budget for the coming year, which includes funding for parks and roads.</p>"
        + "<p>Officials said the plan would be reviewed again in the spring after public hearings had been held in each neighbourhood.</p>";

    [Fact]
    public void Agency_credit_gains_the_reporters_the_closing_line_names()
    {
        var article = Clean("<meta name=\"author\" content=\"Reuters\">", "<p>(Reporting by Jane Doe; Editing by Tom Brown)</p>");
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal(["Reuters"], article.Agencies);
    }

    [Fact]
    public void Person_already_credited_is_not_joined_by_the_closing_reporters() =>
        Assert.Equal(["Anna Schmidt"], Clean("<meta name=\"author\" content=\"Anna Schmidt\">", "<p>(Reporting by Jane Doe; Editing by Tom Brown)</p>").Authors);

    // datasets/aeb: a Reuters story on another site, credited to Reuters, closing "(Reporting by Will Dunham; Editing by Tom Brown)".
    [Fact]
    public void Wire_story_on_another_site_credits_its_reporter()
    {
        var path = Path.Combine(RepositoryPaths.Datasets, "aeb", "html", "359fee228518d55b921194561e9ca88e428df81940246f8fac7a75398377daea.html.gz");
        var outcome = Cleaner.Clean(new RawInput(DatasetFiles.ReadGzip(path), "359fee22.html", "text/html", null));
        Assert.True(outcome.Succeeded);
        Assert.Equal(["Will Dunham"], outcome.Result.Articles[0].Authors);
        Assert.Equal(["Reuters"], outcome.Result.Articles[0].Agencies);
    }

    private static Pipeline.Core.Model.Article Clean(string head, string closing)
    {
        var html = "<html><head><title>Council approves budget</title>" + head + "</head><body><article><h1>Council approves budget</h1>"
            + Story + closing + "</article></body></html>";
        var outcome = Cleaner.Clean(new RawInput(System.Text.Encoding.UTF8.GetBytes(html), "page.html", "text/html", null));
        Assert.True(outcome.Succeeded);
        return outcome.Result.Articles[0];
    }
}
