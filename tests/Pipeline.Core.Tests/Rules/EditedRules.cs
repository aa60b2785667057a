using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Rules;

/// <summary>The repository's rules with one file edited, loaded the way a rules folder is (a copy in a temporary folder).</summary>
internal static class EditedRules
{
    public static RuleSet Load(string fileName, Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("rules-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Pipeline.Tests.Shared.RepositoryPaths.Root, "rules")))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            var edited = Path.Combine(folder.FullName, fileName);
            File.WriteAllText(edited, edit(File.ReadAllText(edited)));
            return RuleSet.FromDirectory(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
