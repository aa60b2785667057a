using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

/// <summary>A plain-text page read as its lines.</summary>
public sealed class TextBlockReaderTests
{
    private const string Rule = "━━━━━━━━━━━━━━━━━━━━━━";

    [Fact]
    public void The_rule_a_side_column_draws_beside_a_line_is_no_part_of_it()
    {
        // As in the w3m dump of AEB page d90bda7e (panarmenian.net): the headline, then the right column's rule after a gap.
        var blocks = TextBlockReader.Read("Amnesty. More than 100 protesters killed in Iran unrest          " + Rule + "  ");

        Assert.Equal("Amnesty. More than 100 protesters killed in Iran unrest", Assert.Single(blocks).Text);
    }

    [Theory]
    [InlineData(Rule)] // a rule alone
    [InlineData("Chapter one ━━")] // a dash or two of the line's own
    [InlineData("Results" + Rule)] // no gap: the line draws its own underline
    public void A_rule_of_the_lines_own_stays(string line) => Assert.Equal(line, Assert.Single(TextBlockReader.Read(line)).Text);
}
