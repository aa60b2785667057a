using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Input;

/// <summary>Decides from the decoded content whether an input is an HTML page or a plain-text dump; names and content types are only tie-breakers.</summary>
public static partial class InputKindDetector
{
    public static InputKind Detect(string text, string? contentType, string name) => Detect(text.AsSpan(), contentType, name);

    /// <inheritdoc cref="Detect(string, string?, string)"/>
    public static InputKind Detect(ReadOnlySpan<char> text, string? contentType, string name)
    {
        var head = text[..Math.Min(text.Length, 4096)];
        if (DocumentMarker().IsMatch(head))
        {
            return InputKind.Html;
        }

        // A fragment without <html>/<body>: count real tags. A text dump may quote one or two, never dozens.
        var sample = text[..Math.Min(text.Length, 65536)];
        var tags = KnownTag().Count(sample);
        if (tags >= 8)
        {
            return InputKind.Html;
        }

        var hintsHtml = (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false)
            || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        return hintsHtml && tags >= 2 ? InputKind.Html : InputKind.Text;
    }

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentMarker();

    [GeneratedRegex(@"</?(?:p|div|span|a|br|h[1-6]|article|section|ul|ol|li|table|tr|td|img|script|style|meta|link|strong|em|figure)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownTag();
}
