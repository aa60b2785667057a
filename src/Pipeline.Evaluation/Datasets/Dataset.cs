namespace Pipeline.Evaluation.Datasets;

/// <summary>A loaded dataset: its kind, folder and labelled pages in a stable order.</summary>
public sealed record Dataset(DatasetKind Kind, string Folder, IReadOnlyList<DatasetPage> Pages)
{
    /// <summary>Whether the pages are HTML (so HTML baselines such as SmartReader apply).</summary>
    public bool IsHtml => Kind != DatasetKind.AebText;
}
