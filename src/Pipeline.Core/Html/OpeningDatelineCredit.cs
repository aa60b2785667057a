using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>The news agency a story's opening dateline credits ("RIVERSIDE (AP) — The central library…"), which the page's markup may not name.</summary>
internal sealed class OpeningDatelineCredit(string datelinePattern, AgencyCatalog catalog)
{
    /// <summary>The dateline opens the story's first paragraph, which may follow a lead and a subheading.</summary>
    private const int MaxOpeningBlocks = 3;

    // The text path's dateline pattern (rules/text.json) with its options, compiled alone: the whole TextPatterns set takes 150-400 ms to build.
    private readonly Regex _dateline = RulePattern.Create(datelinePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// <paramref name="agencies"/> with the agencies the dateline of one of the first blocks names and they do not, in any spelling; or, failing
    /// that, the agency of a credit line of its own that was taken out of the text as a byline ("AFP, MANILA").
    /// </summary>
    public IReadOnlyList<string> AddTo(IReadOnlyList<string> agencies, IReadOnlyList<TextBlock> blocks, IReadOnlyList<RemovedBlock>? removed = null)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        ArgumentNullException.ThrowIfNull(blocks);
        for (var i = 0; i < Math.Min(MaxOpeningBlocks, blocks.Count); i++)
        {
            if (_dateline.Match(blocks[i].Text) is { Success: true } dateline)
            {
                return With(agencies, catalog.FindAll(dateline.Groups["agency"].Value));
            }
        }

        foreach (var line in removed ?? [])
        {
            if (line.Reason == RemovalReasons.Byline && AgencyPlaceLine.Agency(line.Text, catalog) is { } agency)
            {
                return With(agencies, [agency]);
            }
        }

        return agencies;
    }

    private IReadOnlyList<string> With(IReadOnlyList<string> agencies, IReadOnlyList<string> found)
    {
        var named = found.Where(agency => !agencies.Any(known => string.Equals(catalog.Match(known) ?? known, agency, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count == 0 ? agencies : [.. agencies, .. named];
    }
}
