namespace Pipeline.Tests.Shared;

/// <summary>Locates the repository root and the shared data folder beside it, from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Pipeline.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The read-only <c>shared/</c> folder beside the repository (seeds, spec, datasets).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Datasets => Path.Combine(Shared, "datasets");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
