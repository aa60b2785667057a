using System.Text;

namespace Pipeline.Evaluation.Text;

/// <summary>Collapses every run of whitespace to one space and trims, like Python's <c>" ".join(s.split())</c>.</summary>
public static class WhitespaceCollapser
{
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
