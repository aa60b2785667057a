using System.Text.Json;
using AngleSharp.Dom;
using Pipeline.Core.Input;

namespace Pipeline.Core.Metadata;

/// <summary>Finds a page's JSON-LD &lt;script&gt; elements and parses their text as leniently as browsers and search engines read it.</summary>
internal static class JsonLdScript
{
    private const string CDataStart = "<![CDATA[";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Whether the script is typed as JSON-LD (<c>script[type*='ld+json' i]</c>, tested without the selector engine).</summary>
    public static bool IsJsonLd(IElement script) =>
        script.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The script text as a JSON document, or null when it is empty or not JSON even after the usual hand-written slips are forgiven.</summary>
    public static JsonDocument? Parse(string text)
    {
        text = LoneSurrogates.DroppedFromJson(WithoutCData(text.Trim()));
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            // Hand-written JSON-LD often has raw line breaks or tabs inside strings; they are never meaningful there.
            try
            {
                return JsonDocument.Parse(text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), Options);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The JSON inside an XHTML-style CDATA wrapper (<c>&lt;![CDATA[ … ]]&gt;</c>, also commented out as <c>/* &lt;![CDATA[ */</c>), which browsers ignore but JSON parsers reject.</summary>
    private static string WithoutCData(string text)
    {
        var cdata = text.IndexOf(CDataStart, StringComparison.Ordinal);
        if (cdata < 0)
        {
            return text;
        }

        var start = cdata + CDataStart.Length;
        var end = text.LastIndexOf("]]>", StringComparison.Ordinal);
        var inner = end > start ? text[start..end] : text[start..];
        return inner.Trim().TrimStart('*', '/').TrimEnd('/', '*').Trim();
    }
}
