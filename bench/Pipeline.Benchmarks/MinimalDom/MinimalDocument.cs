using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Pipeline.Benchmarks.MinimalDom;

/// <summary>The document of the minimal tree: no scripts, no loading, no error tracking.</summary>
internal sealed class MinimalDocument(TextSource source) : MinimalNode("#document", NodeFlags.None), IConstructableDocument
{
    public TextSource Source { get; } = source;

    public IDisposable? Builder { get; set; }

    public QuirksMode QuirksMode { get; set; }

    public IConstructableElement? Head => null;

    public IConstructableElement DocumentElement => Children.Items.OfType<MinimalElement>().First();

    public bool IsLoading => false;

    public void PerformMicrotaskCheckpoint()
    {
    }

    public void ProvideStableState()
    {
    }

    public void AddComment(ref StructHtmlToken token)
    {
    }

    public void TrackError(Exception error)
    {
    }

    public Task WaitForReadyAsync(CancellationToken cancelToken) => Task.CompletedTask;

    public Task FinishLoadingAsync() => Task.CompletedTask;

    public void ApplyManifest()
    {
    }

    public void Clear() => Children.Clear();
}
