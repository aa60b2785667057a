using System.Text.RegularExpressions;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Text from a meta tag or structured data as we report it: entities decoded, whitespace folded, nothing left as null.</summary>
internal static partial class MetaText
{
    public static string? Clean(string? text)
    {
        var folded = WhitespaceFolder.FoldLine(System.Net.WebUtility.HtmlDecode(text ?? ""));
        return folded.Length == 0 || IsPlaceholder(folded) ? null : folded;
    }

    /// <summary>
    /// A template variable the CMS left unfilled ("{$plugin.site_name}", "{{post_date}}", "${title}", "%%sitename%%"): the page
    /// states nothing there, and reporting the variable's name as the site or the title would be wrong.
    /// </summary>
    public static bool IsPlaceholder(string text) => text.Length >= 4 && Placeholder().IsMatch(text);

    [GeneratedRegex(@"^(?:\{\{[^{}]*\}\}|\{\{\{[^{}]*\}\}\}|\{\$[^{}]*\}|\$\{[^{}]*\}|%%\w[\w.:-]*%%|\[\[[^\[\]]*\]\])$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
