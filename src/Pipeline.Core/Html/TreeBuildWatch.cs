using AngleSharp.Dom;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Html;

/// <summary>
/// Looks at a parse while AngleSharp builds the tree, so that markup made to nest thousands of levels, or to outrun the time budget or
/// the element limit, is stopped as it is read instead of after the whole parse.
/// </summary>
/// <remarks>
/// The tree builder checks scopes down its stack of open elements on most tags, and the parse never looks at a cancellation token:
/// 40,000 unclosed &lt;div&gt; elements (200 KB) took it 3 s, the 16 MB an input may hold would take hours. The tree does not show that
/// stack once it is deep: past <see cref="ParserDepthCap"/> levels AngleSharp, as browsers do, sets new elements beside each other at
/// the last level. So every <see cref="Interval"/> elements created or parse errors met, the watch checks the budget and the element
/// count, reads how deep the newest element sits (counting the elements set at the last level as open, the most they can be), and adds
/// that depth for each of those tags to the parse's work; markup whose work passes <see cref="MaxWork"/> (about a second of scope
/// checks) is rejected as too deep. Ordinary pages, 20 to 190 levels deep, do a few million. One watch per thread, like its parser.
/// </remarks>
internal sealed class TreeBuildWatch
{
    /// <summary>AngleSharp keeps at most this many levels.</summary>
    internal const int ParserDepthCap = 512;

    private const int Interval = 1024;
    private const long MaxWork = 250_000_000;

    private int _maxElements = int.MaxValue;
    private int _maxDepth = int.MaxValue;
    private long _maxWork = long.MaxValue;
    private CancellationToken _cancellationToken;
    private int _created;
    private int _errors;
    private int _createdAtCap;
    private long _work;
    private Element? _latest;

    /// <summary>Arms the watch for one parse.</summary>
    public void Start(int maxElements, int maxDepth, CancellationToken cancellationToken) =>
        Reset(maxElements, maxDepth, MaxWork, cancellationToken);

    /// <summary>Disarms the watch and lets go of the tree.</summary>
    public void Stop() => Reset(int.MaxValue, int.MaxValue, long.MaxValue, CancellationToken.None);

    private void Reset(int maxElements, int maxDepth, long maxWork, CancellationToken cancellationToken)
    {
        (_maxElements, _maxDepth, _maxWork, _cancellationToken) = (maxElements, maxDepth, maxWork, cancellationToken);
        (_created, _errors, _createdAtCap, _work, _latest) = (0, 0, 0, 0, null);
    }

    /// <summary>Called for each element the parse creates.</summary>
    /// <exception cref="InputRejectedException">With <see cref="FailureReason.TreeTooLarge"/> or <see cref="FailureReason.TreeTooDeep"/>.</exception>
    /// <exception cref="OperationCanceledException">When the budget ran out.</exception>
    public void Created(Element element)
    {
        if ((++_created & (Interval - 1)) == 0)
        {
            Look(created: true);
        }

        // Not in the tree yet; by the next look it is, where the builder put it.
        _latest = element;
    }

    /// <summary>
    /// Called for each parse error: a run of stray end tags creates no element, yet each sends the builder down its stack of open
    /// elements, so the watch looks there too.
    /// </summary>
    public void ErrorRaised()
    {
        if ((++_errors & (Interval - 1)) == 0)
        {
            Look(created: false);
        }
    }

    private void Look(bool created)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_created > _maxElements)
        {
            throw TreeGuard.TooLarge(_maxElements);
        }

        var depth = 0;
        for (var element = _latest; element is not null && depth < ParserDepthCap; element = element.ParentElement as Element)
        {
            depth++;
        }

        if (depth > _maxDepth)
        {
            throw TreeGuard.TooDeep(_maxDepth);
        }

        if (depth >= ParserDepthCap && created)
        {
            _createdAtCap += Interval;
        }

        _work += (long)Interval * (depth >= ParserDepthCap ? depth + _createdAtCap : depth);
        if (_work > _maxWork)
        {
            throw new InputRejectedException(
                FailureReason.TreeTooDeep, "The HTML markup keeps too many elements open over too much of the page to parse in time.");
        }
    }
}
