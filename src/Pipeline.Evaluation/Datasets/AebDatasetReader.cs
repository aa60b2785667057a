namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads <c>aeb/</c> (HTML pages) and <c>aeb-text/</c> (w3m text dumps of the same pages); labels are the article bodies.</summary>
internal static class AebDatasetReader
{
    public static Dataset Read(string folder, bool textDumps)
    {
        using var truth = GroundTruthJson.Load(Path.Combine(folder, "ground-truth.json"));
        var pages = new List<DatasetPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var id = entry.Name;
            var path = textDumps
                ? Path.Combine(folder, "w3m", id + ".txt")
                : Path.Combine(folder, "html", id + ".html.gz");
            if (!File.Exists(path))
            {
                continue;
            }

            var body = GroundTruthJson.String(entry.Value, "articleBody") ?? string.Empty;
            pages.Add(new DatasetPage(
                id,
                path,
                id + (textDumps ? ".txt" : ".html"),
                textDumps ? "text/plain" : "text/html",
                null,
                GroundTruthJson.String(entry.Value, "url"),
                new PageLabels { BodyVariants = [body] }));
        }

        return new Dataset(textDumps ? DatasetKind.AebText : DatasetKind.Aeb, folder, pages);
    }
}
