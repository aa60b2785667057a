using AngleSharp.Dom;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Html;

/// <summary>Rejects trees too large or too deep to clean safely, before any expensive stage runs.</summary>
public static class TreeGuard
{
    /// <returns>The number of elements in the tree.</returns>
    /// <exception cref="InputRejectedException">With <see cref="FailureReason.TreeTooLarge"/> or <see cref="FailureReason.TreeTooDeep"/>.</exception>
    public static int Check(IDocument document, int maxElements, int maxDepth, CancellationToken cancellationToken)
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
                throw new InputRejectedException(FailureReason.TreeTooLarge, $"The HTML tree has more than {maxElements} elements.");
            }

            if (depth > maxDepth)
            {
                throw new InputRejectedException(FailureReason.TreeTooDeep, $"The HTML tree is nested deeper than {maxDepth} levels.");
            }

            if ((count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var child in element.ElementChildren())
            {
                stack.Push((child, depth + 1));
            }
        }

        return count;
    }
}
