using Pipeline.Core.Html;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Html;

public class TrailingBoilerplateTrimmerTests
{
    [Fact]
    public void Orphaned_headings_and_colon_labels_after_the_last_sentence_are_dropped()
    {
        // Tail as on fluessiggas.de, humanresourcesmanager.de and outdoor-magazin.com (trafilatura dataset) once their link lists are pruned.
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Dimethylether"), TextBlockKind.Paragraph),
            new("Weitere Beiträge aus der Kolumne:", TextBlockKind.Paragraph),
            new("Verwandte Themenbereiche", TextBlockKind.Heading),
            new("Weitere Tourentipps", TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Equal([HtmlTestDocuments.Paragraph("Dimethylether")], kept.Select(b => b.Text));
        Assert.Equal(["Weitere Beiträge aus der Kolumne:", "Verwandte Themenbereiche", "Weitere Tourentipps"], removed.Audit.Select(r => r.Text));
        Assert.All(removed.Audit, r => Assert.Equal(RemovalReasons.Boilerplate, r.Reason));
    }

    [Fact]
    public void Short_last_lines_that_are_not_labels_and_inner_headings_are_kept()
    {
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Intro"), TextBlockKind.Paragraph),
            new("What happens next", TextBlockKind.Heading),
            new(HtmlTestDocuments.Paragraph("Outlook"), TextBlockKind.Paragraph),
            new("Roads closed until Monday", TextBlockKind.ListItem),
            new("Sent from the newsroom.", TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Same(blocks, kept);
        Assert.Empty(removed.Audit);
    }

    [Fact]
    public void Emphasized_linked_appeal_closing_the_page_is_dropped()
    {
        // As on jamaica-gleaner.com and diem25.org (trafilatura dataset): the story ends, then an italic or bold follow-us or sign-up line with a link.
        var body = HtmlTestDocuments.Body($"""
            <p>{HtmlTestDocuments.Paragraph("Story")}</p>
            <p><strong>Follow The Gleaner on Twitter and Instagram <a href="/t">@JamaicaGleaner</a> and on Facebook.</strong></p>
            """);
        var pruned = new PruneMap();
        var blocks = new BlockRenderer().Render([body], TextStatistics.Compute(body, pruned), pruned, CancellationToken.None);

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, pruned);

        Assert.Equal([HtmlTestDocuments.Paragraph("Story")], kept.Select(b => b.Text));
        Assert.Equal("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook.", Assert.Single(pruned.Audit).Text);
    }

    [Fact]
    public void Emphasized_closing_words_without_a_link_and_headings_ending_in_a_full_stop_are_kept()
    {
        // A closing greeting in italics is the author's; a numbered fact set as a heading (as on businessinsider.de, fundus) is a sentence, not a label.
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Story"), TextBlockKind.Paragraph),
            new("6. Die Schuldenlast von Evergrande entsprach 1,6 Prozent des chinesischen BIP.", TextBlockKind.Heading),
            new("Be there or be square!", TextBlockKind.Paragraph) { IsEmphasized = true },
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Same(blocks, kept);
        Assert.Empty(removed.Audit);
    }

    [Fact]
    public void A_copyright_notice_closing_the_page_is_dropped_but_one_inside_the_text_is_kept()
    {
        // As on breakingbelizenews.com (trafilatura dataset): the rights notice is printed as the last paragraph of the post.
        var notice = "© 2022, BreakingBelizeNews.com. This article is the copyrighted property of Breaking Belize News. Written permission must be obtained before reprint.";
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("One"), TextBlockKind.Paragraph),
            new("Copyright law was the topic of the hearing, the committee said.", TextBlockKind.Paragraph),
            new(HtmlTestDocuments.Paragraph("Two"), TextBlockKind.Paragraph),
            new(notice, TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Equal(3, kept.Count);
        Assert.Equal(notice, Assert.Single(removed.Audit).Text);
    }

    [Fact]
    public void A_link_only_line_closing_the_page_is_a_cross_reference_and_is_dropped()
    {
        // As on fisch-hitparade.de and zoll.de (trafilatura dataset): after the last sentence, one paragraph that is nothing but a link to a forum thread or a topic page.
        var body = HtmlTestDocuments.Body($"""
            <p>{HtmlTestDocuments.Paragraph("Story")}</p>
            <p><a href="/forum/threads/angeln-und-alkohol.7108/page-22">Alkohol beim Angeln – Diskussion im Forum</a></p>
            """);
        var pruned = new PruneMap();
        var blocks = new BlockRenderer().Render([body], TextStatistics.Compute(body, pruned), pruned, CancellationToken.None);

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, pruned);

        Assert.Equal([HtmlTestDocuments.Paragraph("Story")], kept.Select(b => b.Text));
        Assert.Equal("Alkohol beim Angeln – Diskussion im Forum", Assert.Single(pruned.Audit).Text);
    }

