using Pipeline.Core.Html;

namespace Pipeline.Core.Tests.Html;

public sealed class PendingBlockTests
{
    [Fact]
    public void Taken_block_is_folded_to_one_line_and_reports_its_link_and_emphasis_shares()
    {
        var pending = new PendingBlock { Kind = TextBlockKind.Quote };
        pending.Append("  Sign up\n for ", inLink: false, inEmphasis: true);
        pending.Append("our newsletter", inLink: true, inEmphasis: true);

        var block = pending.Take();

        Assert.NotNull(block);
        Assert.Equal(("Sign up for our newsletter", TextBlockKind.Quote, false, true, true), (block.Text, block.Kind, block.IsLink, block.HasLink, block.IsEmphasized));
    }

    [Fact]
    public void Whitespace_alone_makes_no_block_and_the_next_block_starts_as_a_plain_paragraph()
    {
        var pending = new PendingBlock { Kind = TextBlockKind.Heading };
        pending.Append(" \n\t ", inLink: true, inEmphasis: true);

        Assert.Null(pending.Take());
        pending.Append("Body", inLink: false, inEmphasis: false);
        var block = pending.Take();
        Assert.NotNull(block);
        Assert.Equal(("Body", TextBlockKind.Paragraph, false, false, false), (block.Text, block.Kind, block.IsLink, block.HasLink, block.IsEmphasized));
    }
}
