using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Rules;

public class RulePatternTests
{
    [Fact]
    public async Task A_runaway_rule_pattern_ends_its_page_as_over_budget_naming_the_pattern()
    {
        // A rules edit a reviewer could miss: nested repetition backtracks 2^n times over a run of letters that ends in a full stop.
        const string Runaway = @"^(?:\w+\s?)+$";
        var rules = EditedRules.Load("html.json", json => json.Replace("\"signOffPatterns\": [", "\"signOffPatterns\": [\"" + Runaway.Replace(@"\", @"\\", StringComparison.Ordinal) + "\",", StringComparison.Ordinal));
        var prose = string.Concat(Enumerable.Repeat("The ferry resumed its crossings on Monday after a month of repairs to the pier. ", 5));
        var html = $"<html><head><title>Harbour ferry returns</title></head><body><h1>Harbour ferry returns</h1><p>{prose}</p><p>{prose}</p><p>{new string('x', 40)}:</p></body></html>";
        var cleaner = new ArticleCleaner(new CleanerOptions { TimeBudget = TimeSpan.FromSeconds(1) }, rules);

        // Without a match limit the budget, checked between stages, never gets its turn: the match runs for years.
        var outcome = await Task.Run(() => cleaner.Clean(new RawInput(Encoding.UTF8.GetBytes(html), "ferry.html", "text/html"))).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureReason.TimeBudgetExceeded, outcome.Failure.Reason);
        Assert.StartsWith("A rule pattern ran longer than 10 s on one match: (?:^(?:\\w+\\s?)+$)", outcome.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_regex_the_engine_builds_from_the_rules_carries_the_match_limit()
    {
        var cleaner = new ArticleCleaner();
        // Build what the engine makes on first use, on an HTML page and a text dump.
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(Pipeline.Tests.Shared.RepositoryPaths.Root, "samples")))
        {
            cleaner.Clean(new RawInput(File.ReadAllBytes(sample), Path.GetFileName(sample)));
        }

        // Source-generated regexes are subclasses holding patterns written in code; those built at run time are Regex itself.
        var built = Reachable(cleaner).OfType<Regex>().Where(r => r.GetType() == typeof(Regex)).ToList();

        Assert.True(built.Count > 100, $"only {built.Count} regexes found: the walk lost the engine's stages");
        Assert.Empty(built.Where(r => r.MatchTimeout != RulePattern.MatchTimeout).Select(r => r.ToString()));
    }

    /// <summary>Every object reachable from <paramref name="root"/> through instance fields and array elements, reflection metadata aside.</summary>
    private static IEnumerable<object> Reachable(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([root]);
        while (pending.TryPop(out var item))
        {
            var type = item.GetType();
            if (!seen.Add(item) || type.IsPrimitive || item is string or MemberInfo or Assembly or Module or Pointer)
            {
                continue;
            }

            yield return item;
            if (item is Regex)
            {
                continue;
            }

            if (item is Array array)
            {
                if (!type.GetElementType()!.IsPrimitive)
                {
                    foreach (var element in array)
                    {
                        if (element is not null)
                        {
                            pending.Push(element);
                        }
                    }
                }

                continue;
            }

            for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike && field.GetValue(item) is { } value)
                    {
                        pending.Push(value);
                    }
                }
            }
        }
    }
}
