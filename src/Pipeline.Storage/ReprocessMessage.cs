namespace Pipeline.Storage;

/// <summary>One message on the <c>reprocess</c> queue: clean raw blob <paramref name="Name"/> again for job <paramref name="JobId"/>.</summary>
public sealed record ReprocessMessage(string JobId, string Name, bool Force);
