namespace Pipeline.Storage;

/// <summary>Writes <c>clean/{name}.json</c>: one cleaned document per raw blob, stamped for idempotence.</summary>
public sealed class CleanDocumentWriter
{
    private readonly StampedBlobWriter _writer;

    public CleanDocumentWriter(StorageClients clients, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _writer = new StampedBlobWriter(clients.Container(StorageContainers.Clean), time);
    }

    /// <summary>True when the existing output was made from the same bytes, engine and rules.</summary>
    public Task<bool> IsCurrentAsync(string rawName, OutputStamp stamp, CancellationToken cancellationToken) =>
        _writer.IsCurrentAsync(OutputBlobName.For(rawName), stamp, cancellationToken);

    public Task<OutputWriteResult> WriteAsync(string rawName, byte[] json, OutputStamp stamp, bool force, CancellationToken cancellationToken) =>
        _writer.WriteAsync(OutputBlobName.For(rawName), BinaryData.FromBytes(json), stamp, force, cancellationToken);

    /// <summary>Removes the output of an earlier version of the raw blob once its current content is quarantined, so clean/ never describes bytes raw/ no longer holds.</summary>
    public Task DeleteIfExistsAsync(string rawName, CancellationToken cancellationToken) =>
        _writer.DeleteIfExistsAsync(OutputBlobName.For(rawName), cancellationToken);
}
