using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Evaluation.Datasets;

/// <summary>Reads <c>trafilatura/</c>: with/without snippets (reader comments count as without), and author, date, title where labelled.</summary>
internal static partial class TrafilaturaDatasetReader
{
    public static Dataset Read(string folder)
    {
        using var truth = GroundTruthJson.Load(Path.Combine(folder, "evaldata.json"));
        var pages = new List<DatasetPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var value = entry.Value;
            var relative = GroundTruthJson.String(value, "html") ?? "html/" + GroundTruthJson.String(value, "file") + ".gz";
            var with = GroundTruthJson.StringList(value, "with") ?? [];
            var without = (GroundTruthJson.StringList(value, "without") ?? []).Concat(GroundTruthJson.StringList(value, "comments") ?? []).ToList();
            var date = GroundTruthJson.NonEmptyString(value, "date");
            var name = Path.GetFileName(relative);
            pages.Add(new DatasetPage(
                entry.Name,
                Path.Combine(folder, relative),
                name.EndsWith(".gz", StringComparison.Ordinal) ? name[..^3] : name,
                "text/html",
                null,
                entry.Name.StartsWith("http", StringComparison.Ordinal) ? entry.Name : null,
                new PageLabels
                {
                    Snippets = new SnippetLabels(with, without),
                    Title = GroundTruthJson.NonEmptyString(value, "title"),
                    Authors = Authors(value),
                    Date = date is null ? null : new DateLabel(date),
                }));
        }

        return new Dataset(DatasetKind.Trafilatura, folder, pages);
    }

    /// <summary>
    /// Author names: a <c>"; "</c>-joined string or a list, and names joined by "und"/"and" in one entry split apart, as the dataset's
    /// README allows ("Benjamin Fischer und Marcus Theurer" is two names); null when the page has no author label.
    /// </summary>
    public static IReadOnlyList<string>? Authors(JsonElement entry)
    {
        if (!entry.TryGetProperty("author", out var author))
        {
            return null;
        }

        IEnumerable<string> names = author.ValueKind switch
        {
            JsonValueKind.String => author.GetString()!.Split(';'),
            JsonValueKind.Array => author.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).SelectMany(e => e.GetString()!.Split(';')),
            _ => [],
        };
        var list = names.SelectMany(n => NameJoiner().Split(n)).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return list.Count == 0 ? null : list;
    }

    [GeneratedRegex(@"\s+(?:und|and)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameJoiner();
}
