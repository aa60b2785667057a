using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The absolute address a page sends the browser on to: a &lt;meta http-equiv="refresh"&gt; target, or a script's
/// <c>location.href = "…"</c> / <c>location.replace("…")</c>. A bot check or an interstitial that names no address of its own reloads
/// the story's address this way, so that address is the only place such a page says where (and when) it belongs.
/// </summary>
internal static partial class RedirectAddress
{
    /// <summary>The first absolute http(s) address the page redirects to, or null.</summary>
    public static string? Read(IDocument document)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            if (string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { } content
                && RefreshTarget().Match(content) is { Success: true } refresh)
            {
                return refresh.Groups["url"].Value;
            }
        }

        foreach (var script in document.Scripts)
        {
            if (ScriptTarget().Match(script.Text) is { Success: true } assigned)
            {
                return assigned.Groups["url"].Value;
            }
        }

        return null;
    }

    // content="0; url=https://…" (the target may be quoted inside the attribute).
    [GeneratedRegex(@"url\s*=\s*['""]?(?<url>https?://[^'""\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RefreshTarget();

    // location = "…", location.href = "…", location.replace("…"), location.assign("…"), on window or document alike.
    [GeneratedRegex(@"\blocation(?:\.href\s*=|\s*=(?!=)|\.(?:replace|assign)\s*\()\s*['""](?<url>https?://[^'""\s]+)['""]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptTarget();
}
