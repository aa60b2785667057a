using Pipeline.Core.Model;
using Pipeline.Core.Text;
using Pipeline.Core.Text.Stages;
using static Pipeline.Core.Tests.Text.TextFixtures;

namespace Pipeline.Core.Tests.Text;

public class LineClassifierTests
{
    private const string Body = "Both sides agreed not to release the documents publicly, officials said on Saturday.";

    [Fact]
    public void Ad_slot_labels_are_removed_and_body_stays()
    {
        // "[INS::INS]": w3m's print of an empty <ins>, the slot an ad network fills in.
        var blocks = new AdSlotClassifier(Patterns).Apply(Page("Advertisements", "ADVERTISEMENT", "ADS", "[INS::INS]", Body));
        Assert.Equal([RemovalReasons.Advertisement, RemovalReasons.Advertisement, RemovalReasons.Advertisement, RemovalReasons.Advertisement, Kept], Reasons(blocks));
    }

    [Fact]
    public void A_line_spelled_with_look_alike_letters_of_another_script_is_an_advertisement_as_in_html()
    {
        var blocks = new AdSlotClassifier(Patterns).Apply(Page("Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ оf uѕеrѕ іn Веlіzе аnd аbrоаd!", "Компания Apple представила новый iPhone.", Body));
        Assert.Equal([RemovalReasons.Advertisement, Kept, Kept], Reasons(blocks));
    }

    [Fact]
    public void Feed_footers_source_labels_and_short_links_are_syndication_and_source_lines_close_a_post_but_read_more_alone_does_not()
    {
        var blocks = new SyndicationLineDetector(Patterns).Apply(Page(
            "The post US, Russia reach deal on Syria cease-fire appeared first on ARA News.",
            "source: ARA News",
            "http://ift.tt/eA8V8J",
            "Sources: Reuters/Associated Press/Russia Today/Syria & Iraq News",
            "Read more",
            Body));
        Assert.Equal([RemovalReasons.Syndication, RemovalReasons.Syndication, RemovalReasons.Syndication, RemovalReasons.Syndication, Kept, Kept], Reasons(blocks));
        Assert.Equal([TextRole.Closer, TextRole.Closer, TextRole.Unclassified, TextRole.Closer, TextRole.Unclassified, TextRole.Unclassified], blocks.Select(b => b.Role).ToArray());
    }

    [Fact]
    public void Photo_captions_and_credits_are_removed_but_the_byline_beside_them_is_not()
    {
        var blocks = new CaptionDetector(Patterns).Apply(Page(
            "by AFP",
            "Fabrice Coffrini—AFP",
            "",
            "Men inspect a damaged site after double airstrikes on the rebel held Bab al-Nairab neighborhood of Aleppo, Syria. (Photo: Reuters)",
            "",
            "U.S. Secretary of State John Kerry (L) and Russian Foreign Minister Sergei Lavrov (R) in Geneva, Switzerland August 26, 2016. [Martial Trezzini/Reuters/Pool]",
            "",
            "US Secretary of State John Kerry and Ruusian Foreign Minister Sergey Lavrov at a joint press conference in Geneva",
            "US Secretary of State John Kerry and Ruusian Foreign Minister Sergey Lavrov at a joint press conference in Geneva",
            "",
            Body));
        Assert.Equal([Kept, RemovalReasons.Caption, RemovalReasons.Caption, RemovalReasons.Caption, RemovalReasons.Caption, RemovalReasons.Caption, Kept], Reasons(blocks));
    }

    [Fact]
    public void An_alt_text_that_comes_back_a_few_lines_later_with_a_credit_run_on_is_a_caption_both_times()
    {
        // w3m dump of AEB page 8b194530 (thesun.co.uk): alt text, gallery counter, caption with its credit.
        var blocks = new CaptionDetector(Patterns).Apply(Page(
            "The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black Death, say officials.",
            "",
            "Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought treatment",
            "6",
            "",
            "Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought treatmentCredit: EPA",
            "",
            "Health bosses said that 28 people in close contact with the hunter were initially quarantined to stop it being transmitted further."));
        Assert.Equal([Kept, RemovalReasons.Caption, Kept, RemovalReasons.Caption, Kept], Reasons(blocks));
    }

