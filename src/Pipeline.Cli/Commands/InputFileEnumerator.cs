namespace Pipeline.Cli.Commands;

/// <summary>Expands the paths given on the command line into files, each with the path its output is named after.</summary>
internal static class InputFileEnumerator
{
    /// <summary>One input file and its path relative to the argument it came from (a file argument is relative to its folder).</summary>
    internal sealed record InputFile(string FullPath, string RelativePath);

    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(new InputFile(Path.GetFullPath(path), Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                files.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new InputFile(f, Path.GetRelativePath(root, f))));
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }

        return files;
    }
}
