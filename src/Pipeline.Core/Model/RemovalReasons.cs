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
    public const string Related = "related";
    public const string Share = "share";
    public const string Consent = "consent";
    public const string Boilerplate = "boilerplate";
}
