using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// The wording of the labels set before a teaser box or a related list ("Lesen Sie auch", "Para saber más", "Related stories"): the rules' teaser
/// labels and the English body-end headings of text dumps, which name the same boxes; and the lead-in sentences that point at such a box.
/// </summary>
public sealed class TeaserLabelPhrases
{
    private readonly Regex? _phrases;
    private readonly Regex? _leadIns;

    public TeaserLabelPhrases(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _phrases = RuleAlternation.Compile([.. rules.Html.TeaserLabelPatterns, .. rules.Text.BodyEndPatterns]);
        _leadIns = RuleAlternation.Compile(rules.Html.LeadInPatterns);
    }

    /// <summary>Whether <paramref name="label"/> (folded text) is worded as a teaser label.</summary>
    public bool Matches(string label) => _phrases is not null && _phrases.IsMatch(label);

    /// <summary>Whether <paramref name="line"/> is worded as a teaser label or as a lead-in that points to another page ("Read our full coverage here:").</summary>
    public bool MatchesLeadIn(string line) => Matches(line) || (_leadIns is not null && _leadIns.IsMatch(line));
}
