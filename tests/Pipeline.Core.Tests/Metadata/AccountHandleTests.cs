using Pipeline.Core.Metadata;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>The shape of a CMS login name given where a person's name belongs.</summary>
public sealed class AccountHandleTests
{
    [Theory]
    [InlineData("arianschlichenmayer")]
    [InlineData("admin")]
    [InlineData("medellín")]
    [InlineData("Herr_Rein")]
    [InlineData("user42")]
    public void One_lower_case_word_or_a_word_with_digits_or_underscores_is_a_handle(string name) => Assert.True(AccountHandle.IsHandle(name));

    [Theory]
    [InlineData("Arian Schlichenmayer")]
    [InlineData("JeGX")]
    [InlineData("Matthias")]
    [InlineData("dpa lno")]
    [InlineData("구현모")]
    [InlineData("新間")]
    [InlineData("x")]
    public void Names_and_words_of_scripts_without_case_are_not_handles(string name) => Assert.False(AccountHandle.IsHandle(name));
}
