using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Html;

/// <summary>
/// The article's HTML as a script-rendered page ships it: a string in the state object an inline script hands to the client
/// (<c>window.__STATE__ = {"body":"\u003cp\u003e…"}</c>, React Query or Apollo caches, a Next.js payload whose strings hold JSON in turn).
/// Such pages leave the markup without the text; the state holds it whole.
/// </summary>
public static partial class ScriptStateBody
{
    /// <summary>A string shorter than this is a teaser or a caption, not an article.</summary>
    public const int MinHtmlChars = 500;

    /// <summary>An article's HTML opens at least this many paragraphs; a template or an ad snippet opens fewer.</summary>
    public const int MinParagraphs = 3;

    /// <summary>At least this share of the title's words must recur in the HTML's text: a promotion or a template in the state is about something else.</summary>
    public const double MinTitleWordShare = 0.5;

    /// <summary>Strings inside strings (JSON serialised into a script's string) are read this deep.</summary>
    private const int MaxNesting = 2;

    /// <summary>The HTML string with the most paragraphs among the inline scripts' string literals that tells of the page's title, or null when none reads as its article.</summary>
    public static string? Find(IEnumerable<IElement> scripts, string? title)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var titleWords = title is null ? [] : Words(title).Where(w => w.Length >= 2).Distinct().ToList();
        if (titleWords.Count == 0)
        {
            return null;
        }

        string? best = null;
        var bestParagraphs = 0;
        foreach (var script in scripts)
        {
            // External scripts have no text; JSON-LD's articleBody is the structured-body fallback's.
            if (script.HasAttribute("src") || script.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Scan(script.TextContent, 0, titleWords, ref best, ref bestParagraphs);
        }

        return best;
    }

    private static void Scan(string code, int depth, List<string> titleWords, ref string? best, ref int bestParagraphs)
    {
        var at = 0;
        while ((at = code.IndexOf('"', at)) >= 0)
        {
            var end = ClosingQuote(code, at + 1, out var resumeAt);
            if (end < 0)
            {
                at = resumeAt;
                continue;
            }

            var raw = code.AsSpan(at + 1, end - at - 1);
            at = end + 1;
            if (raw.Length < MinHtmlChars || !(raw.Contains("\\u003cp", StringComparison.OrdinalIgnoreCase) || raw.Contains("<p", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // A string cut mid-emoji leaves half a character that no text can hold.
            var value = Unescape(LoneSurrogates.MayHold(raw) ? LoneSurrogates.DroppedFromJson(raw.ToString()) : raw);
            var paragraphs = Paragraphs(value);
            if (paragraphs < MinParagraphs)
            {
                if (depth + 1 < MaxNesting)
                {
                    // JSON serialised into the string (a payload pushed as text): its own strings hold the HTML.
                    Scan(value, depth + 1, titleWords, ref best, ref bestParagraphs);
                }
            }
            else if (paragraphs > bestParagraphs && TellsOf(value, titleWords))
            {
                (best, bestParagraphs) = (value, paragraphs);
            }
        }
    }

    /// <summary>
    /// The index of the quote that closes a string literal whose text starts at <paramref name="from"/>; -1 when the code ends first. A raw line
    /// break ends the search at <paramref name="resumeAt"/>: no JSON or JavaScript string spans one, so that quote opened none (it sat in a
    /// comment, a regular expression or a single-quoted string).
    /// </summary>
    private static int ClosingQuote(string code, int from, out int resumeAt)
    {
        resumeAt = code.Length;
        for (var i = from; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                return i;
            }
            else if (c == '\n')
            {
                resumeAt = i + 1;
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the HTML's text holds at least <see cref="MinTitleWordShare"/> of the title's words (ignoring case).</summary>
    private static bool TellsOf(string html, List<string> titleWords)
    {
        var words = Words(Tags().Replace(html, " ")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return titleWords.Count(words.Contains) >= MinTitleWordShare * titleWords.Count;
    }

    /// <summary>The words (letter and digit runs) of a text.</summary>
    internal static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>Paragraph elements the HTML opens ("&lt;p&gt;", "&lt;p class=…&gt;").</summary>
    private static int Paragraphs(string html)
    {
        var count = 0;
        var span = html.AsSpan();
        int at;
        while ((at = span.IndexOf("<p", StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            span = span[(at + 2)..];
            if (span.Length > 0 && (span[0] == '>' || span[0] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The value of a JSON or JavaScript string literal's text: its escapes (\" \\ \/ \n \t \uXXXX …) resolved.</summary>
    private static string Unescape(ReadOnlySpan<char> raw)
    {
        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 == raw.Length)
            {
                text.Append(c);
                continue;
            }

            var next = raw[++i];
            switch (next)
            {
                case 'n':
                    text.Append('\n');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'r':
                    text.Append('\r');
                    break;
                case 'b' or 'f':
                    break;
                case 'u' when i + 4 < raw.Length && ushort.TryParse(raw.Slice(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    text.Append((char)code);
                    i += 4;
                    break;
                case 'x' when i + 2 < raw.Length && byte.TryParse(raw.Slice(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b):
                    text.Append((char)b);
                    i += 2;
                    break;
                default:
                    text.Append(next);
                    break;
            }
        }

        return text.ToString();
    }
}
