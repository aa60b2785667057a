using Pipeline.Core.Model;

namespace Pipeline.Core.Text;

/// <summary>A reader comment found on the page, with the line where it starts (to give it to the right article).</summary>
public sealed record ParsedComment(int BlockIndex, Comment Comment);
