using System.Text.RegularExpressions;
using Pipeline.Core.Html;
using Pipeline.Core.Input;
using Pipeline.Core.Metadata;
using Pipeline.Core.Model;
using Pipeline.Core.Rules;
using Pipeline.Core.Text;

namespace Pipeline.Core.Cleaning;

/// <summary>The engine's entry point: decode, pick the HTML or plain-text extractor, apply the guards, return one outcome per input.</summary>
public sealed class ArticleCleaner
{
    /// <summary>A rule alternation joins a whole list; its opening is enough to find it in the rules files.</summary>
    private const int MaxPatternChars = 200;

    private readonly CleanerOptions _options;
    private readonly IArticleExtractor _html;
    private readonly IArticleExtractor _text;
    private readonly LanguageGuesser _languages;
    private readonly ReaderComments _readerComments;

    public ArticleCleaner(CleanerOptions? options = null, RuleSet? rules = null)
    {
        _options = options ?? new CleanerOptions();
        Rules = rules ?? RuleSet.Embedded;
        _html = new HtmlArticleExtractor(Rules, _options);
        _text = new PlainTextArticleExtractor(Rules);
        _languages = new LanguageGuesser(Rules.Metadata);
        _readerComments = new ReaderComments(Rules.Text);
    }

    /// <summary>The rules this cleaner applies; their hash goes into every output.</summary>
    public RuleSet Rules { get; }

    /// <summary>Cleans one input. Never throws for bad input: failures come back as <see cref="CleanOutcome.Failure"/>.</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> itself is cancelled.</exception>
    public CleanOutcome Clean(RawInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.TimeBudget);
        DecodedInput? decoded = null;
        try
        {
            decoded = InputDecoder.DecodePooled(input, _options);
            var extractor = decoded.Kind == InputKind.Html ? _html : _text;
            var extraction = extractor.Extract(decoded, budget.Token);
            if (extraction.Articles.Count == 0)
            {
                return Fail(input, decoded, FailureReason.NoArticle, extraction.NoArticleReason ?? "No article text was found in the input.", extraction.Metadata is { } found ? TriageMetadata.From(found) : null);
            }

            var source = new SourceInfo(input.Name, decoded.Kind, input.ContentType, input.Content.Length, decoded.Sha256, decoded.EncodingName, decoded.Compression);
            var result = new CleanResult(
                CleanResult.CurrentSchemaVersion,
                source,
                new PipelineInfo(PipelineVersion.Current, Rules.Sha256),
                extraction.PageKind,
                [.. extraction.Articles.Select(Finish)],
                extraction.Removed);
            return CleanOutcome.Success(result);
        }
        catch (InputRejectedException e)
        {
            return Fail(input, decoded, e.Reason, e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(input, decoded, FailureReason.TimeBudgetExceeded, $"Cleaning took longer than the {_options.TimeBudget.TotalSeconds:0.#} s budget.");
        }
        catch (RegexMatchTimeoutException e)
        {
            // Only rule patterns carry a match limit: name the pattern, since the fix is in the rules, not in the page.
            return Fail(input, decoded, FailureReason.TimeBudgetExceeded, $"A rule pattern ran longer than {e.MatchTimeout.TotalSeconds:0.#} s on one match: {Abbreviated(e.Pattern)}");
        }
#pragma warning disable CA1031 // One broken input must become a quarantine record, never a crashed batch.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Fail(input, decoded, FailureReason.InternalError, $"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            // The outcome holds only strings made during extraction: the decode buffer goes back to the pool for the next page.
            decoded?.Dispose();
        }
    }

    /// <summary>The article with its language named from its text when the page declared none or declared another, its byline tidied, and only the comments readers wrote.</summary>
    private Article Finish(Article article) => article with
    {
        Byline = BylineTidier.Tidy(article.Byline),
        Language = article.Language is { } declared ? _languages.Reconcile(declared, article.Text) : _languages.Guess(article.Text),
        Comments = _readerComments.Of(article.Comments),
    };

    private static string Abbreviated(string pattern) => pattern.Length <= MaxPatternChars ? pattern : pattern[..MaxPatternChars] + "…";

    private static CleanOutcome Fail(RawInput input, DecodedInput? decoded, FailureReason reason, string message, TriageMetadata? metadata = null) =>
        CleanOutcome.Failed(new CleanFailure(reason, message, decoded?.Sha256 ?? input.ContentSha256(), input.Content.Length, metadata));
}
