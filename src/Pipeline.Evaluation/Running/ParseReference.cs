using Pipeline.Core.Cleaning;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Model;

namespace Pipeline.Evaluation.Running;

/// <summary>The cost of decoding the bytes and parsing them with AngleSharp alone, timed like a system, so the engine's cost reads as a multiple of it.</summary>
/// <param name="DocumentsPerSecond">Pages decoded and parsed per second (median pass).</param>
/// <param name="MeanMilliseconds">Mean time per page.</param>
/// <param name="Passes">Every timed pass.</param>
public sealed record ParseReference(double DocumentsPerSecond, double MeanMilliseconds, IReadOnlyList<TimedPass> Passes)
{
    /// <summary>The name the reports give this row.</summary>
    public const string Name = "decode+parse";

    /// <summary>Times decode + parse over <paramref name="pages"/> with the same warm-up and repeats as the systems.</summary>
    public static ParseReference Measure(IReadOnlyList<LoadedPage> pages, WarmUp warmUp, int repeats, CancellationToken cancellationToken)
    {
        var options = new CleanerOptions();
        var (_, milliseconds, passes) = EvaluationRunner.TimePasses(pages, page => DecodeAndParse(page, options), warmUp, repeats, cancellationToken);
        var rate = SystemRun.Median(passes.Select(p => p.DocumentsPerSecond));
        return new ParseReference(rate, milliseconds.Count == 0 ? 0 : milliseconds.Average(), passes);
    }

    private static int DecodeAndParse(LoadedPage page, CleanerOptions options)
    {
        DecodedInput decoded;
        try
        {
            // Decoded as the engine decodes (into a pooled buffer), so that the ratio compares like with like.
            decoded = InputDecoder.DecodePooled(new RawInput(page.Content, page.Page.InputName, page.Page.ContentType, page.Page.LastModified), options);
        }
        catch (InputRejectedException)
        {
            return 0;
        }

        using (decoded)
        {
            if (decoded.Kind != InputKind.Html)
            {
                return 0;
            }

            // Only the parse is timed: counting document.All would walk the whole tree once more and flatter the engine's ratio.
            // Released as the engine releases it: Dispose's extra tree walk would flatter the ratio too.
            var document = HtmlDocumentParser.Parse(decoded.Characters);
            try
            {
                return document.ChildNodes.Length;
            }
            finally
            {
                HtmlDocumentParser.Release(document);
            }
        }
    }
}
