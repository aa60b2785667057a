using System.Collections;

namespace Pipeline.Core.Metadata;

/// <summary>
/// The names credited so far, in order, with a case-insensitive index beside them: a page may tag thousands of authors, and asking a
/// plain list whether it holds each new one made crediting them quadratic (15,000 author meta tags took seconds).
/// </summary>
internal sealed class CreditNames : IReadOnlyList<string>
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _index = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _names.Count;

    public string this[int index] => _names[index];

    /// <summary>Adds the name unless it is already credited, in any casing.</summary>
    public void AddOnce(string name)
    {
        if (_index.Add(name))
        {
            _names.Add(name);
        }
    }

    public void Add(string name)
    {
        _index.Add(name);
        _names.Add(name);
    }

    public void AddRange(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }
    }

    public void Clear()
    {
        _names.Clear();
        _index.Clear();
    }

    public int RemoveAll(Predicate<string> match)
    {
        var removed = _names.RemoveAll(match);
        if (removed > 0)
        {
            _index.Clear();
            _index.UnionWith(_names);
        }

        return removed;
    }

    public IEnumerator<string> GetEnumerator() => _names.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
