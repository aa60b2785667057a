using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public sealed class OpeningDatelineCreditTests
{
    private readonly OpeningDatelineCredit _datelines = new(RuleSet.Embedded.Text.DatelineAgencyPattern, new AgencyCatalog(RuleSet.Embedded.Metadata));

    private static TextBlock[] Blocks(params string[] texts) => [.. texts.Select(t => new TextBlock(t, TextBlockKind.Paragraph))];

    [Fact]
    public void The_agency_of_the_dateline_opening_the_story_after_its_lead_is_credited()
    {
        var blocks = Blocks("The central library opens seven days a week.", "RIVERSIDE (AP) — The central library reopened on Tuesday.");

        Assert.Equal(["Jane Doe Media", "AP"], _datelines.AddTo(["Jane Doe Media"], blocks));
    }

    [Fact]
    public void An_agency_already_credited_in_another_spelling_is_not_added_twice() =>
        Assert.Equal(["Associated Press"], _datelines.AddTo(["Associated Press"], Blocks("WASHINGTON (AP) — Lawmakers agreed.")));

    [Fact]
    public void A_dateline_further_down_the_story_credits_nothing() =>
        Assert.Empty(_datelines.AddTo([], Blocks("One.", "Two.", "Three.", "PARIS (AFP) — A quoted wire story.")));
}
