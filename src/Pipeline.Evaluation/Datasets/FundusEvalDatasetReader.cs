namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads <c>fundus-eval/</c>: hand-extracted bodies where a paragraph in <c>[ ]</c> is optional.</summary>
internal static class FundusEvalDatasetReader
{
    public static Dataset Read(string folder)
    {
        using var truth = GroundTruthJson.Load(Path.Combine(folder, "ground-truth.json"));
        var pages = new List<DatasetPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var paragraphs = GroundTruthJson.StringList(entry.Value, "body") ?? [];
            pages.Add(new DatasetPage(
                entry.Name,
                Path.Combine(folder, "html", entry.Name),
                entry.Name.EndsWith(".gz", StringComparison.Ordinal) ? entry.Name[..^3] : entry.Name,
                "text/html",
                GroundTruthJson.Timestamp(GroundTruthJson.String(entry.Value, "crawl_date")),
                GroundTruthJson.String(entry.Value, "url"),
                new PageLabels { BodyVariants = BodyVariants(paragraphs) }));
        }

        return new Dataset(DatasetKind.FundusEval, folder, pages);
    }

    /// <summary>The body with all paragraphs (brackets stripped) and, when some are optional, without them, as the published scorer compares.</summary>
    public static IReadOnlyList<string> BodyVariants(IReadOnlyList<string> paragraphs)
    {
        var all = paragraphs.Select(p => IsOptional(p) ? p.Trim()[1..^1] : p).ToList();
        var required = paragraphs.Where(p => !IsOptional(p)).ToList();
        return required.Count == paragraphs.Count
            ? [string.Join('\n', all)]
            : [string.Join('\n', all), string.Join('\n', required)];
    }

    private static bool IsOptional(string paragraph)
    {
        var trimmed = paragraph.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '[' && trimmed[^1] == ']';
    }
}
