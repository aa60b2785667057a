namespace Pipeline.Core.Input;

/// <summary>Counts words the way readers do: runs of letters or digits, apostrophes and hyphens inside a word kept.</summary>
public static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }
}
