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
        Assert.Equal(RuleSet.Embedded.Sha256, EditedRules.Load("text.json", text => text).Sha256);
        Assert.NotEqual(RuleSet.Embedded.Sha256, EditedRules.Load("text.json", text => text + "\n").Sha256);
    }

    [Fact]
    public void A_rules_file_with_an_unknown_key_is_rejected_with_its_name()
    {
        var e = Assert.Throws<InvalidOperationException>(() => EditedRules.Load("html.json", _ => """{ "version": "x", "noSuchRule": [] }"""));

        Assert.Contains("html.json", e.Message, StringComparison.Ordinal);
    }
}
