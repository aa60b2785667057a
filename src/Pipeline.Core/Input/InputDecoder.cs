using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Core.Cleaning;

namespace Pipeline.Core.Input;

/// <summary>Turns raw bytes into text: what the bytes announce (BOM, UTF-16 rhythm, ISO-2022-JP escapes) first, then valid UTF-8, then the declared charset, then detection; never mojibake.</summary>
public static partial class InputDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InputDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes an input or throws <see cref="InputRejectedException"/> with the reason it cannot be read.</summary>
    public static DecodedInput Decode(RawInput raw, CleanerOptions options) => Decode(raw, options, pooled: false);

    /// <summary>
    /// Decodes an input as <see cref="Decode(RawInput, CleanerOptions)"/> does, valid UTF-8 (most pages) into a buffer rented from the shared array pool: the caller
    /// disposes the result once nothing reads its text any more.
    /// </summary>
    public static DecodedInput DecodePooled(RawInput raw, CleanerOptions options) => Decode(raw, options, pooled: true);

    private static DecodedInput Decode(RawInput raw, CleanerOptions options, bool pooled)
    {
        var sha = raw.ContentSha256();
        if (raw.Content.Length > options.MaxInputBytes)
        {
            throw new InputRejectedException(FailureReason.TooLarge, $"Input is {raw.Content.Length:N0} bytes; the limit is {options.MaxInputBytes:N0}.");
        }

        var page = StoredPage.Open(raw, options.MaxInputBytes);
        var bytes = page.Bytes.Span;

        var signed = EncodingSignature.Detect(bytes);
        var binary = BinaryContentDetector.Detect(bytes, signed?.Encoding is UnicodeEncoding or UTF32Encoding);
        if (binary is not null)
        {
            throw new InputRejectedException(FailureReason.Binary, $"Input is not text: {binary}.");
        }

        if (pooled && signed is null && StrictUtf8Pooled(bytes) is { } rented)
        {
            try
            {
                var characters = rented.Buffer.AsSpan(0, rented.Length);
                ThrowIfBlank(characters, bytes.Length);
                var pooledKind = InputKindDetector.Detect(characters, page.ContentType, page.Name);
                return new DecodedInput(raw, rented.Buffer, rented.Length, pooledKind, Encoding.UTF8.WebName, sha) { Compression = page.Compression, SourceUrl = page.SourceUrl, SavedAt = page.SavedAt, Subject = page.Subject, SentAt = page.SentAt, SentAtRaw = page.SentAtRaw };
            }
            catch
            {
                ArrayPool<char>.Shared.Return(rented.Buffer);
                throw;
            }
        }

        var (encoding, text) = signed is { } sign
            ? (sign.Encoding, sign.Encoding.GetString(bytes[sign.MarkLength..]))
            : DecodeUnsigned(bytes, page.ContentType);

        ThrowIfBlank(text, bytes.Length);
        var kind = InputKindDetector.Detect(text, page.ContentType, page.Name);
        return new DecodedInput(raw, text, kind, encoding.WebName, sha) { Compression = page.Compression, SourceUrl = page.SourceUrl, SavedAt = page.SavedAt, Subject = page.Subject, SentAt = page.SentAt, SentAtRaw = page.SentAtRaw };
    }

    private static void ThrowIfBlank(ReadOnlySpan<char> text, int byteCount)
    {
        if (text.IsWhiteSpace())
        {
            throw new InputRejectedException(FailureReason.Empty, byteCount == 0 ? "Input is empty (0 bytes)." : "Input holds only whitespace.");
        }
    }

    /// <summary>Strictly valid UTF-8 decoded into a rented buffer, or null (with nothing rented) when the bytes are not valid UTF-8.</summary>
    private static (char[] Buffer, int Length)? StrictUtf8Pooled(ReadOnlySpan<byte> bytes)
    {
        // UTF-8 never needs more UTF-16 units than bytes.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        if (System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return (buffer, written);
        }

        ArrayPool<char>.Shared.Return(buffer);
        return null;
    }

    private static (Encoding Encoding, string Text) DecodeUnsigned(ReadOnlySpan<byte> bytes, string? contentType)
    {
        // Valid UTF-8 with any non-ASCII byte is almost never another charset by accident, whatever the page declares.
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return (Encoding.UTF8, text);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to the declaration, then detection.
        }

        var declared = DeclaredCharset(bytes, contentType);
        if (declared is not null && !IsUtf8(declared))
        {
            declared = EncodingSupersets.ForBytes(declared, bytes);
            return (declared, declared.GetString(bytes));
        }

        if (MostlyUtf8(bytes) is { } mixed)
        {
            return (Encoding.UTF8, mixed);
        }

        var detected = EncodingSupersets.ForBytes(DetectCharset(bytes) ?? Encoding.GetEncoding(1252), bytes);
        return (detected, detected.GetString(bytes));
    }

    private static bool IsUtf8(Encoding e) => e.CodePage == Encoding.UTF8.CodePage;

    /// <summary>Valid multi-byte sequences needed per stray byte before a page counts as UTF-8 with a few stray bytes.</summary>
    private const int MinUtf8SequencesPerStrayByte = 10;

    private const int MinUtf8Sequences = 20;

    /// <summary>
    /// A UTF-8 page with a few stray single bytes (a Latin-1 string pasted into a template) decoded as UTF-8, each stray byte read as
    /// Windows-1252; null when the bytes are not overwhelmingly UTF-8. Decoding the whole page as a legacy charset would garble every other letter.
    /// </summary>
    private static string? MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int sequences = 0, stray = 0;
        for (var rest = bytes; !rest.IsEmpty;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                stray++;
            }
            else if (consumed > 1)
            {
                sequences++;
            }

            rest = rest[Math.Max(1, consumed)..];
        }

        if (sequences < MinUtf8Sequences || sequences < MinUtf8SequencesPerStrayByte * stray)
        {
            return null;
        }

        var windows1252 = Encoding.GetEncoding(1252);
        var text = new StringBuilder(bytes.Length);
        for (var rest = bytes; !rest.IsEmpty;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                consumed = 1;
                text.Append(windows1252.GetString(rest[..1]));
            }

            rest = rest[consumed..];
        }

        return text.ToString();
    }

    /// <summary>The charset the header or the page declares; a UTF-16 or UTF-32 declaration counts as none, as in browsers: bytes really in one are signed.</summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes, string? contentType) =>
        DeclaredLabel(bytes, contentType) is { } declared and not (UnicodeEncoding or UTF32Encoding) ? declared : null;

    private static Encoding? DeclaredLabel(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var fromHeader = contentType is null ? null : CharsetParameter().Match(contentType);
        if (fromHeader is { Success: true } && EncodingSupersets.ForLabel(fromHeader.Groups["cs"].Value) is { } headerEncoding)
        {
            return headerEncoding;
        }

        // Charset declarations sit in the first kilobytes and are ASCII, so a Latin-1 view is enough to find them.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var meta = MetaCharset().Match(head);
        if (meta.Success)
        {
            return EncodingSupersets.ForLabel(meta.Groups["cs"].Value);
        }

        // XHTML pages saved from XML tools may declare their charset only in the XML declaration.
        var xml = XmlDeclarationEncoding().Match(head);
        return xml.Success ? EncodingSupersets.ForLabel(xml.Groups["cs"].Value) : null;
    }

    private static Encoding? DetectCharset(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 256 * 1024)].ToArray();
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(sample);
        var name = result.Detected?.EncodingName;
        // Detection of UTF-8 here is wrong by construction (strict decoding failed), and ASCII means "Windows-1252 with a few stray bytes".
        return name is null || name.Contains("utf-8", StringComparison.OrdinalIgnoreCase) || name.Contains("ascii", StringComparison.OrdinalIgnoreCase)
            ? null
            : EncodingSupersets.ForLabel(name);
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[\w\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"\A\s*<\?xml[^>]+encoding\s*=\s*[""']?(?<cs>[\w\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<cs>[\w\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
