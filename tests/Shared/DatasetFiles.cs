using System.IO.Compression;

namespace Pipeline.Tests.Shared;

/// <summary>Reads the gzip-compressed pages of <c>shared/datasets</c> as the raw bytes a user would drop.</summary>
internal static class DatasetFiles
{
    public static byte[] ReadGzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
