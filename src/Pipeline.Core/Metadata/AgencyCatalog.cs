using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Recognises news agencies by any of their spellings (rules/metadata.json) and gives their canonical name.</summary>
public sealed class AgencyCatalog
{
    private readonly Dictionary<string, string> _byAlias;
    private readonly Regex _anywhere;

    public AgencyCatalog(MetadataRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _byAlias = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var agency in rules.Agencies)
        {
            _byAlias[agency.Name] = agency.Name;
            foreach (var alias in agency.Aliases)
            {
                _byAlias[alias] = agency.Name;
            }
        }

        // Longest alias first, so "Associated Press" wins over "AP"; whole words only, case-sensitive for short acronyms.
        var alternatives = _byAlias.Keys.OrderByDescending(a => a.Length).Select(Regex.Escape);
        _anywhere = RulePattern.Create(@"(?<![\w-])(?:" + string.Join("|", alternatives) + @")(?![\w-])", RegexOptions.CultureInvariant);
    }

    /// <summary>The canonical name when <paramref name="text"/> is exactly an agency's name or alias (case-insensitive).</summary>
    public string? Match(string text) => _byAlias.GetValueOrDefault(text.Trim().Trim('.', ',', ';', ':', '(', ')', '[', ']'));

    /// <summary>Every agency named inside a short text such as "Sources: Reuters/Associated Press/RIA", in order, without repeats.</summary>
    public IReadOnlyList<string> FindAll(string text)
    {
        var found = new List<string>();
        foreach (Match m in _anywhere.Matches(text))
        {
            var name = _byAlias[m.Value];
            if (!found.Contains(name))
            {
                found.Add(name);
            }
        }

        return found;
    }
}
