using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Rules;

public class RuleSetTests
{
    [Fact]
    public void Embedded_rules_hash_equals_the_hash_of_the_rules_folder()
    {
        var fromFolder = RuleSet.FromDirectory(Path.Combine(Pipeline.Tests.Shared.RepositoryPaths.Root, "rules"));

        Assert.Equal(fromFolder.Sha256, RuleSet.Embedded.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", RuleSet.Embedded.Sha256);
    }

    [Fact]
    public void Changing_one_rules_file_changes_the_hash()
    {
        var folder = Directory.CreateTempSubdirectory("rules-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Pipeline.Tests.Shared.RepositoryPaths.Root, "rules")))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            var before = RuleSet.FromDirectory(folder.FullName).Sha256;
            var text = Path.Combine(folder.FullName, "text.json");
            File.WriteAllText(text, File.ReadAllText(text) + "\n");

            Assert.NotEqual(before, RuleSet.FromDirectory(folder.FullName).Sha256);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_rules_file_with_an_unknown_key_is_rejected_with_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("rules-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Pipeline.Tests.Shared.RepositoryPaths.Root, "rules")))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(folder.FullName, "html.json"), """{ "version": "x", "noSuchRule": [] }""");

            var e = Assert.Throws<InvalidOperationException>(() => RuleSet.FromDirectory(folder.FullName));
            Assert.Contains("html.json", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
