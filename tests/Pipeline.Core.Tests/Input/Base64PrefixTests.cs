using System.Text;
using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class Base64PrefixTests
{
    [Theory]
    [InlineData("PHA+TWluaXN0ZXJzIG1ldDwvcD4=", "<p>Ministers met</p>")]
    [InlineData("PHA+TWluaXN0ZXJzIG1ldDwvcD4", "<p>Ministers met</")]
    [InlineData("PHA+TWluaXN0ZXJz", "<p>Ministers")]
    [InlineData("PHA+TWluaXN0\u00FCZXJzIG1ldDwvcD4=", "<p>Minist")]
    [InlineData("PHA+TWl", "<p>")]
    public void Base64_is_decoded_as_far_as_it_is_whole(string text, string decoded) =>
        Assert.Equal(decoded, Encoding.UTF8.GetString(Base64Prefix.Decode(text)!));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData(" PHA+")]
    public void Text_without_a_whole_quadruple_at_its_start_decodes_to_nothing(string text) =>
        Assert.Null(Base64Prefix.Decode(text));
}
