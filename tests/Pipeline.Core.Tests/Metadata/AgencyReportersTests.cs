using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
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

    // datasets/aeb-text: the same story as w3m printed it; the credit line stays the story's last paragraph, as in the HTML path.
    [Fact]
    public void Wire_story_as_text_credits_its_reporter_and_keeps_the_credit_line()
    {
        var article = Pipeline.Core.Tests.Text.TextFixtures.CleanDump("359fee22");
        Assert.Equal(["Will Dunham"], article.Authors);
        Assert.EndsWith("\n\n(Reporting by Will Dunham; Editing by Tom Brown)", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(Reporting by Will Dunham; Editing by Tom Brown)", "Will Dunham")]
    [InlineData("Reporting by Jane Doe and John Roe; Writing by Max Mustermann", "Jane Doe|John Roe|Max Mustermann")]
    public void A_closing_credit_names_its_reporters_and_writers_not_its_editors(string line, string authors) =>
        Assert.Equal(authors.Split('|'), ReportingCredit.Read(line, new BylineParser(RuleSet.Embedded.Metadata))!.Authors);

    [Fact]
    public void An_editing_credit_alone_names_no_reporter() => Assert.Null(ReportingCredit.Read("(Editing by Tom Brown)", new BylineParser(RuleSet.Embedded.Metadata)));

    private static Pipeline.Core.Model.Article Clean(string head, string closing)
    {
        var html = "<html><head><title>Council approves budget</title>" + head + "</head><body><article><h1>Council approves budget</h1>"
            + Story + closing + "</article></body></html>";
        var outcome = Cleaner.Clean(new RawInput(System.Text.Encoding.UTF8.GetBytes(html), "page.html", "text/html", null));
        Assert.True(outcome.Succeeded);
        return outcome.Result.Articles[0];
    }
}
