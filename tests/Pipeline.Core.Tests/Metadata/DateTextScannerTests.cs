using System.Text.RegularExpressions;
using Pipeline.Core.Matching;
using Pipeline.Core.Metadata;
using Pipeline.Core.Rules;
using Pipeline.Core.Tests.Matching;

namespace Pipeline.Core.Tests.Metadata;

public sealed class DateTextScannerTests
{
    private static readonly DateBounds Bounds = new(DateBounds.WebEra, new DateOnly(2026, 1, 1));
    private readonly DateTextScanner _scanner = new(RuleSet.Embedded.Metadata);
    private readonly DateNormalizer _normalizer = new(new DateTextScanner(RuleSet.Embedded.Metadata));

    [Fact]
    public void One_scanner_serves_every_reader_built_from_the_same_rules_and_other_rules_get_their_own()
    {
        var rules = RuleSet.Embedded.Metadata;
        var other = rules with { };

        Assert.Same(DateTextScanner.For(rules), DateTextScanner.For(rules));
        Assert.NotSame(DateTextScanner.For(rules), DateTextScanner.For(other));
        Assert.Equal(new DateOnly(2016, 9, 10), DateTextScanner.For(other).FindFirst("10 September 2016", Bounds, dayFirst: true)?.Day);
    }

    [Theory]
    [InlineData("Published 10.09.2016 by", "2016-09-10")]
    [InlineData("September 10, 2016", "2016-09-10")]
    [InlineData("Sept. 10th, 2016", "2016-09-10")]
    [InlineData("10 September 2016", "2016-09-10")]
    [InlineData("am 10. September 2016 um 14:00", "2016-09-10")]
    [InlineData("Le 26 juin 2019", "2019-06-26")]
    [InlineData("3 de março de 2021", "2021-03-03")]
    [InlineData("2020年1月2日", "2020-01-02")]
    [InlineData("Last updated: 23/01/21", "2021-01-23")]
    [InlineData("1.9.17", "2017-09-01")]
    [InlineData("Gepubliceerd op 26-01-2022 om 10:15", "2022-01-26")]
    [InlineData("2-11-2020", "2020-11-02")]
    [InlineData("26 | 01 | 2022 Schweiz | Praxis | Video", "2022-01-26")]
    [InlineData("Posted 4 / 5 / 2021", "2021-04-05")]
    [InlineData("입력 2020년 1월 2일 14:00", "2020-01-02")]
    public void Written_dates_are_read_in_many_languages(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("Wochenbericht 14. - 20. Januar 2022", "2022-01-14", "14. - 20. Januar 2022")]
    [InlineData("Programm 14.-20.01.2022", "2022-01-14", "14.-20.01.2022")]
    [InlineData("Report for 14–20 January 2022", "2022-01-14", "14–20 January 2022")]
    public void A_range_of_days_is_read_as_the_day_it_opens(string text, string expected, string raw)
    {
        var found = _scanner.FindFirst(text, Bounds);
        Assert.Equal(expected, found?.Iso);
        Assert.Equal(raw, found?.Raw);
    }

    [Theory]
    [InlineData("Seite 3 - 20. Januar 2022", "2022-01-20")]
    [InlineData("Version 1.14-20.01.2022", "2022-01-20")]
    [InlineData("Nummer 2021-20. Januar 2022", "2022-01-20")]
    [InlineData("25.-20. Januar 2022", "2022-01-20")]
    public void A_number_before_a_dash_that_cannot_open_a_range_leaves_the_date_whole(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("2020. 06. 04. 11:27", "2020-06-04")]
    [InlineData("입력 2021. 3. 9. 오후 2:15", "2021-03-09")]
    [InlineData("Frissítve: 2019.12.03. 08:10", "2019-12-03")]
    public void A_year_first_date_with_a_space_after_each_dot_is_read_whole_not_as_a_short_year_day_first_date(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("Publikálva: 2020. január 5. 14:30", "2020-01-05")]
    [InlineData("2021. szept. 10.", "2021-09-10")]
    [InlineData("Publicat: 12 martie 2021, 10:15", "2021-03-12")]
    [InlineData("Δημοσιεύθηκε: 3 Μαΐου 2022", "2022-05-03")]
    [InlineData("Опубліковано 24 лютого 2022", "2022-02-24")]
    [InlineData("Publicat el 8 de juliol de 2020", "2020-07-08")]
    [InlineData("Diterbitkan 17 Agustus 2021", "2021-08-17")]
    public void Written_dates_in_hungarian_romanian_greek_ukrainian_catalan_and_indonesian_are_read(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("In 2020. Then 5 people came")]
    [InlineData("Season 2019. május")]
    public void A_year_closing_a_sentence_before_a_word_is_not_a_hungarian_date(string text) => Assert.Null(_scanner.FindFirst(text, Bounds));

