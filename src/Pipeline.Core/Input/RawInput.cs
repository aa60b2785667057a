namespace Pipeline.Core.Input;

/// <summary>The engine's input: raw bytes as stored, the blob or file name, and what the store says about them.</summary>
/// <param name="Content">The bytes exactly as scraped.</param>
/// <param name="Name">Blob or file name, relative; used for the output name and as a weak hint (extension, dates in the path).</param>
/// <param name="ContentType">The stored content type, if any (its charset parameter is a hint).</param>
/// <param name="LastModified">When the file was stored; no extracted date may be later.</param>
public sealed record RawInput(
    ReadOnlyMemory<byte> Content,
    string Name,
    string? ContentType = null,
    DateTimeOffset? LastModified = null);
