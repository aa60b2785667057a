using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>Elements excluded from the article and why. The document itself is never modified, so metadata can still read every element.</summary>
public sealed class PruneMap
{
    private const int MaxAuditChars = 300;
    private readonly Dictionary<IElement, string> _reasons;
    private readonly List<RemovedBlock> _audit = [];

    /// <summary>An empty map; <paramref name="expectedRemovals"/>, when known, sizes its table once instead of letting it grow.</summary>
    public PruneMap(int expectedRemovals = 0) => _reasons = new Dictionary<IElement, string>(expectedRemovals, ReferenceEqualityComparer.Instance);

    /// <summary>The audit of removed blocks that held text, in the order they were removed.</summary>
    public IReadOnlyList<RemovedBlock> Audit => _audit;

    public int Count => _reasons.Count;

    /// <summary>Marks an element (and so its subtree) as removed, recording its text in the audit unless told not to.</summary>
    public void Remove(IElement element, string reason, bool audit = true)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!_reasons.TryAdd(element, reason) || !audit)
        {
            return;
        }

        var text = ElementText.FoldedAcrossBlocks(element, 4 * MaxAuditChars);
        if (text.Length > 0)
        {
            _audit.Add(new RemovedBlock(reason, text.Length > MaxAuditChars ? text[..MaxAuditChars] + "…" : text));
        }
    }

    /// <summary>Records a removed piece of text that is not a whole element (e.g. a duplicate paragraph).</summary>
    public void Record(string reason, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _audit.Add(new RemovedBlock(reason, text.Length > MaxAuditChars ? text[..MaxAuditChars] + "…" : text));
    }

    public bool IsRemoved(IElement element) => _reasons.ContainsKey(element);

    /// <summary>Why <paramref name="element"/> itself was removed, or null when it was not.</summary>
    public string? ReasonFor(IElement element) => _reasons.GetValueOrDefault(element);

    /// <summary>Whether the element or one of its ancestors is removed.</summary>
    public bool IsInsideRemoved(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (_reasons.ContainsKey(e))
            {
                return true;
            }
        }

        return false;
    }
}
