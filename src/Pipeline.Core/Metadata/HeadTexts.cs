using System.Text;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The visible text the head scan gathers as it walks: the text just before and after the main heading, the top of the page (for a page
/// without a heading) and the page text, each up to a limit.
/// </summary>
/// <remarks>The five builders grow to tens of KB on every page: one set per thread serves every page, so a scan's texts are read before the thread's next scan.</remarks>
internal sealed class HeadTexts
{
    private const int TextAfterLimit = 1500;
    private const int TextBeforeLimit = 400;
    private const int PageTextLimit = 20_000;

    /// <summary>Larger builders are not kept, so one huge text node does not hold its memory for the thread's lifetime.</summary>
    private const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static HeadTexts? t_texts;

    private StringBuilder _before = new(), _after = new(), _recent = new(), _start = new(), _page = new();

    // Counts the thread's scans: the page text is read from a builder the thread's next scan reuses.
    private int _scans;

    private HeadTexts()
    {
    }

    /// <summary>The thread's texts, emptied for a new scan.</summary>
    public static HeadTexts ForNewScan()
    {
        var texts = t_texts ??= new HeadTexts();
        texts._scans++;
        texts._before = Emptied(texts._before);
        texts._after = Emptied(texts._after);
        texts._recent = Emptied(texts._recent);
        texts._start = Emptied(texts._start);
        texts._page = Emptied(texts._page);
        return texts;
    }

    private static StringBuilder Emptied(StringBuilder builder) => builder.Capacity <= MaxKeptCapacity ? builder.Clear() : new StringBuilder();

    /// <summary>The text before the heading: what came just before it, up to a limit.</summary>
    public string BeforeHeading => _before.ToString();

    /// <summary>The text after the heading; without a heading, the top of the page stands in for it.</summary>
    public string AfterHeading(bool headingFound) => headingFound ? _after.ToString() : _start.ToString();

    /// <summary>A (new) main heading was met: the text before it is the recent text, the text after it starts over.</summary>
    public void HeadingFound()
    {
        _after.Clear();
        _before.Clear();
        _before.Append(_recent);
    }

    /// <summary>Adds one text node's text, met before or after the main heading.</summary>
    public void Append(string text, bool afterHeading)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (afterHeading && _after.Length < TextAfterLimit)
        {
            _after.Append(text).Append(' ');
        }

        if (_page.Length < PageTextLimit)
        {
            _page.Append(text).Append(' ');
        }

        if (!afterHeading && _start.Length < TextAfterLimit)
        {
            _start.Append(text).Append(' ');
        }

        if (!afterHeading)
        {
            _recent.Append(text).Append(' ');
            if (_recent.Length > TextBeforeLimit * 2)
            {
                _recent.Remove(0, _recent.Length - TextBeforeLimit);
            }
        }
    }

    /// <summary>The page text, made from the builder when first asked for, on the scanning thread, before its next scan.</summary>
    public Func<string> PageTextSource()
    {
        var scan = _scans;
        var page = _page;
        return () => ReferenceEquals(t_texts, this) && scan == _scans && ReferenceEquals(_page, page)
            ? page.ToString()
            : throw new InvalidOperationException("The page text is read after the scanning thread's next scan.");
    }
}
