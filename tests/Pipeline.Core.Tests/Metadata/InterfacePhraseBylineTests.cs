using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;

namespace Pipeline.Core.Tests.Metadata;

/// <summary>Interface text beside a byline (a call to action, an author box's label) is never a name.</summary>
public sealed class InterfacePhraseBylineTests
{
    private readonly BylineParser _parser = new(RuleSet.Embedded.Metadata);

    [Theory]
    [InlineData("Greg Iacurci | WATCH LIVE", "Greg Iacurci")]
    [InlineData("Lucie Stuchlíková | Chcete-li článek poslouchat, přihlaste se", "Lucie Stuchlíková")]
    [InlineData("Jane Doe | Follow | Share", "Jane Doe")]
    [InlineData("Von Anna Schmidt | Artikel anhören", "Anna Schmidt")]
    public void Call_to_action_beside_the_byline_is_no_second_author(string text, string author) =>
        Assert.Equal([author], _parser.ParseLabelled(text).Authors);

    [Theory]
    [InlineData("Love this article? Shout Poppy Reid a coffee")]
    [InlineData("About the Author")]
    [InlineData("Gefolgt")]
    [InlineData("Lire")]
    [InlineData("Über den Autor")]
    // beltz.de: the account link beside the heading.
    [InlineData("Mein Konto")]
    [InlineData("My Account")]
    // mercurynews.com: the letters column credited as the author of its readers' letters.
    [InlineData("Letters To The Editor")]
    [InlineData("Leserbriefe")]
    public void Interface_text_alone_credits_nobody(string text) =>
        Assert.Empty(_parser.ParseLabelled(text).Authors);

    [Theory]
    [InlineData("Support Team")]
    [InlineData("Love Johansson")]
    [InlineData("Sharell Watchorn")]
    [InlineData("Lirette Follows")]
    public void Name_that_opens_like_an_interface_word_stays_a_name(string name) =>
        Assert.Equal(name, _parser.Names.Normalize(name));
}
