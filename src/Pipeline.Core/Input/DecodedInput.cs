using System.Buffers;
using Pipeline.Core.Model;

namespace Pipeline.Core.Input;

/// <summary>An input turned into text: the kind it was judged to be and the encoding used.</summary>
/// <remarks>
/// The text may live in a buffer rented from the shared array pool (<see cref="InputDecoder.DecodePooled"/>): a page's text is past the
/// large-object threshold, and a fresh string per page made the collector sweep the whole heap every few dozen pages. Disposing hands the
/// buffer back; <see cref="Text"/> and <see cref="Characters"/> must not be read afterwards unless <see cref="Text"/> was read before.
/// </remarks>
public sealed class DecodedInput : IDisposable
{
    private char[]? _rented;
    private ReadOnlyMemory<char> _characters;
    private string? _text;
    private bool _disposed;

    /// <summary>An input decoded into a string.</summary>
    public DecodedInput(RawInput raw, string text, InputKind kind, string encodingName, string sha256)
        : this(raw, kind, encodingName, sha256)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _characters = text.AsMemory();
    }

    /// <summary>An input decoded into the first <paramref name="length"/> characters of a rented buffer, which this instance now owns.</summary>
    internal DecodedInput(RawInput raw, char[] rented, int length, InputKind kind, string encodingName, string sha256)
        : this(raw, kind, encodingName, sha256)
    {
        _rented = rented;
        _characters = rented.AsMemory(0, length);
    }

    private DecodedInput(RawInput raw, InputKind kind, string encodingName, string sha256)
    {
        Raw = raw;
        Kind = kind;
        EncodingName = encodingName;
        Sha256 = sha256;
    }

    public RawInput Raw { get; }

    public InputKind Kind { get; }

    public string EncodingName { get; }

    public string Sha256 { get; }

    /// <summary>How the stored page was compressed ("gzip", "br", "deflate"), or null when its bytes were the text's bytes themselves.</summary>
    public string? Compression { get; init; }

    /// <summary>The address the stored page's wrapping says it was saved from (an MHTML file's), or null: the page's own address when it states none.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>When the stored page's wrapping says it was saved (a saved response's or message's Date), or null.</summary>
    public DateTimeOffset? SavedAt { get; init; }

    /// <summary>An e-mail's or a saved message's subject, or null: the title of a page that states none.</summary>
    public string? Subject { get; init; }

    /// <summary>When the input was sent as an e-mail, or null: the publication date of a page that states none.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The Date header <see cref="SentAt"/> was read from, as written.</summary>
    public string? SentAtRaw { get; init; }

    /// <summary>The earliest instant the input is known to have existed: the wrapping's date or the store's timestamp; no extracted date may be later.</summary>
    public DateTimeOffset? StoredAt => SavedAt is { } saved && !(Raw.LastModified < saved) ? saved : Raw.LastModified;

    /// <summary>The decoded text, without making a string of it.</summary>
    public ReadOnlyMemory<char> Characters
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed && _text is null, this);
            return _characters;
        }
    }

    /// <summary>The decoded text as a string (made once, on first use, when the text is in a rented buffer).</summary>
    public string Text => _text ??= new string(Characters.Span);

    /// <summary>Hands a rented buffer back to the pool.</summary>
    public void Dispose()
    {
        _disposed = true;
        if (_rented is { } rented)
        {
            _rented = null;
            _characters = _text?.AsMemory() ?? ReadOnlyMemory<char>.Empty;
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
