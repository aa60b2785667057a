namespace Pipeline.Core.Text;

/// <summary>Lines <see cref="First"/> to <see cref="Last"/> (inclusive) of a page hold a post's body.</summary>
public readonly record struct MainTextRegion(int First, int Last);
