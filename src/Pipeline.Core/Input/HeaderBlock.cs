using System.Text;

namespace Pipeline.Core.Input;

/// <summary>Reads "Name: value" lines up to the first empty line, as saved HTTP responses and MIME messages and parts write them.</summary>
public static class HeaderBlock
{
    /// <summary>
    /// The headers (names lower-cased, folded lines joined) and where the body starts, or null when the first
    /// <paramref name="maxBytes"/> of <paramref name="bytes"/> are not header lines ended by an empty line.
    /// </summary>
    public static (Dictionary<string, string> Headers, int BodyStart)? Read(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        // Header lines are ASCII, so a Latin-1 view keeps every byte where it was: character offsets are byte offsets.
        var text = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, maxBytes)]);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        string? last = null;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                return null;
            }

            var line = text.AsSpan(position, end - position).TrimEnd('\r');
            position = end + 1;
            if (line.IsEmpty)
            {
                return (headers, position);
            }

            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim().ToString();
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].ContainsAny(" \t<>"))
            {
                return null;
            }

            last = line[..colon].ToString().ToLowerInvariant();
            headers[last] = line[(colon + 1)..].Trim().ToString();
        }

        return null;
    }
}
