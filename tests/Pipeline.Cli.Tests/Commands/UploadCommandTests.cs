using Pipeline.Cli.Commands;

namespace Pipeline.Cli.Tests.Commands;

public class UploadCommandTests
{
    [Theory]
    [InlineData("news/page.html", "text/html")]
    [InlineData("dump.TXT", "text/plain")]
    [InlineData("crawl/page.html.gz", "application/gzip")]
    [InlineData("crawl/page.warc", "application/warc")]
    [InlineData("saved/page.mhtml", "multipart/related")]
    [InlineData("saved/page.mht", "multipart/related")]
    [InlineData("press/release.eml", "message/rfc822")]
    [InlineData("devtools/page.har", "application/json")]
    [InlineData("scrapy/items.jsonl", "application/jsonl")]
    [InlineData("photo.png", "application/octet-stream")]
    public void Uploaded_files_are_stored_with_the_content_type_their_extension_names(string file, string contentType) =>
        Assert.Equal(contentType, UploadCommand.ContentTypeOf(file));
}
