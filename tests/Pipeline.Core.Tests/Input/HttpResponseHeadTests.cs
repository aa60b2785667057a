using System.Text;
using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class HttpResponseHeadTests
{
    [Fact]
    public void A_saved_response_head_gives_where_the_page_starts_and_how_to_read_it()
    {
        var saved = "HTTP/1.1 200 OK\r\nDate: Tue, 14 May 2025 10:00:00 GMT\r\ncontent-type: text/html; charset=koi8-r\r\nContent-Encoding: gzip\r\nSet-Cookie: a=b; path=/\r\n\r\n<html>"u8;

        var head = HttpResponseHead.Read(saved);

        Assert.Equal(new HttpResponseHead.Head(saved.Length - "<html>".Length, "text/html; charset=koi8-r", new DateTimeOffset(2025, 5, 14, 10, 0, 0, TimeSpan.Zero), ContentEncoding: "gzip"), head);
    }

    [Theory]
    [InlineData("HTTP/2 404\nserver: nginx\n\n<p>Not found</p>", 26)]
    [InlineData("HTTP/1.0 301 Moved Permanently\r\nLocation: /a\r\n\r\n", 48)]
    public void Status_lines_of_any_version_and_line_ends_of_either_kind_are_read(string saved, int bodyStart)
    {
        Assert.Equal(bodyStart, HttpResponseHead.Read(Encoding.ASCII.GetBytes(saved))?.BodyStart);
    }

    [Fact]
    public void A_head_tells_its_status_and_a_chunked_body()
    {
        var saved = "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n"u8;

        Assert.Equal(new HttpResponseHead.Head(saved.Length, null, null, 404, Chunked: true), HttpResponseHead.Read(saved));
    }

    [Fact]
    public void Interim_heads_before_the_response_are_passed_over()
    {
        var saved = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>"u8;

        Assert.Equal(new HttpResponseHead.Head(saved.Length - "<html>".Length, "text/html"), HttpResponseHead.Read(saved));
    }

    [Theory]
    [InlineData("<html><body>HTTP/1.1 200 OK</body></html>")]
    [InlineData("HTTP/1.1 is the protocol this article explains.\n\nIt was published in 1997.")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nnot a header line\r\n\r\n<html>")]
    public void Pages_and_texts_that_merely_mention_http_have_no_response_head(string text)
    {
        Assert.Null(HttpResponseHead.Read(Encoding.ASCII.GetBytes(text)));
    }
}
