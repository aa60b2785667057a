using System.Text.RegularExpressions;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>Separates a picture's credit that the page wrote into its caption ("… (Image: Getty)", "Photo: Oakland Zoo") from the caption.</summary>
public sealed partial class CaptionCredit
{
    private readonly Regex[] _patterns;
    private readonly Regex _labelOnly;
    private readonly int _maxWords;

    public CaptionCredit(HtmlRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _patterns = [.. rules.CaptionCreditPatterns.Select(p => RulePattern.Create(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))];
        _maxWords = rules.MaxCaptionCreditWords;
        _labelOnly = rules.CreditLabels.Count == 0 ? RulePattern.Create("(?!)") : RulePattern.Create(
            @"^\s*(?:" + RulePattern.Alternatives(rules.CreditLabels) + @")\s*:?\s*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The image with its caption and credit apart: a caption that only repeats the credit is none, and a credit closing the caption moves to the credit when the page gave none.</summary>
    public ArticleImage Separate(ArticleImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (Unbracketed(image.Credit) is { } bare)
        {
            image = image with { Credit = bare };
        }

        if (Unmarked(image.Credit) is { } named)
        {
            image = image with { Credit = named };
        }

        // A credit element that holds only its label ("Copyright") names no one; a credit written into the caption may.
        if (image.Credit is { } label && _labelOnly.IsMatch(label))
        {
            image = image with { Credit = null };
        }

        // A gallery's counter ("1/2") or a date where a caption would stand describes nothing.
        if (image.Caption is { } counter && !counter.Any(char.IsLetter))
        {
            image = image with { Caption = null };
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

        if (Split(caption) is not { } split)
        {
            return image;
        }

        // What is left before the credit may be a credit too ("© Provided by The Guardian Photograph: Paul Ellis/AFP"): then there is no caption.
        if (split.Caption is { } rest && Split(rest) is { Caption: null } earlier)
        {
            split = (null, $"{earlier.Credit}, {split.Credit}");
        }

        return image with { Caption = split.Caption, Credit = image.Credit ?? split.Credit };
    }

    /// <summary>The caption before a credit closing it and that credit; null when no credit closes it.</summary>
    private (string? Caption, string Credit)? Split(string caption)
    {
        foreach (var pattern in _patterns)
        {
            if (pattern.Match(caption) is { Success: true } match && match.Groups["credit"] is { Success: true } found && IsCredit(found.Value))
            {
                var rest = Trimmed(caption[..match.Index]);
                // The stop after a bracketed credit closed the caption's sentence ("… befahren (Foto: U. Tischhauser).").
                if (caption.AsSpan(found.Index + found.Length).Trim().EndsWith(").") && rest.Length > 0 && !".!?…".Contains(rest[^1]))
                {
                    rest += ".";
                }

                // "© Foto: Name" leaves a lone mark: no caption.
                return (rest.Any(char.IsLetterOrDigit) ? rest : null, found.Value.Trim());
            }
        }

        return null;
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

    /// <summary>A credit element's text after the copyright mark it opens with ("© Ben Stansall/AFP" is "Ben Stansall/AFP", as a credit read from a caption is); null when it opens with none or is nothing else.</summary>
    private static string? Unmarked(string? credit)
    {
        var text = credit.AsSpan().Trim();
        var rest = text.StartsWith('©') ? text[1..] : text.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase) ? text[4..] : [];
        rest = rest.Trim();
        return rest.Length > 0 && rest[0] is not ('©' or '(') ? rest.ToString() : null;
    }

    private static string Trimmed(string text) => text.Trim().TrimEnd('|', '–', '—', '-', '/', '(', '·', '∙', '•', ' ').Trim();

    [GeneratedRegex(@"\p{Ll}{3,}\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
