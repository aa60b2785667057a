using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Finds the credit line of the article's responsible editor ("(责编：牛镛、岳弘彬)", "[责任编辑：焦鹏]"): on news pages that
/// name no writer it is the only person the page credits with the article, wherever the template puts it.
/// </summary>
public sealed class EditorCreditBylineFinder
{
    // A credit line is a label and a few names; longer text mentions the label in a sentence.
    private const int MaxLineLength = 60;

    private readonly string[] _labels;
    private readonly Regex _credit;

    public EditorCreditBylineFinder(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _labels = [.. rules.CreditedEditorLabels];
        var labels = string.Join("|", _labels.OrderByDescending(l => l.Length).Select(Regex.Escape));
        _credit = RulePattern.Create(@"^[\[(（【]?\s*(?:" + labels + @")\s*[:：]\s*(?<names>[^\[\]()（）【】]{1,40}?)\s*[\])）】]?$", RegexOptions.CultureInvariant);
    }

    /// <summary>The credit line and the people it names, or null when the page has no such line (or it names nobody).</summary>
    public (string Text, Byline Byline)? Find(IDocument document, BylineParser parser)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parser);
        if (_labels.Length == 0 || document.Body is not { } body)
        {
            return null;
        }

        foreach (var node in body.GetDescendants())
        {
            if (node is not IText text || !_labels.Any(l => text.Data.Contains(l, StringComparison.Ordinal))
                || text.ParentElement is not { } parent || ExcludedRegions.Tags.Contains(parent.LocalName))
            {
                continue;
            }

            // The label and the names may also sit in sibling elements of one short line ("<span>责任编辑：</span><span>焦鹏</span>").
            foreach (var line in (ReadOnlySpan<string>)[WhitespaceFolder.FoldLine(text.Data), WhitespaceFolder.FoldLine(parent.TextContent)])
            {
                if (line.Length <= MaxLineLength && _credit.Match(line) is { Success: true } credit
                    && parser.ParseLabelled(credit.Groups["names"].Value) is { Authors.Count: > 0 } found)
                {
                    return (line, found);
                }
            }
        }

        return null;
    }
}
