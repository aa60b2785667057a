using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>The labels that say what a date is ("Erschienen am:", "Updated on -", "Aktuelle Zeit:"), matched on the text just before it.</summary>
internal sealed class DateLabels
{
    public DateLabels(MetadataRules rules)
    {
        Updated = LabelBefore(rules.UpdatedLabels);
        Published = LabelBefore(rules.PublishedLabels);
        Ignored = LabelBefore(rules.IgnoredDateLabels);
    }

    /// <summary>A label introducing the last update.</summary>
    public Regex Updated { get; }

    /// <summary>A label introducing the publication.</summary>
    public Regex Published { get; }

    /// <summary>A label introducing a date that is not the story's: the page's clock, a member's registration.</summary>
    public Regex Ignored { get; }

    /// <summary>The 40 characters before a date, layout spaces just before it skipped, where its label stands.</summary>
    public static string Before(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[Math.Max(0, end - 40)..end];
    }

    /// <summary>The element's text up to its first digit, where a label like "Aktuelle Zeit:" stands.</summary>
    public static string BeforeFirstDigit(string text)
    {
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        return digit < 0 ? text : text[..digit];
    }

    /// <summary>A label that ends the text before a date, allowing two filler words, punctuation and layout spaces ("Erschienen am:", "Updated on -").</summary>
    private static Regex LabelBefore(IEnumerable<string> labels) =>
        RulePattern.Create(@"(?<!\p{L})(?:" + string.Join("|", labels.OrderByDescending(l => l.Length).Select(Regex.Escape)) + @")(?!\p{L})\W{0,3}\s*(?:\p{L}+\W{0,3}\s*){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
