namespace Pipeline.Core.Metadata;

/// <summary>Recognises a login name given where a person's name belongs ("arianschlichenmayer", "admin", "user_42").</summary>
public static class AccountHandle
{
    /// <summary>
    /// True for one word in a cased script with no capital letter, or one word that carries a digit or an underscore: the shape of the
    /// account a CMS fills into structured data, which a page's visible byline may spell as the writer's real name.
    /// </summary>
    public static bool IsHandle(string name)
    {
        var trimmed = name.AsSpan().Trim();
        if (trimmed.Length < 2)
        {
            return false;
        }

        bool anyLetter = false, anyUpper = false, anyDigitOrUnderscore = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            // Scripts without case (Chinese, Korean, Japanese) give a name no capital to miss.
            if (char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c))
            {
                return false;
            }

            anyLetter |= char.IsLetter(c);
            anyUpper |= char.IsUpper(c);
            anyDigitOrUnderscore |= char.IsDigit(c) || c == '_';
        }

        return anyLetter && (!anyUpper || anyDigitOrUnderscore);
    }
}