    [Fact]
    public void Image_printed_by_its_bracketed_file_name_is_a_caption_but_a_bracketed_word_or_footnote_stays()
    {
        // w3m dumps of AEB pages 8cad00dc (a theatre's blog) and 680c2848 (source names set in brackets in the text).
        var blocks = new CaptionDetector(Patterns).Apply(Page("[KakaoTalk_20181015_091055446]", "[veeam-logo]", "[Engadget]", "[12]"));
        Assert.Equal([RemovalReasons.Caption, RemovalReasons.Caption, Kept, Kept], Reasons(blocks));
    }

    [Fact]
    public void Labelled_captions_run_on_credits_gallery_counters_and_copyright_credits_are_captions()
    {
        // Lines of w3m dumps of AEB pages (bbc.com, space.com, phys.org, nytimes.com, rt.com, apnews.com galleries).
        var blocks = new CaptionDetector(Patterns).Apply(Page(
            "Image caption Eva-Marie Persson said the decision had been taken after interviews with seven witnesses",
            "",
            "Image copyright Reuters",
            "",
            "(Image credit: Blue Origin)",
            "",
            "A reference habitation module for a crewed Mars mission compared to its hibernation-based equivalent. Credit: ESA",
            "",
            "Trump asked voters in Louisiana for a big win. He didn’t get it.Credit...Doug Mills/The New York Times",
            "",
            "A cyclist rides next to a blocked petrol plant of Senkata in the outskirts of La Paz, Bolivia, November 19, 2019. © Reuters / David Mercado",
            "",
            "Image 1 of 5",
            "",
            "1 / 8",
            "",
            Body));
        Assert.Equal([.. Enumerable.Repeat(RemovalReasons.Caption, 8), Kept], Reasons(blocks));
    }

    [Fact]
    public void Wire_service_caption_openers_are_captions_while_story_sentences_about_photos_are_not()
    {
        // w3m dump of AEB page e7994d55 (an AP story on the ITV debate), and the other openers the wires use.
        var blocks = new CaptionDetector(Patterns).Apply(Page(
            "In this photo issued by ITV, Jeremy Corbyn reacts during the election head-to-head debate live on TV, in Salford, Manchester, England, Tuesday, Nov. 19, 2019.",
            "",
            "In this Nov. 19, 2019, file photo, Prime Minister Boris Johnson speaks during the debate in Salford.",
            "",
            "This undated photo provided by the National Park Service shows a grizzly bear in Yellowstone.",
            "",
            "The photo issued by the palace shows the couple on the steps of the chapel, a spokesman said on Monday.",
            "",
            "This photo was taken seconds before the bridge collapsed, the witness told reporters on Tuesday.",
            "",
            Body));
        Assert.Equal([RemovalReasons.Caption, RemovalReasons.Caption, RemovalReasons.Caption, Kept, Kept, Kept], Reasons(blocks));
    }

    [Fact]
    public void Credit_in_a_sentence_and_a_closing_copyright_notice_are_no_captions()
    {
        var blocks = new CaptionDetector(Patterns).Apply(Page(
            "The bank tightened its rules on consumer credit: loans above 5,000 euros now need a second signature, it said.",
            "",
            "Copyright © 2019 Jpost Inc. All rights reserved",
            "",
            Body));
        Assert.Equal([Kept, Kept, Kept], Reasons(blocks));
    }

