namespace Pipeline.Core.Model;

/// <summary>A block of the page that was removed, with the reason (see <see cref="RemovalReasons"/>).</summary>
public sealed record RemovedBlock(string Reason, string Text);
