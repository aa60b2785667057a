using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class MediaDescriptionBodyTests
{
    // zdf.de.corona (trafilatura dataset): the player's caption block opens with the byline, then prints the page's description.
    private const string Description = "New York ist das Epizentrum der Corona-Pandemie in den USA. Auch der Sport ist zum Stillstand gekommen. Die Anteilnahme in den Top-Ligen ist groß. Wie es sportlich weitergeht, ist unklar.";

    [Fact]
    public void A_removed_caption_printing_the_description_gives_the_description_as_one_paragraph()
    {
        RemovedBlock[] removed = [new(RemovalReasons.Navigation, "Startseite Sport"), new(RemovalReasons.Caption, "von Andreas Kürten " + Description + " 2 min")];

        var block = MediaDescriptionBody.Find(Description, removed);

        Assert.Equal(new TextBlock(Description, TextBlockKind.Paragraph), block);
    }

    [Fact]
    public void The_description_printed_only_outside_captions_gives_nothing()
    {
        // A teaser or a lead box repeating the description is another page's or the page's furniture, not a media item's description.
        RemovedBlock[] removed = [new(RemovalReasons.Related, Description), new(RemovalReasons.Boilerplate, Description)];

        Assert.Null(MediaDescriptionBody.Find(Description, removed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Video: US-Sport in Zeiten von Corona")]
    public void A_missing_or_short_description_gives_nothing_even_when_a_caption_prints_it(string? description)
    {
        RemovedBlock[] removed = [new(RemovalReasons.Caption, "Video: US-Sport in Zeiten von Corona")];

        Assert.Null(MediaDescriptionBody.Find(description, removed));
    }
}
