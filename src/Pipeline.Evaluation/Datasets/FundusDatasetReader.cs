using System.Text.RegularExpressions;

namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads <c>fundus/</c>: publisher test pages labelled with title, authors, publishing date and body paragraphs.</summary>
internal static partial class FundusDatasetReader
{
    // File names end in the capture date (Publisher_2024_05_03); the engine treats dates in names as hints, so that part is withheld.
    [GeneratedRegex(@"_\d{4}_\d{2}_\d{2}$")]
    private static partial Regex CaptureDateSuffix();

    public static Dataset Read(string folder)
    {
        using var truth = GroundTruthJson.Load(Path.Combine(folder, "ground-truth.json"));
        var pages = new List<DatasetPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var value = entry.Value;
            var relative = GroundTruthJson.String(value, "html") ?? $"html/{entry.Name}.html.gz";
            var path = Path.Combine(folder, relative);
            var paragraphs = GroundTruthJson.StringList(value, "body_paragraphs") ?? [];
            var date = GroundTruthJson.NonEmptyString(value, "publishing_date");
            pages.Add(new DatasetPage(
                entry.Name,
                path,
                CaptureDateSuffix().Replace(entry.Name, string.Empty) + ".html",
                "text/html",
                GroundTruthJson.Timestamp(GroundTruthJson.String(value, "crawl_date")),
                GroundTruthJson.String(value, "url"),
                new PageLabels
                {
                    BodyVariants = [string.Join('\n', paragraphs)],
                    Title = GroundTruthJson.NonEmptyString(value, "title"),
                    Authors = GroundTruthJson.StringList(value, "authors"),
                    Date = date is null ? null : new DateLabel(date),
                }));
        }

        return new Dataset(DatasetKind.Fundus, folder, pages);
    }
}
