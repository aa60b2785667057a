using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Splits a byline line into its credits at the separators ("|", ",", "/", "and", "und", "y", "en"...), except where a conjunction
/// joins two halves of one phrase: an organisation's name ("Landesanstalt für Wald und Forstwirtschaft") or a writer's role
/// ("Corresponsal en Atenas", "Korrespondent für Politik und Wirtschaft").
/// </summary>
internal sealed partial class BylineParts(AgencyCatalog agencies, AuthorNameNormalizer names, Regex organisation)
{
    /// <summary>
    /// The parts between separators. After an organisation's name or a role, a conjunction starts another credit only when what
    /// follows is a person's name or a known agency; otherwise it continues the name or the role's phrase.
    /// </summary>
    public List<string> Split(string line)
    {
        var parts = new List<string>();
        var start = 0;
        var joinable = false;
        var separatorBefore = "";
        // Whether the last part names an organisation or holds a role, asked once per part: a part that did (or took a role on) keeps
        // doing so as the phrase joins on, and asking again of the grown part made a long run of joined credits take time that grows
        // with its square.
        bool? lastHoldsCredit = null;
        foreach (Match separator in Separator().Matches(line))
        {
            Append(line[start..separator.Index]);
            joinable = ConjunctionWord().IsMatch(separator.Value.Trim()) && (lastHoldsCredit ??= IsOrganisationName(parts[^1]) || names.HasRole(parts[^1]));
            separatorBefore = separator.Value;
            start = separator.Index + separator.Length;
        }

        Append(line[start..]);
        return parts;

        void Append(string part)
        {
            // "Gärtnerin und Expertin für Rosen": a lone word joined by a conjunction to a role is a role of the same kind, not a mononym.
            if (parts.Count > 0 && ConjunctionWord().IsMatch(separatorBefore.Trim()) && IsLoneWord(parts[^1]) && names.HasRole(part) && !StartsOtherCredit(part))
            {
                parts[^1] += separatorBefore + part;
                lastHoldsCredit = true;
            }
            else if (joinable && !StartsOtherCredit(part))
            {
                parts[^1] += separatorBefore + part;
            }
            else
            {
                parts.Add(part);
                lastHoldsCredit = null;
            }
        }
    }

    private static bool IsLoneWord(string part)
    {
        var trimmed = part.AsSpan().Trim();
        return trimmed.Length > 0 && trimmed.IndexOfAny(' ', '\u00a0') < 0;
    }

    /// <summary>An organisation's name that is not a news agency of the catalogue ("AP und Reuters" are two credits).</summary>
    private bool IsOrganisationName(string part) =>
        part.Trim().Length > 0 && organisation.IsMatch(part) && agencies.Match(BylineParser.Prefix().Replace(part, "")) is null;

    /// <summary>A part that is a credit of its own: a person's name or an agency the catalogue knows.</summary>
    private bool StartsOtherCredit(string part)
    {
        var unlabelled = BylineParser.Prefix().Replace(part, "");
        return agencies.Match(unlabelled) is not null || (names.Normalize(part) is { } name && BylineParser.LooksLikePersonName(name));
    }

    [GeneratedRegex(@"\s*(?:\||;|,|、|，|/|&|•|·|\+|\band\b|\bund\b|\bet\b|\by\b|\bsowie\b|\bmit\b|\bwith\b|\bog\b|\boch\b|(?<=\s)(?-i:e|en|i)(?=\s))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    /// <summary>A separator that joins two halves of one phrase as readily as two credits ("Wald und Forstwirtschaft", "Smith and Jones").</summary>
    [GeneratedRegex(@"^(?:&|\+|and|und|et|y|sowie|og|och|(?-i:e|en|i))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConjunctionWord();
}
