namespace Pipeline.LocalHost;

/// <summary>Matches a function route template such as <c>reprocess/{jobId}</c> against a request path.</summary>
public static class RouteTemplate
{
    public static bool TryMatch(string template, string path, out IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(path);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        values = result;
        var expected = template.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        if (expected.Length != actual.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i].StartsWith('{') && expected[i].EndsWith('}'))
            {
                result[expected[i][1..^1].Split(':')[0]] = Uri.UnescapeDataString(actual[i]);
            }
            else if (!string.Equals(expected[i], actual[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
