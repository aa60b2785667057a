using System.Text;
using Pipeline.Core.Input;

namespace Pipeline.Core.Tests.Input;

public class ChunkedBodyTests
{
    [Theory]
    [InlineData("5\r\n<p>Mi\r\nb\r\nnisters met\r\n0\r\n\r\n", "<p>Ministers met")]
    [InlineData("5;name=value\r\n<p>Mi\r\n0\r\nExpires: never\r\n\r\n", "<p>Mi")]
    [InlineData("5\n<p>Mi\nB\nnisters met\n0\n\n", "<p>Ministers met")]
    [InlineData("5\r\n<p>Mi\r\n1F\r\nnisters", "<p>Ministers")]
    [InlineData("5\r\n<p>Mi\r\nnisters met</p>", "<p>Ministers met</p>")]
    public void Chunks_are_joined_and_a_body_cut_off_or_damaged_partway_keeps_every_byte_of_page(string body, string joined)
    {
        Assert.Equal(joined, Encoding.ASCII.GetString(ChunkedBody.Join(Encoding.ASCII.GetBytes(body))!));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><p>Ministers met</p>")]
    [InlineData("\r\n<html>")]
    [InlineData("cafe\r\n<html>")]
    public void A_body_stored_joined_already_is_left_as_it_is(string body)
    {
        Assert.Null(ChunkedBody.Join(Encoding.ASCII.GetBytes(body)));
    }
}
