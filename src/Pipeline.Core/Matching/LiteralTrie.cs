using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Matching;

/// <summary>
/// Writes an alternation of literal words as a prefix tree ("jan(?:uary|vier)?" instead of "january|janvier|jan"), matching exactly
/// what the flat alternation ordered longest first matches. A compiled regex over a few hundred words written flat tries every word at
/// every position and grows past the size the JIT optimises; the tree fails on the first character no word continues with.
/// </summary>
public static class LiteralTrie
{
    /// <summary>
    /// The regex source for <paramref name="literals"/>, longest first wherever one is a prefix of another (the only case where the order
    /// of literals can change a match). With <paramref name="ignoreCase"/>, literals that differ only in case share their branches, as they
    /// would under <see cref="RegexOptions.IgnoreCase"/>.
    /// </summary>
    public static string Pattern(IEnumerable<string> literals, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(literals);
        var root = new Node('\0');
        foreach (var literal in literals)
        {
            var node = root;
            foreach (var c in literal)
            {
                var key = ignoreCase ? char.ToLowerInvariant(c) : c;
                node = node.Child(key, c);
            }

            node.IsEnd = true;
        }

        var pattern = new StringBuilder();
        Write(root, pattern);
        return pattern.ToString();
    }

    private static void Write(Node node, StringBuilder pattern)
    {
        var branches = node.Children.Count + (node.IsEnd && node.Children.Count > 0 ? 1 : 0);
        if (branches > 1)
        {
            pattern.Append("(?:");
        }

        for (var i = 0; i < node.Children.Count; i++)
        {
            if (i > 0)
            {
                pattern.Append('|');
            }

            var child = node.Children[i];
            pattern.Append(Regex.Escape(child.Written.ToString()));
            Write(child, pattern);
        }

        if (branches > 1)
        {
            // Ending here comes last: a longer literal is tried before its own prefix, as in a longest-first alternation.
            pattern.Append(node.IsEnd ? "|)" : ")");
        }
    }

    private sealed class Node(char written)
    {
        public char Written { get; } = written;
        public bool IsEnd { get; set; }
        public List<Node> Children { get; } = [];
        private readonly Dictionary<char, Node> _byKey = [];

        public Node Child(char key, char written)
        {
            if (!_byKey.TryGetValue(key, out var child))
            {
                child = new Node(written);
                _byKey.Add(key, child);
                Children.Add(child);
            }

            return child;
        }
    }
}
