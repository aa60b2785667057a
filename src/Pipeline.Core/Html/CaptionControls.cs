using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>
/// Interface set inside a figure that is no part of its caption: controls (buttons, button-styled links, in-page toggles, embed-code
/// boxes) by structure, and the labels of zoom links, caption toggles and gallery counters ("View image in fullscreen", "Image 1 of 8") by
/// the rules' patterns.
/// </summary>
public sealed class CaptionControls
{
    private readonly ClassIdPattern _controlClasses;
    private readonly Regex? _labels;

    public CaptionControls(HtmlRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _controlClasses = new ClassIdPattern(rules.CaptionControlPatterns);
        _labels = RuleAlternation.Compile(rules.CaptionInterfacePatterns);
    }

    // Every figure's caption is read: one builder per thread serves them all (a caller is done with it before the next call).
    [ThreadStatic]
    private static StringBuilder? t_text;

    /// <summary>Larger builders are not kept: one huge caption must not hold its text for the thread's lifetime.</summary>
    private const int MaxKeptCapacity = 1 << 14;

    /// <summary>The visible text of <paramref name="caption"/>, folded, without the text of the controls inside it.</summary>
    public string Text(IElement caption)
    {
        ArgumentNullException.ThrowIfNull(caption);
        var text = t_text is { Capacity: <= MaxKeptCapacity } kept ? kept.Clear() : (t_text = new StringBuilder());
        Append(caption, text);
        return WhitespaceFolder.FoldLine(text);
    }

    /// <summary><paramref name="text"/> without interface labels; null when nothing but them (or nothing) is left.</summary>
    public string? WithoutLabels(string? text)
    {
        if (string.IsNullOrEmpty(text) || _labels is null)
        {
            return string.IsNullOrEmpty(text) ? null : text;
        }

        // A lone mark ("©") says nothing either.
        var rest = _labels.IsMatch(text) ? WhitespaceFolder.FoldLine(_labels.Replace(text, " ")) : text;
        return HasLetterOrDigit(rest) ? rest : null;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private void Append(IElement element, StringBuilder text)
    {
        var pendingBreak = false;
        Append(element, text, ref pendingBreak);
    }

    // A block's text is a line of its own ("Stuff" above "Generic Police" is no "StuffGeneric Police"); the break becomes a space before
    // the next text unless it sits inside brackets or before a closing mark, where a block is an icon's wrapper ("(<div>Image:</div>AP)").
    private void Append(IElement element, StringBuilder text, ref bool pendingBreak)
    {
        foreach (var child in element.NodeChildren())
        {
            if (child is IText t)
            {
                if (pendingBreak && t.Data.AsSpan().TrimStart() is { IsEmpty: false } data)
                {
                    pendingBreak = false;
                    if (text.Length > 0 && !char.IsWhiteSpace(text[^1]) && text[^1] is not ('(' or '[') && data[0] is not (')' or ']' or ',' or '.' or ';' or ':'))
                    {
                        text.Append(' ');
                    }
                }

                text.Append(t.Data);
            }
            else if (child is IElement e && !HtmlTags.Invisible.Contains(e.TagName) && !IsControl(e))
            {
                var block = HtmlTags.Block.Contains(e.TagName);
                pendingBreak |= block;
                Append(e, text, ref pendingBreak);
                pendingBreak |= block;
            }
        }
    }

    /// <summary>A button, a form field, a link that only jumps within the page or runs a script, or an element styled as a button.</summary>
    private bool IsControl(IElement element) =>
        element.TagName is "BUTTON" or "TEXTAREA" or "INPUT" or "SELECT"
        || element.GetAttribute("role") == "button"
        || (element.TagName == "A" && element.GetAttribute("href") is { } href && (href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
        || _controlClasses.IsMatch(element);
}
