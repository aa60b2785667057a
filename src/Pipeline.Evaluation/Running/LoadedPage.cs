using Pipeline.Evaluation.Datasets;

namespace Pipeline.Evaluation.Running;

/// <summary>A dataset page with its bytes already in memory, so timing measures extraction and not disk or gzip.</summary>
public sealed record LoadedPage(DatasetPage Page, byte[] Content)
{
    /// <summary>Reads the first <paramref name="limit"/> pages (all when null) of <paramref name="dataset"/>.</summary>
    public static async Task<IReadOnlyList<LoadedPage>> LoadAsync(Dataset dataset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var pages = limit is { } n ? dataset.Pages.Take(n) : dataset.Pages;
        var loaded = new List<LoadedPage>();
        foreach (var page in pages)
        {
            loaded.Add(new LoadedPage(page, await page.ReadBytesAsync(cancellationToken)));
        }

        return loaded;
    }
}
