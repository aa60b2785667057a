using System.Text.Json;

namespace Pipeline.Storage;

/// <summary>Writes <c>quarantine/{name}.json</c> for inputs that cannot be cleaned, counting attempts across deliveries.</summary>
public sealed class QuarantineWriter
{
    private readonly StampedBlobWriter _writer;

    public QuarantineWriter(StorageClients clients, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _writer = new StampedBlobWriter(clients.Container(StorageContainers.Quarantine), time);
    }

    /// <summary>True when the same bytes were already quarantined by the same engine and rules.</summary>
    public Task<bool> IsCurrentAsync(string rawName, OutputStamp stamp, CancellationToken cancellationToken) =>
        _writer.IsCurrentAsync(OutputBlobName.For(rawName), stamp, cancellationToken);

    /// <summary>The existing record, or null.</summary>
    public async Task<QuarantineRecord?> ReadAsync(string rawName, CancellationToken cancellationToken)
    {
        var data = await _writer.ReadAsync(OutputBlobName.For(rawName), cancellationToken).ConfigureAwait(false);
        return data is null ? null : JsonSerializer.Deserialize(data.ToMemory().Span, StorageJsonContext.Default.QuarantineRecord);
    }

    /// <summary>Writes the record; <see cref="QuarantineRecord.Attempts"/> is raised to one more than the previous record's when that is larger.</summary>
    public async Task<OutputWriteResult> WriteAsync(QuarantineRecord record, OutputStamp stamp, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var previous = await ReadAsync(record.Name, cancellationToken).ConfigureAwait(false);
        if (previous is not null && previous.Attempts + 1 > record.Attempts)
        {
            record = record with { Attempts = previous.Attempts + 1 };
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(record, StorageJsonContext.Default.QuarantineRecord);
        return await _writer.WriteAsync(OutputBlobName.For(record.Name), BinaryData.FromBytes(json), stamp, force, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a stale record once the input has been cleaned.</summary>
    public Task DeleteIfExistsAsync(string rawName, CancellationToken cancellationToken) =>
        _writer.DeleteIfExistsAsync(OutputBlobName.For(rawName), cancellationToken);
}
