using System.Text.RegularExpressions;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

public sealed class MonthNameGroupsTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void The_rules_month_names_split_into_latin_and_other_scripts_with_every_name_in_one_group()
    {
        var names = RuleSet.Embedded.Metadata.MonthNames.SelectMany(m => m.Names).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var groups = MonthNameGroups.Of(names, Options);

        Assert.Equal(2, groups.Count);
        Assert.Contains("january", groups[0]);
        Assert.Contains("януари", groups[1]);
        Assert.Contains("בינואר", groups[1]);
        Assert.Equal(names.Order(StringComparer.Ordinal), groups.SelectMany(g => g).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Names_whose_first_letters_fold_together_across_scripts_stay_in_one_group()
    {
        // The Kelvin sign (a letterlike symbol, past the Latin blocks) and the Latin k are one letter to a case-insensitive regex.
        var groups = MonthNameGroups.Of(["\u212Awiecień", "kwietnia", "μαΐου"], Options);

        Assert.Single(groups);
        Assert.Equal(3, groups[0].Count);
    }
}
