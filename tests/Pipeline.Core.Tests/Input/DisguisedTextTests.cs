using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class DisguisedTextTests
{
    [Theory]
    [InlineData("Аdvеrtіѕе wіth thе most visited news site in Веlіzе ~ Wе оffеr fullу сuѕtоmіzаblе аnd flехіblе dіgіtаl mаrkеtіng расkаgеѕ.")]
    [InlineData("Κάνε κλικ εδώ: Fοllοw uѕ οn ΙnѕtаgrаmΑ fοr dаіlу dеаlѕ")]
    public void Latin_words_spelled_with_cyrillic_or_greek_look_alike_letters_are_disguised(string text)
    {
        Assert.True(DisguisedText.Is(text));
    }

    [Theory]
    [InlineData("Компания Apple представила новый iPhone 15 Pro в Купертино, сообщает Reuters.")]
    [InlineData("Η Microsoft ανακοίνωσε ότι το Windows 11 θα είναι δωρεάν για όλους.")]
    [InlineData("The Russian word спасибо means thank you, and пожалуйста means please.")]
    [InlineData("Свежие новости: Вoсток и Зaпад договорились о встрече в Женеве в понедельник.")]
    public void Text_quoting_another_script_or_with_a_stray_look_alike_letter_stays(string text)
    {
        Assert.False(DisguisedText.Is(text));
    }
}