    [Fact]
    public void A_closing_sentence_with_a_link_in_it_is_kept()
    {
        var body = HtmlTestDocuments.Body($"""
            <p>{HtmlTestDocuments.Paragraph("Story")}</p>
            <p>The full report is published on the <a href="/report">ministry's website</a> and runs to 200 pages.</p>
            """);
        var pruned = new PruneMap();
        var blocks = new BlockRenderer().Render([body], TextStatistics.Compute(body, pruned), pruned, CancellationToken.None);

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, pruned);

        Assert.Equal(2, kept.Count);
        Assert.Empty(pruned.Audit);
    }

    [Theory]
    [InlineData("x Franzi")]
    [InlineData("Euer HansEhrlich")]
    [InlineData("XX, Die Redaktion")]
    [InlineData("Cheers, Tom")]
    public void The_authors_closing_greeting_is_kept_as_the_last_line(string signOff)
    {
        // As on franziska-elea.de, monsterdealz.de and otto.de (trafilatura dataset): the post ends with a greeting and the author's name.
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Story"), TextBlockKind.Paragraph),
            new("Ich wünsche euch allen einen schönen Sonntag <3", TextBlockKind.Paragraph),
            new(signOff, TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed, RuleAlternation.Compile(RuleSet.Embedded.Html.SignOffPatterns));

        Assert.Same(blocks, kept);
        Assert.Empty(removed.Audit);
    }

    [Fact]
    public void A_tagline_opening_like_a_greeting_is_still_a_trailing_label()
    {
        // As on basicthinking.de (trafilatura dataset): a job-board plug after the last sentence is not a sign-off, though it starts with "Deine".
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Story"), TextBlockKind.Paragraph),
            new("Deine Jobbörse in der Digital-Welt", TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed, RuleAlternation.Compile(RuleSet.Embedded.Html.SignOffPatterns));

        Assert.Equal([HtmlTestDocuments.Paragraph("Story")], kept.Select(b => b.Text));
    }

    [Fact]
    public void Numbered_entries_closing_the_page_are_a_list_not_labels()
    {
        // The tail of hearya.com's top-100 list (trafilatura dataset): short unpunctuated lines, but numbered in sequence.
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Story"), TextBlockKind.Paragraph),
            new("Here’s the full list from Hit Parader.", TextBlockKind.Paragraph),
            new("98. Joshua Todd", TextBlockKind.Paragraph),
            new("99. Kevin Dubrow", TextBlockKind.Paragraph),
            new("100. Ray Gillen", TextBlockKind.Paragraph),
            new("Weitere Themen", TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Equal(blocks.Take(5).Select(b => b.Text), kept.Select(b => b.Text));
        Assert.Equal("Weitere Themen", Assert.Single(removed.Audit).Text);
    }

    [Fact]
    public void A_numbered_line_not_following_its_predecessor_is_still_a_label()
    {
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Story"), TextBlockKind.Paragraph),
            new("3. Etappe", TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Equal([HtmlTestDocuments.Paragraph("Story")], kept.Select(b => b.Text));
    }

    [Theory]
    [InlineData("正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）")]
    [InlineData("Rosegold kombiniert mit längeren Ohrringen (:")]
    public void Full_width_closing_bracket_and_a_smiley_end_a_sentence_not_a_label(string last)
    {
        // Last lines as on xinhuanet.com (a commentary closing with its authors in full-width brackets) and novalanalove.com (a smiley), trafilatura dataset.
        var blocks = new List<TextBlock>
        {
            new(HtmlTestDocuments.Paragraph("Story"), TextBlockKind.Paragraph),
            new(last, TextBlockKind.Paragraph),
        };
        var removed = new PruneMap();

        var kept = TrailingBoilerplateTrimmer.Trim(blocks, removed);

        Assert.Same(blocks, kept);
        Assert.Empty(removed.Audit);
    }
}
