namespace Pipeline.Evaluation.Datasets;

/// <summary>The evaluation datasets under <c>shared/datasets/</c>, each with its own layout and labels.</summary>
public enum DatasetKind
{
    Aeb,
    AebText,
    Fundus,
    FundusEval,
    Trafilatura,
    Htmldate,
    Readability,
}
