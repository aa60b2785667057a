namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads <c>htmldate/</c>: publication days (or null for "no date"), some pages stored in <c>../trafilatura/html/</c>.</summary>
internal static class HtmldateDatasetReader
{
    public static Dataset Read(string folder)
    {
        using var truth = GroundTruthJson.Load(Path.Combine(folder, "dates.json"));
        var pages = new List<DatasetPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var relative = GroundTruthJson.String(entry.Value, "html");
            if (relative is null)
            {
                continue;
            }

            var name = Path.GetFileName(relative);
            pages.Add(new DatasetPage(
                entry.Name,
                Path.GetFullPath(Path.Combine(folder, relative)),
                name.EndsWith(".gz", StringComparison.Ordinal) ? name[..^3] : name,
                "text/html",
                null,
                entry.Name.StartsWith("http", StringComparison.Ordinal) ? entry.Name : null,
                new PageLabels { Date = new DateLabel(GroundTruthJson.NonEmptyString(entry.Value, "date")) }));
        }

        return new Dataset(DatasetKind.Htmldate, folder, pages);
    }
}
