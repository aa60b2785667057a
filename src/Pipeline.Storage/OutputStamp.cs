namespace Pipeline.Storage;

/// <summary>What an output was made from; when it equals a new delivery's stamp, cleaning again would change nothing.</summary>
public sealed record OutputStamp(string SourceSha256, string PipelineVersion, string RulesSha256, string? SourceETag)
{
    private const string SourceSha256Key = "source_sha256";
    private const string PipelineVersionKey = "pipeline_version";
    private const string RulesSha256Key = "rules_sha256";
    private const string SourceETagKey = "source_etag";
    private const string ProcessedAtKey = "processed_at";

    /// <summary>Blob metadata carrying this stamp and the processing time.</summary>
    public Dictionary<string, string> ToMetadata(DateTimeOffset processedAt)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [SourceSha256Key] = SourceSha256,
            [PipelineVersionKey] = PipelineVersion,
            [RulesSha256Key] = RulesSha256,
            [ProcessedAtKey] = processedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (SourceETag is not null)
        {
            // Metadata values must be ASCII without quotes being significant; keep the ETag as the service wrote it.
            metadata[SourceETagKey] = SourceETag;
        }

        return metadata;
    }

    /// <summary>True when <paramref name="metadata"/> was written for the same source bytes, engine version and rules (the source ETag does not matter: same bytes, same output).</summary>
    public bool Matches(IDictionary<string, string>? metadata) =>
        metadata is not null
        && Value(metadata, SourceSha256Key) == SourceSha256
        && Value(metadata, PipelineVersionKey) == PipelineVersion
        && Value(metadata, RulesSha256Key) == RulesSha256;

    private static string? Value(IDictionary<string, string> metadata, string key)
    {
        foreach (var (k, v) in metadata)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }
}
