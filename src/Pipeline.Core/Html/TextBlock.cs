namespace Pipeline.Core.Html;

/// <summary>One rendered block of the article text and the kind of element it came from.</summary>
public sealed record TextBlock(string Text, TextBlockKind Kind)
{
    /// <summary>Whether (nearly) all of the block's text is link text: a teaser or a cross-reference rather than prose.</summary>
    public bool IsLink { get; init; }

    /// <summary>Whether any of the block's text is link text.</summary>
    public bool HasLink { get; init; }

    /// <summary>Whether (nearly) all of the block's text is set in emphasis (em, strong, i, b): an editor's note, an appeal or a credit rather than running prose.</summary>
    public bool IsEmphasized { get; init; }
}

/// <summary>What a rendered block is.</summary>
public enum TextBlockKind
{
    Paragraph,
    Heading,
    Title,
    ListItem,
    Quote,
    TableCell,
}
