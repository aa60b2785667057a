using System.Text.RegularExpressions;

namespace Pipeline.Core.Metadata;

/// <summary>Tidies the byline as reported: the parts the page set in separate elements stay apart by " | ", without the empty ones, and no space stands before a comma or a closing parenthesis.</summary>
public static partial class BylineTidier
{
    private const string Separator = " | ";

    /// <summary>"| Tom Davies | Associated Press | | | Published 11:34 PM |" gives "Tom Davies | Associated Press | Published 11:34 PM"; null when nothing is left.</summary>
    public static string? Tidy(string? byline)
    {
        if (byline is null)
        {
            return null;
        }

        // Elements are read apart with a space between them, so a comma or a closing parenthesis after a linked name stood alone ("Jane Doe , John Roe").
        byline = SpaceBeforeCommaOrParenthesis().Replace(byline, "$1");
        if (!byline.Contains('|', StringComparison.Ordinal))
        {
            return byline;
        }

        var parts = byline.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : string.Join(Separator, parts);
    }

    [GeneratedRegex(@"(?<=\S)\s+([,)])")]
    private static partial Regex SpaceBeforeCommaOrParenthesis();
}
