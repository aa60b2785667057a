using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class WhitespaceFolderTests
{
    [Fact]
    public void Nbsp_and_thin_spaces_fold_to_one_plain_space_and_quotes_stay()
    {
        Assert.Equal("“Today,” he said — twice.", WhitespaceFolder.FoldLine("  “Today,”\u00A0\u2009he said\u202F—\ttwice.\u200B "));
    }

    [Fact]
    public void Soft_hyphens_stay_as_the_page_and_the_reference_texts_spell_the_words()
    {
        // As on geschichtedergegenwart.ch (trafilatura) and several fundus pages: hyphenation hints are part of the published text.
        Assert.Equal("Über\u00ADle\u00ADbens aller", WhitespaceFolder.FoldLine("Über\u00ADle\u00ADbens\u200B  aller"));
    }
}
