using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Text from a meta tag or structured data as we report it: entities decoded, whitespace folded, nothing left as null.</summary>
internal static class MetaText
{
    public static string? Clean(string? text)
    {
        var folded = WhitespaceFolder.FoldLine(System.Net.WebUtility.HtmlDecode(text ?? ""));
        return folded.Length == 0 ? null : folded;
    }
}
