using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>The name of a raw blob's output in <c>clean/</c> or <c>quarantine/</c>: the raw name and <c>.json</c>, within Azure's limit on blob names.</summary>
public static class OutputBlobName
{
    /// <summary>Azure Storage refuses blob names longer than this (Azurite does not check it).</summary>
    public const int MaxChars = 1024;

    private const string Extension = ".json";
    private const int HashChars = 16;

    /// <summary>
    /// <c>{rawName}.json</c>; a raw name within five characters of the limit is cut and marked with the start of its SHA-256 instead
    /// (<c>{start}~{hash}.json</c>, exactly <see cref="MaxChars"/> long), since its output could not be written at all. The document or
    /// record inside still names the raw blob in full.
    /// </summary>
    public static string For(string rawName)
    {
        ArgumentException.ThrowIfNullOrEmpty(rawName);
        if (rawName.Length + Extension.Length <= MaxChars)
        {
            return rawName + Extension;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawName)))[..HashChars];
        var kept = MaxChars - Extension.Length - HashChars - 1;
        if (char.IsHighSurrogate(rawName[kept - 1]))
        {
            // Half a character is no name: the pair goes whole, and the name is one shorter.
            kept--;
        }

        return string.Concat(rawName.AsSpan(0, kept), "~", hash, Extension);
    }
}
