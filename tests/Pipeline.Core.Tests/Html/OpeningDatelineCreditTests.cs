using Pipeline.Core.Html;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
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

    // datasets/fundus tw/TaipeiTimes_2024_10_15: the wire credit stands on a line of its own under the lead, which the text drops.
    [Fact]
    public void A_removed_line_of_an_agency_and_its_place_credits_the_agency() =>
        Assert.Equal(["Taipei Times", "AFP"], _datelines.AddTo(["Taipei Times"], Blocks("Thousands of troops launched joint exercises."), [new RemovedBlock(RemovalReasons.Byline, "AFP, MANILA")]));

    // datasets/fundus es/LaVanguardia_2026_07_11 and trafilatura rp.pl: pictures are credited to their supplier with a slash.
    [Theory]
    [InlineData("Emergencias Andalucía/EFE")]
    [InlineData("PAP/ Rafał Guz")]
    [InlineData("AFP, 12 March")]
    [InlineData("Reuters, said the minister on Tuesday evening in Berlin")]
    public void A_picture_credit_or_a_sentence_credits_nothing(string line) =>
        Assert.Empty(_datelines.AddTo([], Blocks("Thousands of troops launched joint exercises."), [new RemovedBlock(RemovalReasons.Byline, line)]));

    [Fact]
    public void A_dateline_further_down_the_story_credits_nothing() =>
        Assert.Empty(_datelines.AddTo([], Blocks("One.", "Two.", "Three.", "PARIS (AFP) — A quoted wire story.")));
}
