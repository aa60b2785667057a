using Pipeline.Core.Html;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public class LeadingMetadataStripperTests
{
    private static readonly LeadingMetadataStripper Stripper = new(RuleSet.Embedded.Html);

    private static TextBlock P(string text) => new(text, TextBlockKind.Paragraph);

    [Fact]
    public void Title_byline_and_date_lines_at_the_top_are_dropped()
    {
        var body = HtmlTestDocuments.Paragraph("Body");
        var blocks = new[] { P("Storm hits the coast"), P("By Jane Roe"), P("Published 2 March 2024"), P(body) };

        var kept = Stripper.Strip(blocks, "Storm hits the coast | Daily Example", [], new PruneMap());

        Assert.Equal([body], kept.Select(b => b.Text));
    }

    // datasets/fundus tw/TaipeiTimes_2024_10_15: the lead, then the wire credit on a line of its own, then the story.
    [Fact]
    public void Line_of_an_agency_and_its_place_under_the_lead_is_dropped_as_a_byline()
    {
        var stripper = new LeadingMetadataStripper(RuleSet.Embedded.Html, new Pipeline.Core.Metadata.AgencyCatalog(RuleSet.Embedded.Metadata));
        var lead = "CHINESE AGGRESSION: Manila accused Beijing’s ‘maritime militia’ of sideswiping a Philippine civilian patrol boat";
        var body = string.Join(" ", Enumerable.Repeat(HtmlTestDocuments.Paragraph("Body"), 3));
        var removed = new PruneMap();

        var kept = stripper.Strip([P(lead), P("AFP, MANILA"), P(body), P(body + "."), P("Reuters, Berlin")], null, [], removed);

        Assert.Equal([lead, body, body + ".", "Reuters, Berlin"], kept.Select(b => b.Text));
        Assert.Equal([(RemovalReasons.Byline, "AFP, MANILA")], removed.Audit.Select(r => (r.Reason, r.Text)));
    }

    [Fact]
    public void Heading_showing_the_title_with_inner_words_added_is_the_headline_and_is_dropped_but_a_paragraph_opening_like_it_is_not()
    {
        // As on fundus us/APNews_2024_09_03: the heading shows "an intense sprint", the filed title says "a sprint".
        const string Shown = "The presidential campaigns brace for an intense sprint to Election Day";
        var body = HtmlTestDocuments.Paragraph("Body");
        var blocks = new[] { new TextBlock(Shown, TextBlockKind.Heading), P(body), P(Shown) };

        var kept = Stripper.Strip(blocks, "The presidential campaigns brace for a sprint to Election Day", [], new PruneMap());

        Assert.Equal([body, Shown], kept.Select(b => b.Text));
    }

    [Fact]
    public void Headline_run_together_with_its_kicker_at_the_top_is_dropped_but_a_later_line_closed_by_the_title_is_kept()
    {
        // As on n-tv.de and rbb24.de (fundus): the kicker glued to the headline, or set before it with a dash.
        const string Title = "Trump spricht nach Tanker-Stürmung über Bodeneinsätze";
        var body = HtmlTestDocuments.Paragraph("Body") + " " + HtmlTestDocuments.Paragraph("More");
        var later = "Der Sender meldete am Abend: " + Title;
        var blocks = new[] { new TextBlock("\u201EEs wird bald beginnen\u201C" + Title, TextBlockKind.Heading), P(body), P(later) };

        var removed = new PruneMap();
        var kept = Stripper.Strip(blocks, Title, [], removed);

        Assert.Equal([body, later], kept.Select(b => b.Text));
        Assert.Equal(RemovalReasons.Title, Assert.Single(removed.Audit).Reason);
        Assert.Equal(["Premiere in Eisenhüttenstadt - Ein Hotel öffnet als Theater", body], Stripper.Strip([P("Premiere in Eisenhüttenstadt - Ein Hotel öffnet als Theater"), P(body)], "Hotel", [], new PruneMap()).Select(b => b.Text));
    }

    [Fact]
    public void Short_label_printed_above_the_headline_is_a_kicker_and_is_dropped()
    {
        // As on the AEB page ea25dd7e (smithsonianmag.com): the section's name and motto head the article.
        var body = HtmlTestDocuments.Paragraph("Body");
        var removed = new PruneMap();

        var kept = Stripper.Strip([P("SmartNews Keeping you current"), P("Three Cases of Plague Diagnosed in China"), P(body)], "Three Cases of Plague Diagnosed in China", [], removed);

        Assert.Equal([body], kept.Select(b => b.Text));
        Assert.Equal((RemovalReasons.Navigation, "SmartNews Keeping you current"), (removed.Audit[0].Reason, removed.Audit[0].Text));
    }

    [Fact]
    public void A_sentence_before_the_headline_is_not_a_kicker()
    {
        var body = HtmlTestDocuments.Paragraph("Body");

        var kept = Stripper.Strip([P("Officials say the risk is low."), P("Three Cases of Plague Diagnosed in China"), P(body)], "Three Cases of Plague Diagnosed in China", [], new PruneMap());

        Assert.Equal(["Officials say the risk is low.", body], kept.Select(b => b.Text));
    }

    [Fact]
    public void Linked_breadcrumb_trail_printed_above_the_article_is_dropped_but_a_sentence_with_an_arrow_is_not()
    {
        // As on gruen-digital.de (trafilatura dataset): the trail is a paragraph of links at the top of the post.
        var body = HtmlTestDocuments.Paragraph("Body");
        var trail = new TextBlock("> Blog > Aus den Ländern > Digitalpolitische Jahrestagung 2015", TextBlockKind.Paragraph) { HasLink = true };
        var sentence = new TextBlock("Prices rose > 5 % in March, the office said.", TextBlockKind.Paragraph) { HasLink = true };
        var removed = new PruneMap();

        var kept = Stripper.Strip([trail, sentence, P(body)], null, [], removed);

        Assert.Equal([sentence.Text, body], kept.Select(b => b.Text));
        Assert.Equal((RemovalReasons.Navigation, trail.Text), (removed.Audit.Single().Reason, removed.Audit.Single().Text));
    }

    [Fact]
    public void Short_leading_line_naming_a_known_author_is_a_byline()
    {
        var body = HtmlTestDocuments.Paragraph("Body");

        var kept = Stripper.Strip([P("Jane Roe, Science Editor"), P(body)], null, ["Jane Roe"], new PruneMap());

        Assert.Equal([body], kept.Select(b => b.Text));
    }

    [Fact]
    public void Date_like_line_after_the_body_has_started_is_kept()
    {
        var body = HtmlTestDocuments.Paragraph("Body") + " " + HtmlTestDocuments.Paragraph("More");
        var late = "By March 2, 2024 the works were done.";

        var kept = Stripper.Strip([P(body), P(late)], null, [], new PruneMap());

        Assert.Equal([body, late], kept.Select(b => b.Text));
    }

    [Fact]
    public void Byline_and_date_lines_under_the_standfirst_are_dropped_but_a_sentence_there_is_kept()
    {
        // As on LesEchos and Rzeczpospolita (fundus dataset): headline, standfirst, then the date stamps, then the story.
        var standfirst = "Les ventes de voitures neuves dans l'UE affichent en juin un pic depuis juillet 2019. Mais sur le premier semestre, la part des "
            + "immatriculations de véhicules électriques recule.";
        var body = HtmlTestDocuments.Paragraph("Body") + " " + HtmlTestDocuments.Paragraph("More");
        var sentence = "By March 2, 2024 the works were done.";
        string[] stamps = ["Publié le 18 juil. 2024 à 08:01Mis à jour le 18 juil. 2024 à 09:06", "Aktualizacja: 19.04.2026 19:45 Publikacja: 19.04.2026 19:05"];
        var removed = new PruneMap();

        var kept = Stripper.Strip([P(standfirst), .. stamps.Select(P), P(sentence), P(body), P("Von Jane Roe")], null, [], removed);

        Assert.Equal([standfirst, sentence, body, "Von Jane Roe"], kept.Select(b => b.Text));
        Assert.Equal(stamps, removed.Audit.Select(r => r.Text));
    }

    [Fact]
    public void An_opening_sentence_naming_a_date_or_an_author_is_kept_but_a_date_line_closed_by_an_abbreviation_is_dropped()
    {
        // First lines as on wiki.piratenpartei.de, presse-augsburg.de, rosalux.de (an interview's first question) and mercurynews.com (trafilatura dataset).
        var body = HtmlTestDocuments.Paragraph("Body");
        string[] sentences =
        [
            "Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.",
            "Die Ticketpreise im AVV werden ab 1. Januar 2024 um durchschnittlich 12,7 Prozent angehoben.",
            "Nikolai Huke: Wo sind Sie in die Europäische Union eingereist?",
        ];
        var removed = new PruneMap();

        var kept = Stripper.Strip([P("PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m."), .. sentences.Select(P), P(body)], null, ["Nikolai Huke"], removed);

        Assert.Equal([.. sentences, body], kept.Select(b => b.Text));
        Assert.Equal(RemovalReasons.Byline, Assert.Single(removed.Audit).Reason);
    }
}
