using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>The ordered stages over the rendered blocks: leading metadata lines, link runs, counters, appeals (short ones and those that open by addressing the reader), affiliate-link disclosures, caption lines, date and reading-time stamps, source and contributor credits, read-more teasers, file links, trailing lists and labels, a closing author bio, then the structured-body fallback.</summary>
public sealed class TextBlockStages
{
    private readonly LeadingMetadataStripper _stripper;
    private readonly PatternParagraphRemover _appeals;
    private readonly PatternParagraphRemover _readerAddresses;
    private readonly PatternParagraphRemover _linkDisclosures;
    private readonly PatternParagraphRemover _captionLines;
    private readonly PatternParagraphRemover _stamps;
    private readonly PatternParagraphRemover _credits;
    private readonly PatternParagraphRemover _readMoreTeasers;
    private readonly PatternParagraphRemover _fileLinks;
    private readonly Regex? _signOff;

    public TextBlockStages(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _stripper = new LeadingMetadataStripper(rules.Html);
        _appeals = new PatternParagraphRemover(rules.Html.AppealPatterns, rules.Html.MaxAppealChars, RemovalReasons.Newsletter, headings: true);
        _readerAddresses = new PatternParagraphRemover(rules.Html.ReaderAddressPatterns, rules.Html.MaxReaderAddressChars, RemovalReasons.Newsletter);
        _linkDisclosures = new PatternParagraphRemover(rules.Html.LinkDisclosurePatterns, rules.Html.MaxLinkDisclosureChars, RemovalReasons.Advertisement);
        _captionLines = new PatternParagraphRemover(rules.Html.CaptionLinePatterns, rules.Html.MaxCaptionLineChars, RemovalReasons.Caption);
        _stamps = new PatternParagraphRemover(rules.Html.StampLinePatterns, rules.Html.MaxStampLineChars, RemovalReasons.Byline);
        _credits = new PatternParagraphRemover(rules.Html.CreditLinePatterns, rules.Html.MaxCreditLineChars, RemovalReasons.Syndication);
        _readMoreTeasers = new PatternParagraphRemover(rules.Html.ReadMoreTeaserPatterns, rules.Html.MaxReadMoreTeaserChars, RemovalReasons.Related);
        _fileLinks = new PatternParagraphRemover(rules.Html.FileLinkLinePatterns, rules.Html.MaxFileLinkLineChars, RemovalReasons.Boilerplate);
        _signOff = RuleAlternation.Compile(rules.Html.SignOffPatterns);
    }

    /// <summary>The blocks the article keeps; every block a stage drops is recorded in <paramref name="pruned"/>.</summary>
    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> rendered, PageMetadata metadata, PruneMap pruned)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var blocks = _stripper.Strip(rendered, metadata.Title, metadata.Authors, pruned);
        blocks = LinkRunRemover.Remove(blocks, pruned);
        blocks = CounterLineRemover.Remove(blocks, pruned);
        blocks = _appeals.Remove(blocks, pruned);
        blocks = _readerAddresses.Remove(blocks, pruned);
        blocks = _linkDisclosures.Remove(blocks, pruned);
        blocks = _captionLines.Remove(blocks, pruned);
        blocks = _stamps.Remove(blocks, pruned);
        blocks = _credits.Remove(blocks, pruned);
        blocks = _readMoreTeasers.Remove(blocks, pruned);
        blocks = _fileLinks.Remove(blocks, pruned);
        blocks = TrailingLinkListTrimmer.Trim(blocks, pruned);
        blocks = TrailingBoilerplateTrimmer.Trim(blocks, pruned, _signOff);
        blocks = AuthorBioRemover.Remove(blocks, metadata.Authors, pruned);
        return StructuredBodyFallback.Replace(blocks, metadata.StructuredBody) ?? blocks;
    }
}
