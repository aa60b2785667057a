using System.Text.Json;

namespace Pipeline.Evaluation.Datasets;

/// <summary>Recognises which dataset a folder holds (by name, then by its files) and loads its pages and labels.</summary>
public static class DatasetLoader
{
    public static Dataset Load(string folder)
    {
        var full = Path.GetFullPath(folder);
        return Detect(full) switch
        {
            DatasetKind.Aeb => AebDatasetReader.Read(full, textDumps: false),
            DatasetKind.AebText => AebDatasetReader.Read(full, textDumps: true),
            DatasetKind.Fundus => FundusDatasetReader.Read(full),
            DatasetKind.FundusEval => FundusEvalDatasetReader.Read(full),
            DatasetKind.Trafilatura => TrafilaturaDatasetReader.Read(full),
            DatasetKind.Htmldate => HtmldateDatasetReader.Read(full),
            DatasetKind.Readability => ReadabilityDatasetReader.Read(full),
            _ => throw new InvalidOperationException("Unknown dataset kind."),
        };
    }

    /// <summary>The dataset in <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">When the folder matches no known dataset layout.</exception>
    public static DatasetKind Detect(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))).ToLowerInvariant();
        DatasetKind? byName = name switch
        {
            "aeb" => DatasetKind.Aeb,
            "aeb-text" => DatasetKind.AebText,
            "fundus" => DatasetKind.Fundus,
            "fundus-eval" => DatasetKind.FundusEval,
            "trafilatura" => DatasetKind.Trafilatura,
            "htmldate" => DatasetKind.Htmldate,
            "readability" => DatasetKind.Readability,
            _ => null,
        };
        return byName ?? DetectByFiles(folder);
    }

    private static DatasetKind DetectByFiles(string folder)
    {
        if (File.Exists(Path.Combine(folder, "evaldata.json")))
        {
            return DatasetKind.Trafilatura;
        }

        if (File.Exists(Path.Combine(folder, "dates.json")))
        {
            return DatasetKind.Htmldate;
        }

        if (File.Exists(Path.Combine(folder, "expected-metadata.json")))
        {
            return DatasetKind.Readability;
        }

        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (File.Exists(truthPath))
        {
            if (Directory.Exists(Path.Combine(folder, "w3m")))
            {
                return DatasetKind.AebText;
            }

            using var truth = GroundTruthJson.Load(truthPath);
            var first = truth.RootElement.EnumerateObject().Select(p => p.Value).FirstOrDefault();
            if (first.ValueKind == JsonValueKind.Object)
            {
                if (first.TryGetProperty("articleBody", out _))
                {
                    return DatasetKind.Aeb;
                }

                if (first.TryGetProperty("body_paragraphs", out _))
                {
                    return DatasetKind.Fundus;
                }

                if (first.TryGetProperty("body", out _))
                {
                    return DatasetKind.FundusEval;
                }
            }
        }

        throw new InvalidDataException($"{folder} does not look like any known dataset (aeb, aeb-text, fundus, fundus-eval, trafilatura, htmldate, readability).");
    }
}
