namespace Pipeline.Core.Model;

/// <summary>Facts about the raw input: its name, detected kind, size, hash, the encoding used to read it and its compression, if any.</summary>
public sealed record SourceInfo(
    string Name,
    InputKind Kind,
    string? ContentType,
    long Bytes,
    string Sha256,
    string Encoding,
    string? Compression = null);
