using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

public class CreditNamesTests
{
    [Fact]
    public void A_name_is_credited_once_in_any_casing_and_the_first_spelling_stays()
    {
        var names = new CreditNames();

        names.AddOnce("Jane Doe");
        names.AddOnce("JANE DOE");
        names.AddOnce("John Roe");

        Assert.Equal(["Jane Doe", "John Roe"], names);
    }

    [Fact]
    public void A_name_removed_or_cleared_away_can_be_credited_again()
    {
        var names = new CreditNames();
        names.AddRange(["Jane Doe", "John Roe"]);

        names.RemoveAll(n => n == "Jane Doe");
        names.AddOnce("jane doe");
        names.AddOnce("John Roe");
        Assert.Equal(["John Roe", "jane doe"], names);

        names.Clear();
        names.AddOnce("John Roe");
        Assert.Equal(["John Roe"], names);
    }

    [Fact]
    public void Thousands_of_distinct_names_are_each_credited_once()
    {
        // A page tagging 50,000 authors: the index keeps crediting them linear (a list lookup per name made it quadratic).
        var names = new CreditNames();
        foreach (var i in Enumerable.Range(0, 50_000))
        {
            names.AddOnce($"Writer {i}");
            names.AddOnce($"WRITER {i}");
        }

        Assert.Equal(50_000, names.Count);
        Assert.Equal("Writer 49999", names[^1]);
    }
}
