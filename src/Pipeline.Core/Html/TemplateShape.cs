using AngleSharp.Dom;

namespace Pipeline.Core.Html;

/// <summary>Whether two elements come from the same page-builder template: same tag and class list, ignoring the tokens builders number per instance.</summary>
internal static class TemplateShape
{
    /// <summary>Same tag and class list, ignoring class tokens with digits: builders number each instance of a template (tdi_3_118, tdi_11_47e).</summary>
    public static bool Same(IElement a, IElement b) => a.TagName == b.TagName && TemplateClass(a) == TemplateClass(b);

    private static string TemplateClass(IElement element)
    {
        var cls = element.GetAttribute("class");
        if (cls is null || !cls.Any(char.IsAsciiDigit))
        {
            return cls ?? string.Empty;
        }

        return string.Join(' ', cls.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(token => !token.Any(char.IsAsciiDigit)));
    }
}
