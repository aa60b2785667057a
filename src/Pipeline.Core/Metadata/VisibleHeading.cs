namespace Pipeline.Core.Metadata;

/// <summary>A heading shown on the page, as a title candidate.</summary>
/// <param name="Text">Its text without kicker or screen-reader parts.</param>
/// <param name="Shown">Its whole text, kicker and hidden separators included.</param>
/// <param name="Main">The text of its last part when it is built of several parts (a kicker then the headline), else null.</param>
/// <param name="TextBefore">The visible text just above it, where a kicker set above the heading ends; empty but for the main heading.</param>
/// <param name="IsMain">The article's main heading (its &lt;h1&gt;).</param>
/// <param name="Aside">In navigation, breadcrumbs or another region beside the article.</param>
/// <param name="Masthead">Nothing but a link to the site's home page: the site's name set as a heading, not an article's.</param>
/// <param name="Lead">The text of its first part when it is built of elements only (the headline then a subtitle); read for the main heading only, else null.</param>
public sealed record VisibleHeading(string Text, string Shown, string? Main, string TextBefore, bool IsMain, bool Aside, bool Masthead = false, string? Lead = null);
