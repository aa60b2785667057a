using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Reads an HTML page's metadata: JSON-LD, Open Graph and other meta tags, bylines, dates near the title. (Baseline: &lt;title&gt; and lang only.)</summary>
public sealed class HtmlMetadataExtractor(RuleSet rules)
{
    /// <param name="document">The parsed page (before pruning: meta tags and JSON-LD are still there).</param>
    /// <param name="input">The decoded input (name and stored timestamp bound the dates).</param>
    /// <param name="articleRoot">The element chosen as main content, if known: bylines and dates are looked for near it.</param>
    public PageMetadata Extract(IDocument document, DecodedInput input, IElement? articleRoot)
    {
        _ = rules;
        _ = input;
        _ = articleRoot;
        ArgumentNullException.ThrowIfNull(document);
        var title = WhitespaceFolder.FoldLine(document.Title ?? "");
        var lang = document.DocumentElement.GetAttribute("lang");
        return new PageMetadata { Title = title.Length == 0 ? null : title, Language = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim() };
    }
}