    [Fact]
    public void A_sentence_that_a_later_paragraph_goes_on_from_at_length_is_no_caption()
    {
        var blocks = new CaptionDetector(Patterns).Apply(Page(
            "The council met on Monday",
            "",
            "The council met on Monday to approve the harbour budget, which had been delayed twice since the spring by objections from the port authority."));
        Assert.Equal([Kept, Kept], Reasons(blocks));
    }

    [Fact]
    public void Breadcrumb_repeating_the_title_reading_time_and_section_labels_are_navigation()
    {
        var blocks = new NavigationDetector(Patterns).Apply(Page(
            "Home Latest News U.S., Russia Agree to New Syria Truce Plan",
            "",
            "U.S., Russia Agree to New Syria Truce Plan",
            "",
            "Published",
            "World",
            "3 min read",
            "Previous Post Next Post",
            "Related Articles",
            "We Must Go After These Terrorists, says Kerry",
            "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing"));
        Assert.Equal([RemovalReasons.Navigation, Kept, RemovalReasons.Navigation, RemovalReasons.Navigation, RemovalReasons.Navigation, RemovalReasons.Navigation, RemovalReasons.Navigation, Kept, RemovalReasons.Navigation], Reasons(blocks));
    }

    [Fact]
    public void A_free_pictures_licensed_credit_is_a_caption_though_it_opens_with_by()
    {
        // AEB dump 55bb6340: the credit under a picture from Wikimedia Commons was read as the story's byline.
        var blocks = new CaptionDetector(Patterns).Apply(new BylineDetector(Patterns).Apply(Page("By Xabi Vazquez (Flickr: game boy color) [CC BY 2.0], via Wikimedia Commons")));

        Assert.Equal([RemovalReasons.Caption], Reasons(blocks));
        Assert.NotEqual(TextRole.Byline, blocks[0].Role);
    }

    [Theory]
    [InlineData("Icon Facebook Icon Twitter Icon LinkedIn Icon Google Plus Icon WhatsApp Icon Email", true)] // AEB dump b0cf2bbf (pv-magazine)
    [InlineData("facebook twitter print email", true)] // AEB dump ac3c0355 (GiveWell)
    [InlineData("Twitter Facebook", true)]
    [InlineData("Facebook", false)] // a word alone may be a subheading of a story about it
    [InlineData("Facebook and Twitter sued over email privacy", false)]
    public void A_line_of_share_buttons_is_navigation(string line, bool navigation) =>
        Assert.Equal(navigation ? RemovalReasons.Navigation : Kept, Reasons(new NavigationDetector(Patterns).Apply(Page(line)))[0]);

    [Fact]
    public void Body_line_ending_in_a_side_columns_rule_is_no_breadcrumb_of_the_rule_below_it()
    {
        // As in the w3m dump of AEB page d90bda7e (panarmenian.net): the right column prints a rule beside one line and alone on the next.
        const string Rule = "━━━━━━━━━━━━━━━━━━━━━━";
        var blocks = new NavigationDetector(Patterns).Apply(TextBlockReader.Read(string.Join("\n",
            "Video footage shows security forces using firearms, water cannons and tear gas to disperse protests.          " + Rule,
            new string(' ', 120) + Rule)));
        Assert.Equal(Kept, Reasons(blocks)[0]);
    }

    [Fact]
    public void Newsletter_box_and_membership_appeal_are_removed()
    {
        var blocks = new NewsletterDetector(Patterns).Apply(Page(
            "(At The Quint, we are answerable only to our audience. Play an active role in shaping our journalism by becoming a member. Because the truth is worth it.)",
            "Stay Updated",
            "Subscribe To Our Daily Newsletter And Get News Delivered Straight To Your Inbox.",
            "Join over 120,000 subscribers!",
            Body));
        Assert.Equal([RemovalReasons.Newsletter, RemovalReasons.Newsletter, RemovalReasons.Newsletter, RemovalReasons.Newsletter, Kept], Reasons(blocks));
    }

