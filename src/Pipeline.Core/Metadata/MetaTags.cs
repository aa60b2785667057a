using AngleSharp.Dom;
using Pipeline.Core.Html;

namespace Pipeline.Core.Metadata;

/// <summary>Every &lt;meta&gt; tag of a page, keyed by its lower-case name, property, itemprop or http-equiv, values in document order.</summary>
public sealed class MetaTags
{
    // schema.org properties whose value is a creative work other than the one that holds them.
    private static readonly HashSet<string> OtherWorkProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "citation", "comment", "review", "mentions", "subjectOf", "isBasedOn", "workExample", "exampleOfWork",
        "suggestedAnswer", "acceptedAnswer", "itemListElement",
    };

    // News pages carry a few dozen distinct meta keys: sized once.
    private readonly Dictionary<string, List<string>> _values = new(48, StringComparer.Ordinal);

    private MetaTags()
    {
    }

    /// <summary>Reads the meta tags in one pass (head and body, since pages put itemprop metas anywhere).</summary>
    public static MetaTags Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Read(document.ElementsNamed("meta"));
    }

    /// <summary>Reads the given &lt;meta&gt; elements, in document order.</summary>
    public static MetaTags Read(IReadOnlyList<IElement> metaElements)
    {
        ArgumentNullException.ThrowIfNull(metaElements);
        var tags = new MetaTags();
        foreach (var meta in metaElements)
        {
            var value = meta.GetAttribute("content") ?? meta.GetAttribute("datetime") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["name", "property", "itemprop", "http-equiv"])
            {
                var keys = meta.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(keys) || (attribute == "itemprop" && InsideAnotherWork(meta)))
                {
                    continue;
                }

                // property="og:title twitter:title" and itemprop="author name" name several keys at once.
                foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    tags.Add(key.ToLowerInvariant(), value.Trim());
                }
            }

            if (meta.HasAttribute("pubdate"))
            {
                tags.Add("pubdate", value.Trim());
            }
        }

        return tags;
    }

    /// <summary>
    /// True when the microdata item holding <paramref name="meta"/> sits under a property whose value is another work (a comment,
    /// a review, a cited or mentioned article): its author and dates are that work's, not the page's article's.
    /// </summary>
    private static bool InsideAnotherWork(IElement meta)
    {
        for (var element = meta.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.HasAttribute("itemscope") && element.GetAttribute("itemprop") is { Length: > 0 } property
                && property.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(OtherWorkProperties.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The values of one key (lower-case), in document order.</summary>
    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];

    /// <summary>The first value of the first key in <paramref name="keys"/> that the page has.</summary>
    public string? First(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list))
            {
                return list[0];
            }
        }

        return null;
    }

    /// <summary>The values of the "twitter:dataN" tags whose "twitter:labelN" is one of <paramref name="labels"/> (lower-case): the label/value pairs blog engines use to show "Written by: Jane Doe".</summary>
    public IEnumerable<string> LabelledData(IReadOnlyCollection<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        for (var i = 1; _values.TryGetValue("twitter:label" + i, out var label); i++)
        {
            if (labels.Contains(label[0].Trim().TrimEnd(':').ToLowerInvariant()) && _values.TryGetValue("twitter:data" + i, out var data))
            {
                yield return data[0];
            }
        }
    }

    /// <summary>The first value of one key (lower-case).</summary>
    public string? First(string key) => _values.TryGetValue(key, out var list) ? list[0] : null;

    private void Add(string key, string value)
    {
        if (!_values.TryGetValue(key, out var list))
        {
            _values[key] = list = [];
        }

        list.Add(value);
    }
}
