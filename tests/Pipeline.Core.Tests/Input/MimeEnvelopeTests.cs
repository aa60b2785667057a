using System.Text;
using Pipeline.Core.Cleaning;
using Pipeline.Core.Input;
using Pipeline.Core.Output;
using Pipeline.Tests.Shared;

namespace Pipeline.Core.Tests.Input;

public class MimeEnvelopeTests
{
    private static readonly string Page = Path.Combine(RepositoryPaths.Datasets, "fundus", "html", "ru", "Kommersant_2025_05_14.html.gz");

    [Fact]
    public void A_page_saved_by_chrome_as_mhtml_is_cleaned_exactly_as_the_page()
    {
        var page = DatasetFiles.ReadGzip(Page);
        var mhtml = Message(
            "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.kommersant.ru/doc/7725937\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--Qx1----\"\r\n\r\n\r\n",
            "----MultipartBoundary--Qx1----",
            ("Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n", QuotedPrintable(page)),
            ("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n", "iVBORw0KGgoAAAANSUhEUg==\r\n"));

        AssertCleanedAs(page, mhtml);
    }

    [Fact]
    public void An_internet_explorer_mht_in_windows_1251_with_the_charset_on_a_folded_header_line_is_cleaned_as_the_page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = DatasetFiles.ReadGzip(Page);
        // The page's own meta says UTF-8; the part's header names the charset the saved bytes are in.
        var legacy = Encoding.GetEncoding(1251).GetBytes(Encoding.UTF8.GetString(page).Replace("charset=\"utf-8\"", "", StringComparison.OrdinalIgnoreCase));
        var mht = Message(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_000_0000_01D2A1B2.C3D4E5F0\"; type=\"text/html\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n\r\n",
            "----=_NextPart_000_0000_01D2A1B2.C3D4E5F0",
            ("Content-Type: text/html;\r\n\tcharset=\"windows-1251\"\r\nContent-Transfer-Encoding: quoted-printable\r\n", QuotedPrintable(legacy)));

        var opened = MimeEnvelope.Open(mht);

