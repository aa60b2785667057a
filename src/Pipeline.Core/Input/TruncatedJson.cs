using System.Buffers;
using System.Text.Json;

namespace Pipeline.Core.Input;

/// <summary>
/// Closes JSON cut off before its end (a download or an upload stopped partway): a string value cut off ends where the bytes end, and
/// the objects and arrays left open are closed, so a scraper's record keeps the page it held up to the cut.
/// </summary>
public static class TruncatedJson
{
    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    /// <summary>The JSON closed at its cut, or null when it is damaged rather than cut off, or was complete.</summary>
    public static byte[]? Close(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(options));
        var open = new Stack<byte>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push((byte)'}');
                        break;
                    case JsonTokenType.StartArray:
                        open.Push((byte)']');
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.TryPop(out _);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        if (open.Count == 0)
        {
            return null;
        }

        var consumed = (int)reader.BytesConsumed;
        var closed = new ArrayBufferWriter<byte>(json.Length + open.Count + 8);
        closed.Write(json[..consumed]);
        closed.Write(CutValue(json[consumed..], reader.TokenType, inArray: open.Peek() == ']'));
        foreach (var closer in open)
        {
            closed.Write([closer]);
        }

        return closed.WrittenSpan.ToArray();
    }

    /// <summary>
    /// What the bytes after the last whole token become: a string value cut off, ended where it stops; a property cut off before its
    /// value, given null; a property name or a number cut off, dropped.
    /// </summary>
    private static byte[] CutValue(ReadOnlySpan<byte> rest, JsonTokenType last, bool inArray)
    {
        // The reader takes a name's colon with the name, unless the cut fell between them.
        var afterName = last == JsonTokenType.PropertyName;
        var colon = afterName && rest.IndexOfAnyExcept(" \t\r\n"u8) is var first and >= 0 && rest[first] == ':' ? first : -1;
        var nothing = !afterName ? [] : colon >= 0 ? ":null"u8.ToArray() : "null"u8.ToArray();

        // A value may start after a name, after an array's bracket, or after a comma in an array.
        int valueStart;
        if (afterName || (inArray && last == JsonTokenType.StartArray))
        {
            valueStart = colon + 1;
        }
        else if (inArray && rest.IndexOfAnyExcept(" \t\r\n"u8) is var comma and >= 0 && rest[comma] == ',')
        {
            valueStart = comma + 1;
        }
        else
        {
            return nothing;
        }

        var quote = rest[valueStart..].IndexOfAnyExcept(" \t\r\n"u8);
        if (quote < 0 || rest[valueStart + quote] != '"')
        {
            return nothing;
        }

        quote += valueStart;
        return [.. rest[..quote], .. WithoutCutEscape(rest[quote..]), (byte)'"'];
    }

    /// <summary>A string's bytes without an escape the cut left unfinished (a lone backslash, "\u00").</summary>
    private static ReadOnlySpan<byte> WithoutCutEscape(ReadOnlySpan<byte> text)
    {
        var backslash = text.LastIndexOf((byte)'\\');
        if (backslash < 0)
        {
            return text;
        }

        var run = 1;
        while (backslash - run >= 0 && text[backslash - run] == '\\')
        {
            run++;
        }

        // An even run of backslashes is escaped backslashes, whole; an odd one escapes what follows.
        var escape = text[backslash..];
        if (run % 2 == 0)
        {
            return text;
        }

        var whole = escape.Length >= 2 && (escape[1] != 'u' || (escape.Length >= 6 && escape[2..6].IndexOfAnyExcept(HexDigits) < 0));
        return whole ? text : text[..backslash];
    }
}
