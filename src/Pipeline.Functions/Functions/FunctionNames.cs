namespace Pipeline.Functions.Functions;

/// <summary>The function folder names at the repository root; each is also the handler route the host posts to.</summary>
public static class FunctionNames
{
    public const string CleanArticle = nameof(CleanArticle);
    public const string Reprocess = nameof(Reprocess);
    public const string ReprocessStatus = nameof(ReprocessStatus);
    public const string ReprocessArticle = nameof(ReprocessArticle);
    public const string Health = nameof(Health);

    public static IReadOnlyList<string> All { get; } = [CleanArticle, Reprocess, ReprocessStatus, ReprocessArticle, Health];
}
