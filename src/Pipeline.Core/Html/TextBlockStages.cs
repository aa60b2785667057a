using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>The ordered stages over the rendered blocks: leading metadata lines, link runs, labelled link lines ("Related: …"), counters, appeals (short ones and those that open by addressing the reader), affiliate-link disclosures, caption lines, date and reading-time stamps, source and contributor credits, read-more teasers, file links, template placeholders, rating widgets, trailing lists and labels, a closing author bio, then the structured-body fallback.</summary>
public sealed class TextBlockStages
{
    private readonly LeadingMetadataStripper _stripper;
    // Each family of lines the rules name (its patterns, its length cap, its removal reason), applied in this order.
    private readonly PatternParagraphRemover[] _lineFamilies;
    private readonly Regex? _signOff;
    private readonly LabelledLinkLineRemover _labelledLinks;

    /// <param name="rules">The rule set.</param>
    /// <param name="agencies">The news agencies, shared with the caller (building the catalogue compiles a pattern of every alias); null reads none.</param>
    public TextBlockStages(RuleSet rules, AgencyCatalog? agencies = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _stripper = new LeadingMetadataStripper(rules.Html, agencies);
        _labelledLinks = new LabelledLinkLineRemover(new TeaserLabelPhrases(rules));
        var html = rules.Html;
        _lineFamilies =
        [
            new(html.AppealPatterns, html.MaxAppealChars, RemovalReasons.Newsletter, headings: true),
            new(html.ReaderAddressPatterns, html.MaxReaderAddressChars, RemovalReasons.Newsletter),
            new(html.LinkDisclosurePatterns, html.MaxLinkDisclosureChars, RemovalReasons.Advertisement),
            new(html.CaptionLinePatterns, html.MaxCaptionLineChars, RemovalReasons.Caption),
            new(html.StampLinePatterns, html.MaxStampLineChars, RemovalReasons.Byline),
            new(html.CreditLinePatterns, html.MaxCreditLineChars, RemovalReasons.Syndication),
            new(html.ReadMoreTeaserPatterns, html.MaxReadMoreTeaserChars, RemovalReasons.Related),
            new(html.FileLinkLinePatterns, html.MaxFileLinkLineChars, RemovalReasons.Boilerplate),
            new(html.PlaceholderLinePatterns, html.MaxPlaceholderLineChars, RemovalReasons.Boilerplate),
            new(html.RatingLinePatterns, html.MaxRatingLineChars, RemovalReasons.Boilerplate),
        ];
        _signOff = RuleAlternation.Compile(rules.Html.SignOffPatterns);
    }

    /// <summary>The blocks the article keeps; every block a stage drops is recorded in <paramref name="pruned"/>.</summary>
    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> rendered, PageMetadata metadata, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var blocks = _stripper.Strip(rendered, metadata.Title, metadata.Authors, pruned);
        blocks = LinkRunRemover.Remove(blocks, pruned);
        blocks = _labelledLinks.Remove(blocks, pruned);
        blocks = CounterLineRemover.Remove(blocks, pruned);
        blocks = DisguisedTextRemover.Remove(blocks, pruned);
        foreach (var family in _lineFamilies)
        {
            blocks = family.Remove(blocks, pruned);
        }

        blocks = TrailingLinkListTrimmer.Trim(blocks, pruned);
        blocks = TrailingBoilerplateTrimmer.Trim(blocks, pruned, _signOff);
        blocks = AuthorBioRemover.Remove(blocks, metadata.Authors, pruned);
        return StructuredBodyFallback.Replace(blocks, metadata.StructuredBody) ?? blocks;
    }
}
