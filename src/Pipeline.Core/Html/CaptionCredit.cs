using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>Separates a picture's credit that the page wrote into its caption ("… (Image: Getty)", "Photo: Oakland Zoo") from the caption.</summary>
public sealed partial class CaptionCredit
{
    private readonly Regex[] _patterns;
    private readonly int _maxWords;

    public CaptionCredit(HtmlRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _patterns = [.. rules.CaptionCreditPatterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)))];
        _maxWords = rules.MaxCaptionCreditWords;
    }

    /// <summary>The image with its caption and credit apart: a caption that only repeats the credit is none, and a credit closing the caption moves to the credit when the page gave none.</summary>
    public ArticleImage Separate(ArticleImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (Unbracketed(image.Credit) is { } bare)
        {
            image = image with { Credit = bare };
        }

        if (image.Caption is not { } caption)
        {
            return image;
        }

        // The credit element was the whole figure, or the caption element held only the credit.
        if (image.Credit is { } given && Trimmed(caption) == Trimmed(given))
        {
            return image with { Caption = null };
        }

        foreach (var pattern in _patterns)
        {
            if (pattern.Match(caption) is { Success: true } match && match.Groups["credit"] is { Success: true } found && IsCredit(found.Value))
            {
                var rest = Trimmed(caption[..match.Index]);
                var credit = image.Credit ?? found.Value.Trim();
                // "© Foto: Name" leaves a lone mark: no caption.
                return image with { Caption = rest.Any(char.IsLetterOrDigit) ? rest : null, Credit = credit };
            }
        }

        return image;
    }

    /// <summary>A name or two and an agency, not a sentence the caption goes on with ("Photo: the storm hit. It …").</summary>
    private bool IsCredit(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= _maxWords + 1 && !SentenceEnd().IsMatch(text);

    /// <summary>A credit element's text bracketed whole ("(Image credit: Google)") without its brackets; null when it is not so written.</summary>
    private static string? Unbracketed(string? credit)
    {
        var text = credit.AsSpan().Trim();
        return text.Length > 2 && text[0] == '(' && text[^1] == ')' && text[1..^1].IndexOfAny('(', ')') < 0 ? text[1..^1].Trim().ToString() : null;
    }

    private static string Trimmed(string text) => text.Trim().TrimEnd('|', '–', '—', '-', '/', '(', ' ').Trim();

    [GeneratedRegex(@"\p{Ll}{3,}\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
