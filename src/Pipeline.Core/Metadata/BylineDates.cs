using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>Where a date stands on a byline line, by the rules' month names: a line that opens with a date, a month that opens the date after a name.</summary>
internal sealed partial class BylineDates(MetadataRules rules)
{
    /// <summary>A line that opens with a date and goes on longer than this is a sentence, not a date line.</summary>
    private const int MaxDateLine = 60;

    private readonly HashSet<string> _months = new(rules.MonthNames.SelectMany(m => m.Names), StringComparer.OrdinalIgnoreCase);

    /// <summary>A short line that opens with a date ("05.04.2025 - Güncelleme …", "March 5, 2024", "19. Oktober 2019"), not with a label ("Datum: …").</summary>
    public bool IsDateLine(string line)
    {
        var text = line.Trim(' ', '|', '·', '•', ',', '–', '—', '-');
        var words = text.Split(' ', 3);
        var first = words[0].Trim('.', ',');
        // The day before the month's name ("19. Oktober 2019", "5 mars 2021").
        var dayThenMonth = words.Length > 1 && first.Length is 1 or 2 && first.All(char.IsDigit) && _months.Contains(words[1].Trim('.', ','));
        return text.Length <= MaxDateLine && text.Any(char.IsDigit) && (NumericDate().IsMatch(text) || _months.Contains(first) || dayThenMonth) && (char.IsDigit(text[0]) || _months.Contains(first));
    }

    /// <summary>The name without a month that opens the date after it ("Jane Doe March 5"), when the text after the name goes on with the day.</summary>
    /// <param name="name">A name matched at the start of a byline.</param>
    /// <param name="following">The text right after the match.</param>
    public string NameWithoutMonth(string name, string following)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && following.TrimStart() is { Length: > 0 } rest && char.IsDigit(rest[0]) && _months.Contains(name[(space + 1)..].TrimEnd('.')) ? name[..space] : name;
    }

    /// <summary>The name a regex group matched on <paramref name="line"/>, without a month that opens the date after it.</summary>
    public string NameWithoutMonth(Group name, string line) => NameWithoutMonth(name.Value, line[(name.Index + name.Length)..]);

    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
