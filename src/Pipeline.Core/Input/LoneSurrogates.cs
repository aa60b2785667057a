using System.Text;

namespace Pipeline.Core.Input;

/// <summary>Drops lone UTF-16 surrogates from JSON text, raw or escaped, so that System.Text.Json can read the strings that held them.</summary>
/// <remarks>
/// A script that cut an emoji in half (<c>"\ud83d"</c> without its pair) made System.Text.Json throw when the string was read, and the page
/// ended as an internal error instead of a clean document. Half a character cannot be shown, so it goes rather than leave a replacement
/// mark in a title or a name. Surrogate pairs, raw or escaped, are kept as they are.
/// </remarks>
internal static class LoneSurrogates
{
    /// <summary>The JSON text without its lone surrogates; the same instance when it holds none.</summary>
    public static string DroppedFromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!MayHold(json))
        {
            return json;
        }

        var repaired = new StringBuilder(json.Length);
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            if (c == '\\' && i + 1 < json.Length)
            {
                if (EscapedUnit(json, i) is { } unit && char.IsSurrogate(unit))
                {
                    if (char.IsHighSurrogate(unit) && EscapedUnit(json, i + 6) is { } low && char.IsLowSurrogate(low))
                    {
                        repaired.Append(json, i, 12);
                        i += 12;
                    }
                    else
                    {
                        i += 6;
                    }

                    continue;
                }

                // Any other escape is copied whole, so that an escaped backslash before "u" is not read as an escape.
                repaired.Append(c).Append(json[i + 1]);
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                repaired.Append(c).Append(json[i + 1]);
                i += 2;
                continue;
            }

            if (!char.IsSurrogate(c))
            {
                repaired.Append(c);
            }

            i++;
        }

        return repaired.ToString();
    }

    /// <summary>Whether the JSON text holds a surrogate, raw or escaped (a pair or a lone one): when not, it has nothing to drop.</summary>
    public static bool MayHold(ReadOnlySpan<char> json) =>
        json.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 || json.Contains("\\ud", StringComparison.OrdinalIgnoreCase);

    /// <summary>The UTF-16 unit a <c>\uXXXX</c> escape at <paramref name="at"/> stands for, or null when none starts there.</summary>
    private static char? EscapedUnit(string json, int at) =>
        at + 6 <= json.Length && json[at] == '\\' && json[at + 1] == 'u'
        && ushort.TryParse(json.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var unit)
            ? (char)unit
            : null;
}
