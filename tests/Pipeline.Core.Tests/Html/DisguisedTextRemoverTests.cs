using Pipeline.Core.Html;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Html;

public class DisguisedTextRemoverTests
{
    [Fact]
    public void An_advertisement_spelled_with_cyrillic_look_alike_letters_is_dropped()
    {
        // As on breakingbelizenews.com (trafilatura dataset): Cyrillic а, е, і, ѕ, о, с, у stand in for Latin letters all through the plug.
        const string Plug = "Аdvеrtіѕе wіth thе most visited news site in Веlіzе ~ Wе оffеr fullу сuѕtоmіzаblе аnd flехіblе dіgіtаl mаrkеtіng расkаgеѕ.";
        var story = HtmlTestDocuments.Paragraph("Story");
        var removed = new PruneMap();

        var kept = DisguisedTextRemover.Remove([new TextBlock(story, TextBlockKind.Paragraph), new TextBlock(Plug, TextBlockKind.Paragraph)], removed);

        Assert.Equal([story], kept.Select(b => b.Text));
        Assert.Equal((RemovalReasons.Advertisement, Plug), Assert.Single(removed.Audit) is var r ? (r.Reason, r.Text) : default);
    }
}
