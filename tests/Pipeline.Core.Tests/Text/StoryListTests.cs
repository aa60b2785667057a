using Pipeline.Core.Text;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

/// <summary>The story's own lists in a text dump, told from menus, whose items are as short.</summary>
public sealed class StoryListTests
{
    private const int ShortItemWords = 6;

    [Fact]
    public void A_list_a_sentence_introduces_with_a_colon_is_the_storys()
    {
        // AEB dump 57b4dafd: the laws an article on health records names.
        var blocks = Page("Dafür existieren gesetzliche Grundlagen zur Umsetzung von elektronischen Akten:", "", "  • in § 68 SGB V - elektronische Gesundheitsakte", "  • in § 630f BGB – elektronische Arztakte");

        Assert.Equal([1, 2], Items(blocks));
    }

    [Fact]
    public void A_list_with_an_item_longer_than_a_menus_is_the_storys()
    {
        // AEB dump 4219d096: a recipe's ingredients, two of them longer than six words.
        var blocks = Page("Ingredients", "", "  • 8-9 ripe pears, cored and peeled", "  • 1 lemon, or about 1/4 cup lemon juice", "  • 1 tsp cinnamon", "  • 1 tsp nutmeg");

        Assert.Equal([1, 2, 3, 4], Items(blocks));
    }

    [Fact]
    public void An_item_with_a_description_under_it_is_the_storys()
    {
        var blocks = Page("Varianten von Patientenakten", "", "  • Elektronische Fallakte (eFA)", "    Die eFA ist ärztlich geführt und moderiert. Sie wird einrichtungsübergreifend eingesetzt.");

        Assert.Equal([1], Items(blocks));
    }

    [Fact]
    public void A_menu_of_short_items_is_not_the_storys() =>
        Assert.Empty(Items(Page("Sections", "", "  • Home", "  • World News", "  • Sport", "  • Health and Science")));

    [Fact]
    public void A_list_of_related_headlines_is_not_the_storys() =>
        // AEB dump c50845a7: three headlines set into the story, one of them longer than a menu's item.
        Assert.Empty(Items(Page("  • Moon Rush: Private Lunar Lander Plans", "  • Here's Where Commercial Landers Will Land on the Moon for NASA",
            "  • NASA: The International Space Station Is Open for Business in Orbit")));

    private static int[] Items(IReadOnlyList<TextBlock> blocks) => [.. StoryList.ItemsIn(blocks, 0, blocks.Count - 1, ShortItemWords).Order()];
}
