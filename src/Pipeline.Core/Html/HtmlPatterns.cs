using Pipeline.Core.Rules;

namespace Pipeline.Core.Html;

/// <summary>The HTML rules compiled for matching: tag sets and class/id patterns.</summary>
public sealed class HtmlPatterns
{
    public HtmlPatterns(HtmlRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        RemovedTags = rules.RemovedTags.Select(t => t.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        PaywalledTextClasses = [.. rules.PaywalledTextClasses];
        Boilerplate = new ClassIdPattern(rules.BoilerplatePatterns);
        DialogClass = new ClassIdPattern(rules.DialogClassPatterns);
        Comments = new ClassIdPattern(rules.CommentPatterns);
        OtherPostComments = new ClassIdPattern(rules.OtherPostCommentPatterns);
        CommentItem = new ClassIdPattern(rules.CommentItemPatterns);
        CommentFurniture = new ClassIdPattern(rules.CommentFurniturePatterns);
        CommentAuthor = new ClassIdPattern(rules.CommentAuthorPatterns);
        CommentDate = new ClassIdPattern(rules.CommentDatePatterns);
        CommentText = new ClassIdPattern(rules.CommentTextPatterns);
        Caption = new ClassIdPattern(rules.CaptionPatterns);
        Credit = new ClassIdPattern(rules.CreditPatterns);
        CaptionCredit = new CaptionCredit(rules);
        CaptionControls = new CaptionControls(rules);
        ImageBlock = new ClassIdPattern(rules.ImageBlockPatterns);
        Lead = new ClassIdPattern(rules.LeadPatterns);
        Positive = new ClassIdPattern(rules.PositiveClassPatterns);
        Negative = new ClassIdPattern(rules.NegativeClassPatterns);
        AppealBox = new AppealBox(rules);
    }

    /// <summary>Boxes led by a heading that asks the reader to join or sign up.</summary>
    public AppealBox AppealBox { get; }

    /// <summary>Upper-case tag names (as AngleSharp reports them) removed outright.</summary>
    public IReadOnlySet<string> RemovedTags { get; }

    /// <summary>Class names of paywalled story text that aria-hidden does not hide from the extractor.</summary>
    public IReadOnlyList<string> PaywalledTextClasses { get; }

    public ClassIdPattern Boilerplate { get; }

    /// <summary>Classes of a box shown over the page, matched against the class attribute alone.</summary>
    public ClassIdPattern DialogClass { get; }

    public ClassIdPattern Comments { get; }

    public ClassIdPattern OtherPostComments { get; }

    public ClassIdPattern CommentItem { get; }

    public ClassIdPattern CommentFurniture { get; }

    public ClassIdPattern CommentAuthor { get; }

    public ClassIdPattern CommentDate { get; }

    public ClassIdPattern CommentText { get; }

    public ClassIdPattern Caption { get; }

    public ClassIdPattern Credit { get; }

    public CaptionCredit CaptionCredit { get; }

    public CaptionControls CaptionControls { get; }

    public ClassIdPattern ImageBlock { get; }

    public ClassIdPattern Lead { get; }

    public ClassIdPattern Positive { get; }

    public ClassIdPattern Negative { get; }
}