    [Fact]
    public void Contact_address_and_publisher_blurb_are_footer()
    {
        var blocks = new FooterDetector(Patterns).Apply(Page("syria.suv@gmail.com", "Ammar Johmani Magazine publisher News about syria and the world.", Body));
        Assert.Equal([RemovalReasons.Footer, RemovalReasons.Footer, Kept], Reasons(blocks));
    }

    [Fact]
    public void Cookie_banner_is_consent()
    {
        var blocks = new ConsentBannerDetector(Patterns).Apply(Page("We use cookies (why?) You can change cookie preferences. Continued site use signifies consent.", Body));
        Assert.Equal([RemovalReasons.Consent, Kept], Reasons(blocks));
    }

    [Fact]
    public void Byline_lines_are_marked_and_leave_the_text()
    {
        var blocks = new BylineDetector(Patterns).Apply(Page("by AFP", "Reporting by: Wladimir van Wilgenburg | Source: ARA News", Body));
        Assert.Equal([TextRole.Byline, TextRole.Byline, TextRole.Unclassified], blocks.Select(b => b.Role).ToArray());
        Assert.Equal([RemovalReasons.Byline, RemovalReasons.Byline, Kept], Reasons(blocks));
    }

    [Theory]
    [InlineData("Monday November 18, 2019 7:45 am PST by Joe Rossignol")] // MacRumors
    [InlineData("5:45 AM PST 11/19/2019 by Patrick Shanley")] // The Hollywood Reporter
    [InlineData("October 9, 2018 | by Olivia Larsen")]
    public void A_stamp_closed_by_its_writers_name_is_a_byline(string line) =>
        Assert.Equal(TextRole.Byline, new BylineDetector(Patterns).Apply(Page(line, Body))[0].Role);

    [Theory]
    [InlineData("March 5 was the day the bridge was opened by Mayor Jane Smith")] // no stamp: a sentence that ends in a name
    [InlineData("Nov. 18, 2019 The council's plan was approved by Jane Smith.")]
    public void A_sentence_that_ends_in_a_name_after_a_date_is_no_byline(string line) =>
        Assert.Equal(TextRole.Unclassified, new BylineDetector(Patterns).Apply(Page(line, Body))[0].Role);

    [Fact]
    public void The_authors_name_alone_just_above_the_byline_leaves_with_it()
    {
        // w3m dump of AEB page 702d1da6 (nytimes.com): the portrait's alt text, then the byline.
        var blocks = new BylineDetector(Patterns).Apply(Page("Ana Swanson", "", "By Ana Swanson", Body));
        Assert.Equal([RemovalReasons.Byline, RemovalReasons.Byline, Kept], Reasons(blocks));
        Assert.Equal([TextRole.Unclassified, TextRole.Byline, TextRole.Unclassified], blocks.Select(b => b.Role).ToArray());
    }

    [Fact]
    public void A_short_line_that_only_ends_like_the_byline_word_for_word_stays()
    {
        var blocks = new BylineDetector(Patterns).Apply(Page("Swanson", "By Ana Swanson", Body));
        Assert.Equal([Kept, RemovalReasons.Byline, Kept], Reasons(blocks));
    }

    [Fact]
    public void Later_copies_of_a_paragraph_are_duplicates_and_the_first_stays()
    {
        var blocks = new DuplicateParagraphRemover().Apply(Page(Body, "", "Open-ended agreement", "", Body));
        Assert.Equal([Kept, Kept, RemovalReasons.Duplicate], Reasons(blocks));
    }

    [Fact]
    public void Share_bar_printed_under_every_item_is_navigation()
    {
        var blocks = new RepeatedLineDetector().Apply(Page("Whatsapp Facebook Pint Baixar", Body, "Whatsapp Facebook Pint Baixar", "Whatsapp Facebook Pint Baixar"));
        Assert.Equal([RemovalReasons.Navigation, Kept, RemovalReasons.Navigation, RemovalReasons.Navigation], Reasons(blocks));
    }
}
