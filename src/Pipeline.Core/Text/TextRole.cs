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

    /// <summary>A publication or update stamp: out of the text, yet a line the body's run is weighed across as before.</summary>
    Stamp,
}
