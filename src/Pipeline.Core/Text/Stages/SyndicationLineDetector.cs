using Pipeline.Core.Model;

namespace Pipeline.Core.Text.Stages;

/// <summary>Finds syndication traces ("The post X appeared first on Y.", "source: X", feed short links) and the lines that close a post ("Sources: ...", "Read more"), which it marks as closers.</summary>
public sealed class SyndicationLineDetector(TextPatterns patterns) : ITextStage
{
    public IReadOnlyList<TextBlock> Apply(IReadOnlyList<TextBlock> blocks) => blocks.Select(Classify).ToArray();

    private TextBlock Classify(TextBlock block)
    {
        if (block.IsRemoved)
        {
            return block;
        }

        var text = block.Content;
        if (patterns.SourceLine.IsMatch(text) && LineShape.Words(text) <= patterns.Rules.BylineMaxWords)
        {
            return block with { Role = TextRole.Closer, Removal = RemovalReasons.Syndication };
        }

        if (patterns.ArticleCloser.IsMatch(text))
        {
            var reason = patterns.Syndication.IsMatch(text) ? RemovalReasons.Syndication : RemovalReasons.Navigation;
            return block with { Role = TextRole.Closer, Removal = reason };
        }

        return patterns.Syndication.IsMatch(text) || patterns.FeedLink.IsMatch(text) ? block.Remove(RemovalReasons.Syndication) : block;
    }
}
