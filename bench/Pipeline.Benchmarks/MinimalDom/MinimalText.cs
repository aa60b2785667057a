using System.Text;
using AngleSharp.Common;
using AngleSharp.Dom;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>A text node holding its first run as given and copying only when a second run joins it.</summary>
internal sealed class MinimalText() : MinimalNode("#text", NodeFlags.None)
{
    private StringOrMemory _first;
    private StringBuilder? _joined;

    public int Length => _joined?.Length ?? _first.Length;

    public void Append(StringOrMemory text)
    {
        if (_joined is null && _first.Length == 0)
        {
            _first = text;
            return;
        }

        _joined ??= new StringBuilder().Append(_first.Memory.Span);
        _joined.Append(text.Memory.Span);
    }
}
