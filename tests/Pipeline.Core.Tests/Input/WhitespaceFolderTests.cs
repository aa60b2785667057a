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
    public void A_line_longer_than_the_stack_buffer_folds_the_same_way()
    {
        var words = string.Join("\u00A0\n ", Enumerable.Repeat("Wort\u200B", 200));
        Assert.Equal(string.Join(" ", Enumerable.Repeat("Wort", 200)), WhitespaceFolder.FoldLine("\t " + words + "  "));
    }

    [Fact]
    public void A_builder_folds_like_its_text_whether_it_holds_one_chunk_or_many()
    {
        var small = new System.Text.StringBuilder(" a\u00A0 b ");
        var large = new System.Text.StringBuilder(16);
        for (var i = 0; i < 3000; i++)
        {
            large.Append(" Wort\t");
        }

        Assert.Equal("a b", WhitespaceFolder.FoldLine(small));
        Assert.Equal(WhitespaceFolder.FoldLine(large.ToString()), WhitespaceFolder.FoldLine(large));
    }

    [Fact]
    public void Soft_hyphens_stay_as_the_page_and_the_reference_texts_spell_the_words()
    {
        // As on geschichtedergegenwart.ch (trafilatura) and several fundus pages: hyphenation hints are part of the published text.
        Assert.Equal("Über\u00ADle\u00ADbens aller", WhitespaceFolder.FoldLine("Über\u00ADle\u00ADbens\u200B  aller"));
    }
}
