namespace Pipeline.Core.Model;

/// <summary>The closed vocabulary of removal reasons written to the audit.</summary>
public static class RemovalReasons
{
    public const string Advertisement = "advertisement";
    public const string Comments = "comments";
    public const string Navigation = "navigation";
    public const string Syndication = "syndication";
    public const string Caption = "caption";
    public const string Newsletter = "newsletter";
    public const string Footer = "footer";
    public const string Duplicate = "duplicate";
    public const string Byline = "byline";

    /// <summary>The headline (and a heading repeating it) at the top of the text: the article's <c>title</c> holds it.</summary>
    public const string Title = "title";
    public const string Related = "related";
    public const string Share = "share";
    public const string Consent = "consent";
    public const string Boilerplate = "boilerplate";

    /// <summary>A quotation set apart from the text in figure markup: a pull quote repeating a line of the story, an embedded post.</summary>
    public const string Quote = "quote";
}
