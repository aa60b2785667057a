using System.Text.RegularExpressions;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>
/// Rewrites a Chinese byline ("聯合報 記者林宸誼／即時報導", "文／記者王小明 圖／騰訊科技") into separated credits the byline parser reads:
/// Chinese writes the reporter's label straight before the name, with no space and no "By", and closes with where the story was filed.
/// </summary>
internal sealed class HanBylineLabels
{
    private const string Han = @"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]";

    private readonly AgencyCatalog _agencies;
    private readonly Regex? _picture;
    private readonly Regex? _writer;
    private readonly Regex? _reporter;
    private readonly Regex? _dateline;

    public HanBylineLabels(MetadataRules rules, AgencyCatalog agencies)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _agencies = agencies;
        // A credit runs to the next separator or space: "圖／騰訊科技" names who supplied the picture, not a writer.
        _picture = Labelled(rules.HanPictureLabels, @"\s*[／/:：]\s*[^／/|｜，,、;；\s（）()]+");
        _writer = Labelled(rules.HanWriterLabels, @"\s*[／/:：]\s*");
        // What stands before the reporter's label, up to eight characters, is the employer ("新华社记者", "聯合報 記者"), credited only when it is a news agency.
        _reporter = rules.HanReporterLabels.Count == 0 ? null : RulePattern.Create(
            @"(?<=^|[\s|｜／/，,、;；（(：:])(?:(?<employer>" + Han + @"{2,8}?)\s*)?(?:" + RulePattern.Alternatives(rules.HanReporterLabels) + @")\s*[／/:：]?\s*(?=" + Han + ")",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _dateline = rules.HanDatelineEndings.Count == 0 ? null : RulePattern.Create(
            @"(?<=^|[\s|｜／/])" + Han + @"{0,6}(?:\d{1,2}日)?(?:" + RulePattern.Alternatives(rules.HanDatelineEndings) + @")(?=\s*(?:$|[|｜／/）)]))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The line with Chinese labels, picture credits and datelines turned into separators; a line without Chinese characters as it is.</summary>
    public string Rewrite(string line)
    {
        if (!HasHan(line))
        {
            return line;
        }

        if (_picture is not null)
        {
            line = _picture.Replace(line, " | ");
        }

        if (_writer is not null)
        {
            line = _writer.Replace(line, " | ");
        }

        if (_dateline is not null)
        {
            line = _dateline.Replace(line, " | ");
        }

        if (_reporter is not null)
        {
            line = _reporter.Replace(line, m => m.Groups["employer"] is { Success: true } employer && _agencies.Match(employer.Value) is not null
                ? " | " + employer.Value + " | "
                : " | ");
        }

        return line.Replace('／', '|').Replace('｜', '|');
    }

    private static bool HasHan(string line)
    {
        foreach (var c in line)
        {
            if (c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label at the start of the line or after a separator, followed by <paramref name="after"/>; null when the rules list none.</summary>
    private static Regex? Labelled(IReadOnlyList<string> labels, string after) => labels.Count == 0 ? null : RulePattern.Create(
        @"(?<=^|[\s|｜（(])(?:" + RulePattern.Alternatives(labels) + ")" + after,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
