using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// Tells a bot check or an interstitial a scraper was served ("You will be connected to www.thelocal.se in just a moment...", "Checking
/// your browser before accessing …") from an article: little text, and one of the rules' phrases in it.
/// </summary>
internal sealed class InterstitialPage
{
    /// <summary>An interstitial says a sentence or two; a page with more text than this is read as what it holds, whatever it also says.</summary>
    private const int MaxChars = 500;

    private readonly Regex _phrase;

    public InterstitialPage(HtmlRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _phrase = RulePattern.AnyPhrase(rules.InterstitialPhrases);
    }

    /// <summary>The block that shows the page is an interstitial, or null when the page is not one.</summary>
    public string? Notice(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Sum(b => b.Text.Length) > MaxChars)
        {
            return null;
        }

        return blocks.FirstOrDefault(b => _phrase.IsMatch(b.Text))?.Text;
    }
}
