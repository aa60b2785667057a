using Pipeline.Evaluation.Datasets;

namespace Pipeline.Evaluation.Systems;

/// <summary>An article extractor under evaluation: our engine or a baseline such as SmartReader.</summary>
public interface IExtractionSystem
{
    /// <summary>Short name shown in reports (<c>engine</c>, <c>smartreader</c>).</summary>
    string Name { get; }

    /// <summary>Extracts one page; must not throw for bad pages (a crash becomes a failed output).</summary>
    SystemOutput Extract(DatasetPage page, byte[] content, CancellationToken cancellationToken);
}
