using Pipeline.Core.Input;

namespace Pipeline.Core.Cleaning;

/// <summary>Extracts articles from one kind of decoded input (HTML or plain text).</summary>
public interface IArticleExtractor
{
    /// <summary>Pure and CPU-bound: checks <paramref name="cancellationToken"/> between stages and inside long loops.</summary>
    Extraction Extract(DecodedInput input, CancellationToken cancellationToken);
}
