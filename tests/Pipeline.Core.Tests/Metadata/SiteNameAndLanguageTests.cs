using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public sealed class SiteNameAndLanguageTests
{
    [Theory]
    [InlineData("Storm hits coast | The Daily Planet", "The Daily Planet", null, "Storm hits coast")]
    [InlineData("Storm hits coast - Daily Planet", "The Daily Planet", null, "Storm hits coast")]
    [InlineData("Daily Planet: Storm hits coast", "Daily Planet", null, "Storm hits coast")]
    [InlineData("Storm hits coast – SPIEGEL", null, "www.spiegel.de", "Storm hits coast")]
    [InlineData("Storm: what we know", "Daily Planet", null, "Storm: what we know")]
    public void Site_name_is_removed_from_titles(string title, string? site, string? host, string expected) =>
        Assert.Equal(expected, SiteNameSuffixRemover.Remove(title, site, host));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN_us", "en-US")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("de-DE", "de-DE")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("", null)]
    public void Language_tags_are_normalised(string tag, string? expected) => Assert.Equal(expected, LanguageTagNormalizer.Normalize(tag));

    [Fact]
    public void Heading_wins_over_a_truncated_declared_title() =>
        Assert.Equal(
            "Storm hits coast, thousands without power",
            TitleReconciler.Reconcile(["Storm hits coast"], "Storm hits coast, thousands without power", "Storm hits coast | Planet", "Planet", null));
}
