using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Core.Text;
using Pipeline.Core.Text.Stages;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

public class PostStructureTests
{
    private const string Paragraph = "The United States and Russia have reached agreement on a cease-fire in southwest Syria, three US officials said on Friday.";

    [Fact]
    public void Page_is_cut_after_each_run_of_closers()
    {
        var blocks = new NavigationDetector(Patterns).Apply(new SyndicationLineDetector(Patterns).Apply(new AdSlotClassifier(Patterns).Apply(Page(
            "US, Russia discuss Syria ceasefire", "", Paragraph, "", "Source: Reuters", "", "Read more", "", "Advertisements", "",
            "US, Russia must agree on Syria: UN envoy", "", Paragraph, "", "Source: AFP"))));
        Assert.Equal([new TextSegment(0, 5), new TextSegment(5, 8)], ArticleSplitter.Split(blocks));
    }

    [Fact]
    public void Body_region_skips_the_menu_and_keeps_a_subheading_between_paragraphs()
    {
        var blocks = Page("• Home", "• World", "Sections", "Search", "", Paragraph, "", "Open-ended agreement", "", Paragraph + " More.", "", "Privacy", "Terms");
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(new MainTextRegion(4, 6), region);
    }

    [Fact]
    public void Related_heading_ends_a_substantial_body_even_before_more_prose()
    {
        var body = Enumerable.Range(1, 8).Select(i => $"{Paragraph} Paragraph {i}.");
        var teasers = Enumerable.Range(1, 12).Select(i => $"{Paragraph} Teaser {i}.");
        var blocks = Page([.. body, "More Blog Stories", .. teasers]);
        var region = new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count));
        Assert.Equal(new MainTextRegion(0, 7), region);
    }

    [Fact]
    public void Indented_teaser_box_after_the_body_is_not_body()
    {
        var teaser = "        Our family always celebrates anniversaries, but not this week. A year ago Tuesday, our father was arrested in Tokyo.";
        var blocks = TextBlockReader.Read(string.Join("\n", Paragraph, "", Paragraph + " Again.", "", "        Carlos Ghosn and the dark side of Japanese justice", "", teaser, "", teaser + " Twice.", "", teaser + " Thrice."));
        Assert.Equal(8, blocks[4].Indent);
        Assert.Equal(new MainTextRegion(0, 1), new MainTextSelector(Patterns).Select(blocks, new TextSegment(0, blocks.Count)));
    }

    [Fact]
    public void Source_part_of_a_byline_is_an_agency_check_never_a_person()
    {
        var reader = new BylineReader(Patterns, new BylineParser(RuleSet.Embedded.Metadata));
        var byline = reader.Read("Reporting by: Wladimir van Wilgenburg | Source: ARA News");
        Assert.Equal(["Wladimir van Wilgenburg"], byline.Authors);
        Assert.Empty(byline.Agencies);
        Assert.Equal(["AFP"], reader.Read("by AFP").Agencies);
    }
}
