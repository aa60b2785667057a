namespace Pipeline.Core.Text.Stages;

/// <summary>One pure cleaning stage over a page's lines: returns the lines with roles or removal reasons added, never reordered.</summary>
public interface ITextStage
{
    IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks);
}
