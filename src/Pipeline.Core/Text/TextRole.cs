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

    /// <summary>A short line the page prints three times or more: chrome, unless it is the headline repeated in a share bar or a picture's label.</summary>
    Repeated,
}
