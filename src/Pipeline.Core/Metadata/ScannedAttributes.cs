using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>The attributes the head scan asks of one element, read in one pass over its attribute list instead of one search per name.</summary>
/// <remarks>Each <c>GetAttribute</c> lower-cases its argument and searches the list; the scan asked eight of them of every element it inspects.</remarks>
internal readonly record struct ScannedAttributes(
    string? Role, string? Itemprop, string? Rel, string? Component, string? TestId, string? Href, bool HasDatetime, bool HasUtime)
{
    /// <summary>Reads the element's attributes; the first of a repeated name wins, as with <c>GetAttribute</c>.</summary>
    public static ScannedAttributes Of(IElement element)
    {
        var attributes = element.Attributes;
        var count = attributes.Length;
        if (count == 0)
        {
            return default;
        }

        string? role = null, itemprop = null, rel = null, component = null, testId = null, href = null;
        bool datetime = false, utime = false;
        for (var i = 0; i < count; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "role": role ??= attribute.Value; break;
                case "itemprop": itemprop ??= attribute.Value; break;
                case "rel": rel ??= attribute.Value; break;
                case "data-component": component ??= attribute.Value; break;
                case "data-testid": testId ??= attribute.Value; break;
                case "href": href ??= attribute.Value; break;
                case "datetime": datetime = true; break;
                case "data-utime": utime = true; break;
            }
        }

        return new ScannedAttributes(role, itemprop, rel, component, testId, href, datetime, utime);
    }
}
