namespace Pipeline.Core.Input;

/// <summary>The engine's input: raw bytes as stored, the blob or file name, and what the store says about them.</summary>
/// <param name="Content">The bytes exactly as scraped.</param>
/// <param name="Name">Blob or file name, relative; used for the output name and as a weak hint (extension, dates in the path).</param>
/// <param name="ContentType">The stored content type, if any (its charset parameter is a hint).</param>
/// <param name="LastModified">When the file was stored; no extracted date may be later.</param>
/// <param name="Sha256">
/// The SHA-256 of <paramref name="Content"/> in lower-case hex when the caller has hashed it already (the function handler hashes every
/// delivery to tell whether its output is current), so the engine does not hash the bytes a second time; null and the engine hashes them.
/// </param>
public sealed record RawInput(
    ReadOnlyMemory<byte> Content,
    string Name,
    string? ContentType = null,
    DateTimeOffset? LastModified = null,
    string? Sha256 = null)
{
    /// <summary>The SHA-256 of <see cref="Content"/> in lower-case hex: the one given, else computed now.</summary>
    public string ContentSha256() => Sha256 ?? HashOf(Content.Span);

    /// <summary>The SHA-256 of <paramref name="bytes"/> in lower-case hex, as every output names its source.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
