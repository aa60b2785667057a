namespace Pipeline.Core.Input;

/// <summary>
/// Decodes a base64 text as far as it is whole: a body cut off, or damaged by a character outside the alphabet, gives the bytes before the
/// cut or the damage, as a truncated page is cleaned as far as it goes.
/// </summary>
public static class Base64Prefix
{
    /// <summary>The bytes the text's leading run of whole base64 quadruples encodes (padding only at its end), or null when there is none.</summary>
    public static byte[]? Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = 0;
        while (run < text.Length && IsAlphabet(text[run]))
        {
            run++;
        }

        var padding = 0;
        while (run + padding < text.Length && padding < 2 && text[run + padding] == '=')
        {
            padding++;
        }

        // Whole quadruples only; a padded end counts only when it closes one.
        var length = (run + padding) % 4 == 0 ? run + padding : run / 4 * 4;
        if (length == 0)
        {
            return null;
        }

        var bytes = new byte[length / 4 * 3];
        return Convert.TryFromBase64Chars(text.AsSpan(0, length), bytes, out var written) ? bytes[..written] : null;
    }

    private static bool IsAlphabet(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';
}
