using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Metadata;

public sealed class LanguageGuesserTests
{
    private static readonly LanguageGuesser Guesser = new(RuleSet.Embedded.Metadata);

    [Theory]
    [InlineData("Whale whisperer Hori Parata was just seven years old when he attended his first stranding, and he has spent the decades since then at the side of the animals that wash up on the beaches of his country.", "en")]
    [InlineData("Vrijdag 9 oktober is de ambulance met spoed uitgereden naar Hoge Zand in Den Haag. Daar was een man van zijn fiets gevallen en hij werd met spoed naar het ziekenhuis gebracht.", "nl")]
    [InlineData("Pierwszego dnia oficjalnego złagodzenia kwarantanny w stolicy na ulice wyszło wielu mieszkańców, a policja nie interweniowała, bo nie było to zakazane przez przepisy.", "pl")]
    [InlineData("Во Франции с новой силой разгораются споры о том, что делать с людьми, которые не хотят работать, и как государство должно им помогать.", "ru")]
    [InlineData("Un troisième Français a été tué dans le tremblement de terre qui a frappé le pays, a annoncé le ministère des Affaires étrangères, qui est en contact avec les familles.", "fr")]
    [InlineData("Bei Through The Booking Glass handelt es sich um eine gemeinsame Leserunde. Jeden Monat wird ein Buch gelesen, und wer mag, kann auf dem Blog über das Buch schreiben.", "de")]
    [InlineData("トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリを発表した。", "ja")]
    [InlineData("翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。这让人感到巨大压力和极度恐慌。", "zh")]
    [InlineData("엔터미디어 주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 경우가 흔하다 시작은 일방적인 폭로였다", "ko")]
    [InlineData("جنوری میں لگاتار چھٹے مہینے برآمدات میں کمی آئی ہے اور حکومت نے نئے اقدامات کا اعلان کیا ہے", "ur")]
    [InlineData("بلغت حصيلة الوفيات الناجمة عن فيروس كورونا المستجد في العالم أكثر من مليون حالة وفق إحصاءات رسمية", "ar")]
    [InlineData("जनवरी में लगातार छठे महीने निर्यात में कमी आई है। विदेशी मुद्रा भंडार भी घटा है।", "hi")]
    public void Language_of_an_undeclared_page_is_named_from_its_script_and_words(string text, string expected) =>
        Assert.Equal(expected, Guesser.Guess(text));

    private const string German = "Bei Through The Booking Glass handelt es sich um eine gemeinsame Leserunde. Jeden Monat wird ein Buch gelesen, und wer mag, kann auf dem Blog über das Buch schreiben.";

    private const string English = "Whale whisperer Hori Parata was just seven years old when he attended his first stranding, and he has spent the decades since then at the side of the animals that wash up on the beaches of his country.";

    // datasets/trafilatura helge.at.mahu, hr-innovation.org and 19 more: the theme's "en-US" over a German or Spanish text.
    [Theory]
    [InlineData("en-US", German, "de")]
    [InlineData("en", "Es una mañana fría en la ciudad y los vecinos se reúnen en la plaza para hablar de lo que pasó en la noche, cuando el río subió de nuevo.", "es")]
    [InlineData("ja", English, "en")]
    [InlineData("en-US", "بلغت حصيلة الوفيات الناجمة عن فيروس كورونا المستجد في العالم أكثر من مليون حالة وفق إحصاءات رسمية", "ar")]
    public void Declared_language_the_text_plainly_is_not_in_gives_way_to_the_text(string declared, string text, string expected) =>
        Assert.Equal(expected, Guesser.Reconcile(declared, text));

    // datasets/trafilatura pointofsail-kiel.de: a German story quoting English at length keeps its declared German; Bosnian, which the
    // word lists do not know, is not spoken against by Croatian's words; a short text says nothing.
    [Theory]
    [InlineData("de", German + " Hier etwas O-Ton: " + English + " " + English + " Das sagt der Hersteller.")]
    [InlineData("bs-BA", "Dragi prijatelji, želim da vas obavijestim da sam i ja zakačio koronavirus, pošast s kojom se bori cijeli svijet, napisao je na profilu.")]
    [InlineData("en-GB", English)]
    [InlineData("en", "Danke schön")]
    [InlineData("zh-TW", "トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリを発表した。")]
    public void Declared_language_stands_when_the_text_does_not_plainly_contradict_it(string declared, string text) =>
        Assert.Equal(declared, Guesser.Reconcile(declared, text));

    [Theory]
    [InlineData("")]
    [InlineData("Test Case 1")]
    [InlineData("Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Melbourne (0-1): Smith 12 points.")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")]
    public void Too_little_or_no_language_s_words_names_none(string text) => Assert.Null(Guesser.Guess(text));

    [Fact]
    public void Declared_language_stands_when_the_text_agrees_and_an_undeclared_one_is_guessed_end_to_end()
    {
        var cleaner = new ArticleCleaner();
        var undeclared = DatasetFiles.ReadGzip(Path.Combine(RepositoryPaths.Datasets, "readability", "pages", "guardian-1", "source.html.gz"));
        var declared = System.Text.Encoding.UTF8.GetBytes("<html lang=\"en-GB\"><body><article><h1>Storm</h1>"
            + string.Concat(Enumerable.Repeat("<p>Der Sturm hat in der Nacht die Küste erreicht und viele Bäume umgeworfen, sagte die Polizei am Morgen.</p>", 5))
            + "</article></body></html>");

        Assert.Equal("en", cleaner.Clean(new RawInput(undeclared, "guardian-1.html", "text/html", null)).Result!.Articles[0].Language);
        Assert.Equal("de-DE", cleaner.Clean(new RawInput(Declared(declared, "de-DE"), "storm.html", "text/html", null)).Result!.Articles[0].Language);
        // English is what templates declare by default: the German text says otherwise.
        Assert.Equal("de", cleaner.Clean(new RawInput(declared, "storm.html", "text/html", null)).Result!.Articles[0].Language);

        static byte[] Declared(byte[] page, string language) => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(page).Replace("en-GB", language, StringComparison.Ordinal));
    }
}
