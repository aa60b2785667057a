namespace Pipeline.Core.Metadata;

/// <summary>Finds a declared title that is the chosen headline with a few words left out inside it: the headline as the publisher filed it.</summary>
/// <remarks>
/// Pages that edit a headline after publishing update some of its copies and not others ("an intense sprint" in the heading and Open Graph,
/// "a sprint" in JSON-LD and &lt;title&gt;). The longer copy adds a qualifier or a first name to the same sentence; the shorter one, with
/// the same opening and the same last word, is the filed headline that news archives and feeds record. A kicker dropped at the start or a
/// tail cut at the end is another matter (the title reconciler settles those), so both ends must match.
/// </remarks>
public static class HeadlineContraction
{
    /// <summary>Words from which a title reads as a sentence whose inner words can be told apart from its ends.</summary>
    private const int MinWords = 4;

    /// <summary>At most this many of the longer headline's words are left out: more is another headline, not an edit of it.</summary>
    private const int MaxLeftOut = 5;

    /// <summary>At most this many places where words are left out: more is a rewrite.</summary>
    private const int MaxPlaces = 2;

    /// <summary>The longest word that may stand in for a run left out: an article whose form follows the next word ("an intense sprint", "a sprint").</summary>
    private const int MaxStandInLetters = 2;

    /// <summary>
    /// The first of the titles declared for the record (JSON-LD, Open Graph, Twitter; most trusted first) that is <paramref name="chosen"/>
    /// with words left out in one or two places inside it; &lt;title&gt; is written for search and shortened for its length, so it is not asked.
    /// </summary>
    public static string? Find(string chosen, IEnumerable<string> declared)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(declared);
        var longer = Words(chosen);
        if (longer.Count <= MinWords)
        {
            return null;
        }

        foreach (var title in declared)
        {
            var shorter = Words(title);
            if (shorter.Count >= MinWords && shorter.Count < longer.Count && SameEnds(longer, shorter) && LeavesOutInside(longer, shorter))
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>The same first two words and the same last word.</summary>
    private static bool SameEnds(List<string> longer, List<string> shorter) =>
        longer[0] == shorter[0] && longer[1] == shorter[1] && longer[^1] == shorter[^1];

    /// <summary>
    /// True when the shorter title is the longer one with at most five words left out, in at most two places, where a short article may
    /// stand in for what was left out. Headlines are a few dozen words: the alignment table is small.
    /// </summary>
    private static bool LeavesOutInside(List<string> longer, List<string> shorter)
    {
        // common[i, j]: words the longer title from i and the shorter from j have in common, in order.
        var common = new int[longer.Count + 1, shorter.Count + 1];
        for (var i = longer.Count - 1; i >= 0; i--)
        {
            for (var j = shorter.Count - 1; j >= 0; j--)
            {
                common[i, j] = longer[i] == shorter[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int a = 0, b = 0, places = 0, standIns = 0, leftOut = 0;
        var inGap = false;
        while (a < longer.Count || b < shorter.Count)
        {
            if (a < longer.Count && b < shorter.Count && longer[a] == shorter[b])
            {
                (a, b, inGap) = (a + 1, b + 1, false);
                continue;
            }

            if (!inGap)
            {
                (places, inGap) = (places + 1, true);
            }

            if (b < shorter.Count && (a == longer.Count || common[a, b + 1] > common[a + 1, b]))
            {
                // A word of the shorter title's own: only an article standing in for the run left out, once.
                if (shorter[b].Length > MaxStandInLetters || ++standIns > 1)
                {
                    return false;
                }

                b++;
            }
            else
            {
                (a, leftOut) = (a + 1, leftOut + 1);
            }
        }

        return places <= MaxPlaces && leftOut <= MaxLeftOut;
    }

    /// <summary>Letter-and-digit runs, lower-cased: quotes and dashes typed one way or another do not make two titles differ.</summary>
    private static List<string> Words(string text) => [.. TitleReconciler.WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];
}
