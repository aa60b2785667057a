using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// The wording of the labels set before a teaser box or a related list ("Lesen Sie auch", "Para saber más", "Related stories"): the rules' teaser
/// labels and the English body-end headings of text dumps, which name the same boxes.
/// </summary>
public sealed class TeaserLabelPhrases
{
    private readonly Regex? _phrases;

    public TeaserLabelPhrases(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _phrases = RuleAlternation.Compile([.. rules.Html.TeaserLabelPatterns, .. rules.Text.BodyEndPatterns]);
    }

    /// <summary>Whether <paramref name="label"/> (folded text) is worded as a teaser label.</summary>
    public bool Matches(string label) => _phrases is not null && _phrases.IsMatch(label);
}