        Assert.NotNull(opened);
        Assert.Equal(legacy, opened.Body);
        Assert.Equal("text/html; charset=\"windows-1251\"", opened.ContentType);
        Assert.Equal(
            new ArticleCleaner().Clean(new RawInput(page, "page.html")).Result!.Articles.Select(a => (a.Title, a.Text)),
            new ArticleCleaner().Clean(new RawInput(mht, "page.mht")).Result!.Articles.Select(a => (a.Title, a.Text)));
    }

    [Fact]
    public void A_base64_html_part_after_an_image_part_is_found_and_decoded()
    {
        var page = DatasetFiles.ReadGzip(Page);
        var mhtml = Message(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=XYZ\r\n\r\n",
            "XYZ",
            ("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n", "iVBORw0KGgo=\r\n"),
            ("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n", Convert.ToBase64String(page, Base64FormattingOptions.InsertLineBreaks)));

        Assert.Equal(page, MimeEnvelope.Open(mhtml)?.Body);
    }

    [Fact]
    public void A_base64_line_that_lost_a_character_costs_its_own_bytes_only()
    {
        var page = DatasetFiles.ReadGzip(Page);
        var lines = Convert.ToBase64String(page, Base64FormattingOptions.InsertLineBreaks).Split("\r\n");
        // 76 characters a line, 57 bytes: line 100 loses a character (and with it the alignment of everything after it, were it read whole).
        lines[100] = lines[100].Remove(30, 1);
        var mhtml = Message(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=XYZ\r\n\r\n",
            "XYZ",
            ("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n", string.Join("\r\n", lines)));

        byte[] expected = [.. page[..(100 * 57)], .. page[(101 * 57)..]];
        Assert.Equal(expected, MimeEnvelope.Open(mhtml)!.Body);
    }

    [Fact]
    public void A_saved_page_without_an_address_of_its_own_takes_the_one_its_mhtml_file_records()
    {
        var page = DatasetFiles.ReadGzip(Page);
        var html = Encoding.UTF8.GetString(page);
        var addressless = Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(
            html, "<link[^>]*rel=\"canonical\"[^>]*>|<meta[^>]*property=\"og:url\"[^>]*>|\"url\":\"[^\"]*\",?", ""));
        const string saved = "https://www.kommersant.ru/doc/7715044?from=main";
        var cleaner = new ArticleCleaner();

        var own = cleaner.Clean(new RawInput(Saved(page, saved), "page.mhtml")).Result!.Articles[0].Url;
        var recorded = cleaner.Clean(new RawInput(Saved(addressless, saved), "page.mhtml")).Result!.Articles[0].Url;

        Assert.Equal("https://www.kommersant.ru/doc/7715044", own);
        Assert.Equal(saved, recorded);
        Assert.Null(cleaner.Clean(new RawInput(addressless, "page.html")).Result!.Articles[0].Url);

        static byte[] Saved(byte[] html, string location) => Message(
            $"From: <Saved by Blink>\r\nSnapshot-Content-Location: {location}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n",
            "B",
            ($"Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: {location}\r\n", QuotedPrintable(html)));
    }

    [Fact]
    public void An_emailed_press_release_is_opened_to_its_html_inside_nested_multiparts()
    {
        var page = DatasetFiles.ReadGzip(Page);
        var alternatives = Encoding.Latin1.GetString(Message(
            string.Empty,
            "alt",
            ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n", "Plain version\r\n"),
            ("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n", QuotedPrintable(page))));
        var email = Message(
            "From: Press Office <press@example.org>\r\nSubject: Statement\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"mix\"\r\n\r\n",
            "mix",
            ("Content-Type: multipart/alternative; boundary=\"alt\"\r\n", alternatives),
            ("Content-Type: application/pdf; name=\"statement.pdf\"\r\nContent-Transfer-Encoding: base64\r\n", "JVBERi0xLjQ=\r\n"));

        var opened = MimeEnvelope.Open(email);

        Assert.NotNull(opened);
        Assert.Equal("text/html; charset=utf-8", opened.ContentType);
        Assert.Equal(page, opened.Body);
    }

    [Fact]
    public void A_text_only_email_is_opened_to_its_text_and_cleaned_as_a_text_dump()
    {
        var email = Message(
            "From: desk@example.org\r\nSubject: Council vote\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n",
            "B",
            ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                "Council approves the budget\r\n\r\nThe council approved the budget for the coming year on Tuesday, officials said after a lo=\r\nng session. The vote was close: twelve for, eleven against.\r\n"));

        var outcome = new ArticleCleaner().Clean(new RawInput(email, "press/statement.eml"));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(Pipeline.Core.Model.InputKind.Text, outcome.Result.Source.Kind);
        Assert.Contains("officials said after a long session.", outcome.Result.Articles[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Type", outcome.Result.Articles[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_part_email_opens_to_its_body_with_its_subject_and_sending_time()
    {
        var email = "Subject: =?utf-8?q?Re:_Council_approves_budget_=E2=80=93?=\n =?utf-8?b?IHN0YXRlbWVudA==?=\nFrom: Desk <desk@example.org>\nDate: Tue, 14 May 2024 09:30:00 +0200\nContent-Transfer-Encoding: quoted-printable\n\nThe council met on Tues=\nday.\n"u8;

        var opened = MimeEnvelope.Open(email);

        Assert.Equal(
            ("The council met on Tuesday.\n", "text/plain", "Council approves budget – statement", new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(2)), "Tue, 14 May 2024 09:30:00 +0200"),
            (Encoding.UTF8.GetString(opened!.Body), opened.ContentType, opened.Subject, opened.SentAt, opened.SentAtRaw));
    }

    [Fact]
    public void An_emailed_page_without_a_title_or_date_of_its_own_takes_the_subject_and_the_sending_time()
    {
        var html = "<html><body><table><tr><td><h2>Council approves new budget</h2>"
            + "<p>The city council approved the new budget on Tuesday after a long debate about school funding and road repairs, officials said.</p>"
            + "<p>The vote was close: twelve members voted for the plan and eleven against it, after a session that lasted until midnight.</p>"
            + "<p>The mayor said the budget would be published in full next week, with details of every department's spending.</p></td></tr></table></body></html>";
        var email = Message(
            "From: City Press Office <press@city.example.org>\r\nSubject: Fwd: Budget approved (press release)\r\nDate: Tue, 14 May 2024 09:30:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=B\r\n\r\n",
            "B",
            ("Content-Type: text/plain; charset=utf-8\r\n", "Plain version\r\n"),
            ("Content-Type: text/html; charset=utf-8\r\n", html));

        var outcome = new ArticleCleaner().Clean(new RawInput(email, "press/release.eml"));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        var article = outcome.Result.Articles[0];
        Assert.Equal(("Budget approved (press release)", "2024-05-14T09:30:00+02:00", "Tue, 14 May 2024 09:30:00 +0200"), (article.Title, article.PublishedAt, article.PublishedAtRaw));
    }

    [Fact]
    public void A_page_a_browser_saved_is_not_dated_by_its_saving()
    {
        var mhtml = Message(
            "From: <Saved by Blink>\r\nSubject: Council approves new budget\r\nDate: Tue, 14 May 2024 09:30:00 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n",
            "B",
            ("Content-Type: text/html\r\n", "<p>Text</p>"));

        var opened = MimeEnvelope.Open(mhtml);

        Assert.Equal(("Council approves new budget", null, new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.Zero)), (opened?.Subject, opened?.SentAt, opened?.SavedAt));
    }

    [Fact]
    public void A_mime_message_without_an_html_or_text_part_is_rejected_as_holding_no_article()
    {
        var mhtml = Message("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=XYZ\r\n\r\n", "XYZ", ("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n", "iVBORw0KGgo=\r\n"));

        var e = Assert.Throws<InputRejectedException>(() => InputDecoder.Decode(new RawInput(mhtml, "page.mhtml"), new CleanerOptions()));

        Assert.Equal(FailureReason.NoArticle, e.Reason);
        Assert.Equal("Input is a MIME message (a saved web page or e-mail) without an HTML or text part.", e.Message);
    }

    [Fact]
    public void Pages_text_dumps_and_header_like_first_lines_are_no_mhtml()
    {
        var seed = Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).First();

        Assert.Null(MimeEnvelope.Open(DatasetFiles.ReadGzip(Page)));
        Assert.Null(MimeEnvelope.Open(File.ReadAllBytes(seed)));
        Assert.Null(MimeEnvelope.Open("Subject: Council meeting\nFrom: the desk\n\nThe council met on Tuesday.\n"u8));
        Assert.Null(MimeEnvelope.Open("Content-Type: multipart/related\n\nno boundary named\n"u8));
    }

    [Fact]
    public void Quoted_printable_soft_breaks_with_trailing_blanks_and_stray_equals_signs_read_as_written()
    {
        var mhtml = Message(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n",
            "B",
            ("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n", "<p>Gr=C3=BC=\r\n=C3=9Fe a=3Db, 2 =   \r\r\naus = K=C3=BCche=\n</p>"));

        Assert.Equal("<p>Grüße a=b, 2 aus = Küche</p>", Encoding.UTF8.GetString(MimeEnvelope.Open(mhtml)!.Body).TrimEnd());
    }

    private static void AssertCleanedAs(byte[] page, byte[] saved)
    {
        var cleaner = new ArticleCleaner();
        var expected = cleaner.Clean(new RawInput(page, "page.html"));
        var actual = cleaner.Clean(new RawInput(saved, "page.mhtml"));

        Assert.True(actual.Succeeded, actual.Failure?.Message);
        Assert.Equal(
            CleanResultJson.Serialize(expected.Result! with { Source = actual.Result.Source }),
            CleanResultJson.Serialize(actual.Result));
    }

    private static byte[] Message(string headers, string boundary, params (string Headers, string Body)[] parts)
    {
        var text = new StringBuilder(headers);
        foreach (var (partHeaders, body) in parts)
        {
            text.Append("--").Append(boundary).Append("\r\n").Append(partHeaders).Append("\r\n").Append(body).Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(text.Append("--").Append(boundary).Append("--\r\n").ToString());
    }

    /// <summary>Quoted-printable as browsers write it: lines of at most 76 characters, '=' and every byte outside printable ASCII escaped.</summary>
    private static string QuotedPrintable(byte[] bytes)
    {
        var text = new StringBuilder();
        var line = 0;
        foreach (var b in bytes)
        {
            var piece = b is >= 33 and <= 126 and not (byte)'=' || b == (byte)' ' ? ((char)b).ToString() : $"={b:X2}";
            if (line + piece.Length > 75)
            {
                text.Append("=\r\n");
                line = 0;
            }

            text.Append(piece);
            line += piece.Length;
        }

        return text.ToString();
    }
}
