namespace Pipeline.Core.Text;

/// <summary>What a line of a plain-text page was recognised as.</summary>
public enum TextRole
{
    Unclassified,
    Closer,
    Byline,
    Title,
    Standfirst,
    Body,
    Subheading,
}
