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

    [Theory]
    [InlineData("Компания Apple представила новый iPhone 15 Pro в Купертино, сообщает Reuters.")]
    [InlineData("Η Microsoft ανακοίνωσε ότι το Windows 11 θα είναι δωρεάν για όλους.")]
    [InlineData("The Russian word спасибо means thank you, and пожалуйста means please.")]
    [InlineData("Свежие новости: Вoсток и Зaпад договорились о встрече в Женеве в понедельник.")]
    public void Text_quoting_another_script_or_with_a_stray_look_alike_letter_stays(string text)
    {
        Assert.False(DisguisedTextRemover.IsDisguised(text));
    }
}