    [Theory]
    [InlineData("30. Februar 2018")]
    [InlineData("33/23/3033")]
    [InlineData("12 March 1990")]
    [InlineData("version 1.2.3")]
    [InlineData("Score 12-05-20")]
    [InlineData("Seite 3 | 4 / 2021")]
    [InlineData("ID 1-12-2020-3")]
    public void Impossible_or_absurd_dates_are_ignored(string text) => Assert.Null(_scanner.FindFirst(text, Bounds));

    [Theory]
    [InlineData("Forside | Danmark 10. marts 2020", "2020-03-10")]
    [InlineData("Gepubliceerd op 3 mrt 2021", "2021-03-03")]
    [InlineData("Publié le 12 avr. 2021", "2021-04-12")]
    [InlineData("mis à jour le 3 déc. 2020", "2020-12-03")]
    [InlineData("Publikované 5. januára 2021", "2021-01-05")]
    [InlineData("Публикувано на 14 септември 2020", "2020-09-14")]
    [InlineData("Objavljeno 3. ožujka 2021.", "2021-03-03")]
    [InlineData("Avaldatud 10. märts 2020", "2020-03-10")]
    [InlineData("פורסם 17 באוגוסט 2020", "2020-08-17")]
    public void Month_names_of_danish_dutch_french_slovak_bulgarian_croatian_estonian_and_hebrew_datelines_are_read(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("01.21.2020 07:00 AM", "2020-01-21")]
    [InlineData("Posted 12-31-2019 by staff", "2019-12-31")]
    [InlineData("21.01.2020 07:00", "2020-01-21")]
    public void A_dotted_or_dashed_date_that_can_only_be_month_first_is_read_month_first(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds, dayFirst: true)?.Iso);

    [Theory]
    [InlineData("Version 1.13.20 released")]
    [InlineData("13.13.2020")]
    public void A_dotted_date_impossible_either_way_or_with_a_short_year_stays_unread(string text) => Assert.Null(_scanner.FindFirst(text, Bounds));

    [Fact]
    public void A_later_slashed_date_that_can_only_be_day_first_settles_how_the_first_one_is_read_even_after_a_written_date()
    {
        const string text = "Posted 5 May 2021. Updated 03/04/2021, comments closed 25/12/2021";

        Assert.Equal(["2021-05-05", "2021-04-03", "2021-12-25"], _scanner.Scan(text, Bounds).Select(f => f.Date.Iso));
        Assert.Equal("2021-05-05", _scanner.FindFirst(text, Bounds)?.Iso);
    }

    [Theory]
    [InlineData("Posted 5 Mar 19 | News", "2019-03-05")]
    [InlineData("Stand: 03.Mär.19", "2019-03-03")]
    [InlineData("Updated 12 Dec. '24 | Politics", "2024-12-12")]
    [InlineData("Reflections on Python 3\n  January 13, 2020 at 08:45 AM", "2020-01-13")]
    [InlineData("14 juin 98", "1998-06-14")]
    public void A_two_digit_year_closing_a_day_and_a_month_name_takes_the_century_the_bounds_allow(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("am 11. Mai 20 Uhr im Rathaus")]
    [InlineData("den 3 mars 19 personer")]
    [InlineData("5 Mar 19 14:30")]
    [InlineData("5 Mar 19:30")]
    [InlineData("5 Mar 19, 14:30")]
    [InlineData("5 Mar 1920")]
    public void A_two_digit_number_after_a_day_and_a_month_name_followed_by_a_word_a_time_or_a_digit_is_no_year(string text) =>
        Assert.Null(_scanner.FindFirst(text, Bounds));

    [Theory]
    [InlineData("Posted 5-Mar-19 by staff", "2019-03-05")]
    [InlineData("Date: 05-Mar-2019 10:15", "2019-03-05")]
    [InlineData("Filed 12-September-2020", "2020-09-12")]
    public void Day_month_name_and_year_joined_by_hyphens_are_read(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("الثلاثاء ١ / ١٢ / ٢٠٢٠", "2020-12-01", "١ / ١٢ / ٢٠٢٠")]
    [InlineData("نُشر في ١٢ أبريل ٢٠٢٠", "2020-04-12", "١٢ أبريل ٢٠٢٠")]
    [InlineData("١٢ March 2020", "2020-03-12", "١٢ March 2020")]
    [InlineData("۱۸ فوریه ۲۰۲۰", "2020-02-18", "۱۸ فوریه ۲۰۲۰")]
    [InlineData("２０２０年１月２日", "2020-01-02", "２０２０年１月２日")]
    public void Dates_written_with_the_digits_of_other_scripts_are_read_and_keep_their_raw_text(string text, string expected, string raw)
    {
        // Arabic pages write slashed dates day first, as the page's language tells the finder.
        var found = _scanner.Scan(text, Bounds, dayFirst: true).First();
        Assert.Equal(expected, found.Date.Iso);
        Assert.Equal(raw, found.Date.Raw);
        Assert.Equal(raw, text.Substring(found.Index, found.Length));
    }

    [Theory]
    // The khabaronline.ir dateline of 18 February 2020.
    [InlineData("سه‌شنبه ۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "2020-02-18")]
    [InlineData("تاریخ انتشار: 1 فروردین 1399", "2020-03-20")]
    [InlineData("۱۳۹۸/۱۱/۲۹ - ۰۶:۵۵", "2020-02-18")]
    public void Solar_hijri_dates_on_persian_pages_are_read_as_the_gregorian_day(string text, string expected) =>
        Assert.Equal(expected, _scanner.FindFirst(text, Bounds)?.Iso);

    [Theory]
    [InlineData("Order 1398/11/29 shipped")]
    [InlineData("۳۰ اسفند ۱۳۹۸")]
    public void A_solar_hijri_date_needs_arabic_script_and_a_real_day(string text) =>
        Assert.Null(_scanner.FindFirst(text, Bounds));

    [Fact]
    public void A_date_normalizer_reads_a_value_written_with_other_digits()
    {
        var date = _normalizer.Normalize("٢٠٢٠-١٢-٠١T٠٢:٠٠:٠٠+03:00", Bounds);
        Assert.Equal("2020-12-01T02:00:00+03:00", date?.Iso);
    }

    [Theory]
    [InlineData("Lire aussi : la réforme des retraites adoptée au Sénat")]
    [InlineData("Von Anna Müller, Redakteurin Politik")]
    [InlineData("Publié le trois mars, mis à jour en septembre")]
    public void A_text_without_a_digit_holds_no_date(string text)
    {
        Assert.False(DateTextScanner.HasDecimalDigit(text));
        Assert.Empty(_scanner.Scan(text, Bounds));
    }

    [Theory]
    [InlineData("Publié le 3 mars 2021")]
    [InlineData("نُشر في ٢٤ أبريل")]
    [InlineData("２０２０年")]
    [InlineData("१५ अगस्त")]
    public void A_digit_of_any_script_counts_as_a_digit(string text) => Assert.True(DateTextScanner.HasDecimalDigit(text));

    [Fact]
    public void The_digit_check_agrees_with_what_the_patterns_call_a_digit_for_every_character()
    {
        var digit = new Regex(@"\d", DateTextScanner.PatternOptions);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = "x" + c;
            Assert.True(digit.IsMatch(text) == DateTextScanner.HasDecimalDigit(text), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void A_date_after_the_file_was_stored_is_ignored() =>
        Assert.Null(_scanner.FindFirst("March 3, 2027", Bounds));

    [Theory]
    [InlineData("2023-04-26T14:20:55-04:00", "2023-04-26T14:20:55-04:00")]
    [InlineData("2024-05-03T15:47:42.389Z", "2024-05-03T15:47:42+00:00")]
    [InlineData("2024-04-30T00:00:00", "2024-04-30T00:00:00")]
    [InlineData("2023-04-26", "2023-04-26")]
    [InlineData("20210820030646", "2021-08-20")]
    [InlineData("1438091078", "2015-07-28T13:44:38+00:00")]
    [InlineData("Wed, 19 Oct 2022 14:24:05 +0000", "2022-10-19T14:24:05+00:00")]
    [InlineData("Fri, 01 May 2020 23:00:00 -0400", "2020-05-01T23:00:00-04:00")]
    [InlineData("Wed, 04 May 2022 02:41:00 GMT", "2022-05-04T02:41:00+00:00")]
    [InlineData("Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)", "2020-08-25T00:23:33+00:00")] // ici.radio-canada.ca <time dateTime>
    [InlineData("Sun Dec 06 2020 15:49:36 GMT+0530 (IST)", "2020-12-06T15:49:36+05:30")] // timesofindia.indiatimes.com script data
    [InlineData("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19T03:05:46+00:00")] // JSON-LD datePublished, no zone name
    public void Markup_values_keep_the_offset_when_given(string raw, string expected)
    {
        var date = _normalizer.Normalize(raw, Bounds);
        Assert.NotNull(date);
        Assert.Equal(expected, date.Iso);
        Assert.Equal(raw, date.Raw);
    }

    [Theory]
    [InlineData("1 de ")]
    [InlineData("Jan ")]
    [InlineData("12. 3. x ")]
    [InlineData("1st       ")]
    [InlineData("2020 年 ")]
    public void Hostile_text_without_a_date_is_scanned_in_linear_time(string unit)
    {
        // The scanner runs without a match timeout; every alternative must stay linear in the text. At 200,000 characters a linear scan takes
        // about 0.4 s and a quadratic one minutes, so the limit holds on a loaded CI machine and still catches backtracking.
        var text = string.Concat(Enumerable.Repeat(unit, 160_000 / unit.Length)) + new string(' ', 40_000) + "9";
        Assert.NotNull(_scanner.FindFirst("1 Jan 2020", Bounds));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(_scanner.FindFirst(text, Bounds));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Patterns_split_by_month_name_group_and_searched_by_a_candidate_or_from_the_digits_find_exactly_what_their_plain_forms_find_on_every_dataset_page()
    {
        var alternatives = _scanner.Alternatives;
        Assert.Contains(alternatives, a => a.Candidate is not null);
        Assert.Contains(alternatives, a => a.StartsWord);
        Assert.True(alternatives.Count > _scanner.PlainAlternatives.Count, "the month names are not split into groups");
        var plain = new SplitAlternation(_scanner.PlainAlternatives, DateTextScanner.PatternOptions);
        var searched = new SplitAlternation(alternatives, DateTextScanner.PatternOptions);
        string[] datasets = ["aeb", "trafilatura", "htmldate", "fundus-eval"];
        var texts = datasets.SelectMany(DatasetPageText.All)
            .Append("نشر في 24 نيسان / أبريل 2020 وفي 3 آذار/مارس 2021 و 5 أيار / foo 2020 و 1er mai 2020, 7th June 2021")
            .Append("פורסם 17 באוגוסט 2020, עודכן ביולי 3, 2021; Ιουνίου 5, 2020 xMay 5, 2020 (May 6, 2020) 2020. május 5. 2021. Μαΐου 7.");
        var (found, dayAndMonthName) = (0, 0);
        foreach (var text in texts)
        {
            var expected = plain.Matches(text).Select(Describe).ToList();
            Assert.Equal(expected, searched.Matches(text).Select(Describe));
            found += expected.Count;
            dayAndMonthName += plain.Matches(text).Count(m => m.Groups["mn"].Success && char.IsDigit(m.Value[0]));
        }

        Assert.True(found > 10_000 && dayAndMonthName > 1_000, $"only {found} dates, {dayAndMonthName} day-first with a month name");
    }

    private static string Describe(Match m) =>
        $"{m.Index}:{m.Value}|" + string.Join("|", new[] { "d", "mo", "mn", "y", "a", "b", "s" }.Select(g => m.Groups[g].Success ? m.Groups[g].Value : "-"));
}
