namespace Pipeline.Storage;

/// <summary>A raw page read from <c>raw/</c>: its bytes and the properties the pipeline records.</summary>
public sealed record RawBlob(string Name, BinaryData Content, string ETag, string? ContentType, DateTimeOffset LastModified);
