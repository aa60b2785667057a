using AngleSharp.Dom;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Metadata;

namespace Pipeline.Core.Html;

/// <summary>Rejects trees too large or too deep to clean safely, before any expensive stage runs.</summary>
public static class TreeGuard
{
    /// <remarks>Given a <see cref="PageWideElements"/>, the walk also collects the elements the metadata stage reads, so that it needs no walk of its own.</remarks>
    /// <returns>The number of elements in the tree.</returns>
    /// <exception cref="InputRejectedException">With <see cref="FailureReason.TreeTooLarge"/> or <see cref="FailureReason.TreeTooDeep"/>.</exception>
    public static int Check(IDocument document, int maxElements, int maxDepth, CancellationToken cancellationToken, PageWideElements? pageWide = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = 0;
        // Sized for a typical page: the stack holds the pending siblings of every open level.
        var stack = new Stack<(IElement Element, int Depth)>(256);
        if (document.DocumentElement is { } root)
        {
            stack.Push((root, 1));
        }

        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (++count > maxElements)
            {
                throw TooLarge(maxElements);
            }

            if (depth > maxDepth)
            {
                throw TooDeep(maxDepth);
            }

            if ((count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            pageWide?.Note(element);

            // Last child pushed first: elements come off the stack in document order, the order the page-wide lists keep.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return count;
    }

    internal static InputRejectedException TooLarge(int maxElements) =>
        new(FailureReason.TreeTooLarge, $"The HTML tree has more than {maxElements} elements.");

    internal static InputRejectedException TooDeep(int maxDepth) =>
        new(FailureReason.TreeTooDeep, $"The HTML tree is nested deeper than {maxDepth} levels.");
}
