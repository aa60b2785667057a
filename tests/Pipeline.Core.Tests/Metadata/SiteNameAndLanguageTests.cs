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
    [InlineData("Storm hits coast – what we know | Daily Planet", "Daily Planet", null, "Storm hits coast – what we know")]
    [InlineData("Storm hits coast @ Daily Planet", "Daily Planet", null, "Storm hits coast")]
    [InlineData("Meet the team @ Storm Watch 2024", "Daily Planet", null, "Meet the team @ Storm Watch 2024")]
    // WordPress themes set the site after a left-pointing angle quote (datasets/htmldate wara-enforcement.org).
    [InlineData("Guinée : Un braconnier d’éléphant interpellé ! ‹ Wara Conservation Project", "Wara Conservation Project", null, "Guinée : Un braconnier d’éléphant interpellé !")]
    [InlineData("Storm hits coast « Daily Planet", "Daily Planet", null, "Storm hits coast")]
    // French quotation marks inside a title stay.
    [InlineData("Macron : « Nous allons gagner » | Daily Planet", "Daily Planet", null, "Macron : « Nous allons gagner »")]
    public void Site_name_is_removed_from_titles(string title, string? site, string? host, string expected) =>
        Assert.Equal(expected, SiteNameSuffixRemover.Remove(title, site, host));

    [Theory]
    [InlineData("Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005 | 6. Jahrgang", null, "archiv.krimiblog.de", "Das vermutlich schwulste Musikvideo der Welt")]
    [InlineData("Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin", "Auto Illustrierte", "www.petri-heil.ch", "Bielersee-Winterhechte")]
    // readability/pixnet: a blog platform's "post @ blog :: platform" title.
    [InlineData("新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::", "史蒂文的家_藍天", "stevenhgm.pixnet.net", "新竹尖石_美樹營地賞楓 (2)")]
    public void Parts_after_the_site_name_set_between_parts_are_the_sites_tagline(string title, string? site, string? host, string expected) =>
        Assert.Equal(expected, SiteNameSuffixRemover.Remove(title, site, host));

    [Theory]
    [InlineData("harbourferries.de // » Jens Weber", "Jens Weber", "harbourferries.de", "Jens Weber")]
    [InlineData("Jens Weber | Jens Weber Blog", "Jens Weber", null, "Jens Weber | Jens Weber Blog")]
    public void Owners_name_stays_when_every_part_names_the_site_and_one_names_it_by_its_host(string title, string? site, string? host, string expected) =>
        Assert.Equal(expected, SiteNameSuffixRemover.Remove(title, site, host));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN_us", "en-US")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("de-DE", "de-DE")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("", null)]
    [InlineData("iw-IL", "he-IL")]
    [InlineData("fil-PH", "fil-PH")]
    public void Language_tags_are_normalised(string tag, string? expected) => Assert.Equal(expected, LanguageTagNormalizer.Normalize(tag));

    [Theory]
    [InlineData("utf-8")]
    [InlineData("ISO-8859-1")]
    [InlineData("xx")]
    [InlineData("und")]
    public void Tags_that_name_no_language_are_none(string tag) => Assert.Null(LanguageTagNormalizer.Normalize(tag));

    [Fact]
    public void Heading_wins_over_a_truncated_declared_title() =>
        Assert.Equal(
            "Storm hits coast, thousands without power",
            TitleReconciler.Reconcile(["Storm hits coast"], "Storm hits coast, thousands without power", "Storm hits coast | Planet", "Planet", null));

    [Theory]
    [InlineData("Lesothotimez", "Lesotho Times", null, true)]
    [InlineData("Limespacer", null, "www.limespace.de", false)]
    [InlineData("mdr.de", null, "www.mdr.de", true)]
    [InlineData("Jane Doe", "Lesotho Times", "lestimes.com", false)]
    public void Site_account_names_are_the_site_and_user_handles_are_not(string name, string? site, string? host, bool expected) =>
        Assert.Equal(expected, SiteNameSuffixRemover.NamesSite(name, site, host));

    [Theory]
    [InlineData("Lorem ipsum dolor sit amet – My website", "Lorem ipsum dolor sit amet")]
    [InlineData("Storm hits – coast", "Storm hits – coast")]
    [InlineData("Storm: what we know about the coast", "Storm: what we know about the coast")]
    public void Short_last_segment_of_a_document_title_is_the_site(string title, string expected) =>
        Assert.Equal(expected, SiteNameSuffixRemover.RemoveShortTrailingSegment(title));

    [Theory]
    [InlineData("민주당 '선호투표제' 도입 또다시 불발-정치ㅣ한국일보", "한국일보", null, "민주당 '선호투표제' 도입 또다시 불발")]
    [InlineData("Storm hits coast-News|example.com", null, "www.example.com", "Storm hits coast")]
    [InlineData("Storm hits coast-19", "Storm", null, "Storm hits coast-19")]
    [InlineData("Storm hits coast-Weather", "Planet", null, "Storm hits coast-Weather")]
    public void Site_name_glued_to_a_title_is_dropped_only_when_the_bare_title_is_declared_and_the_tail_ends_with_the_site(string title, string? site, string? host, string expected) =>
        Assert.Equal(expected, SiteNameSuffixRemover.RemoveGluedTail(title, [title, "민주당 '선호투표제' 도입 또다시 불발", "Storm hits coast"], site, host));

    [Fact]
    public void Separator_left_by_a_dropped_kicker_is_not_part_of_the_title() =>
        Assert.Equal("Storm hits coast", TitleReconciler.Reconcile([], ": Storm hits coast", null, null, null));

    [Fact]
    public void Undeclared_site_name_after_the_heading_in_the_declared_title_is_dropped() =>
        Assert.Equal(
            "Der Steinkauz ist der Vogel des Jahres 2021",
            TitleReconciler.Reconcile(["Der Steinkauz ist der Vogel des Jahres 2021 | Schweizer Jäger Online"], "Der Steinkauz ist der Vogel des Jahres 2021", null, null, null));
}
