using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class EncodedWordsTests
{
    [Theory]
    [InlineData("Council approves budget", "Council approves budget")]
    [InlineData("=?utf-8?q?Council_approves_=E2=80=93_budget?=", "Council approves – budget")]
    [InlineData("=?UTF-8?B?UmF0IGJpbGxpZ3Qgw7xiZXIgSGF1c2hhbHQ=?=", "Rat billigt über Haushalt")]
    [InlineData("=?iso-8859-1?q?Rat_billigt_=FCber?= =?iso-8859-1?q?_Haushalt?=", "Rat billigt über Haushalt")]
    [InlineData("Budget: =?utf-8?q?vote_d=C3=A9lay=C3=A9?= today", "Budget: vote délayé today")]
    [InlineData("=?x-unknown-charset?q?kept?=", "=?x-unknown-charset?q?kept?=")]
    public void Encoded_words_are_decoded_and_the_space_between_two_dropped(string header, string decoded)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        Assert.Equal(decoded, EncodedWords.Decode(header));
    }
}
