using System.Text.RegularExpressions;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>The names the page's byline elements label as its editors ("Editor : Heryadi"), who did not write it.</summary>
internal sealed class ShownEditors
{
    private readonly BylineParser _bylines;
    private readonly BylineElementText _bylineText;
    private readonly Regex _editorLabel;

    public ShownEditors(MetadataRules rules, BylineParser bylines, BylineElementText bylineText)
    {
        _bylines = bylines;
        _bylineText = bylineText;
        _editorLabel = RulePattern.Create(@"^\W*(?:" + string.Join("|", rules.EditorLabels.Select(Regex.Escape)) + @")\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The names after an editor label in the byline elements around the heading.</summary>
    public HashSet<string> Find(ArticleHead head)
    {
        var editors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var byline in head.Bylines)
        {
            var text = WhitespaceFolder.FoldLine(_bylineText.Read(byline.Element));
            if (_editorLabel.Match(text) is { Success: true } label && _bylines.Names.Normalize(text[label.Length..]) is { } name)
            {
                editors.Add(name);
            }
        }

        return editors;
    }
}
