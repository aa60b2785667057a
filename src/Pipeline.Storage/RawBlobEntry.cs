namespace Pipeline.Storage;

/// <summary>A raw blob as listed (no content).</summary>
public sealed record RawBlobEntry(string Name, string ETag, DateTimeOffset LastModified, long Size);
