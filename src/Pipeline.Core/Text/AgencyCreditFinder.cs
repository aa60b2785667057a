using Pipeline.Core.Metadata;
using Pipeline.Core.Model;

namespace Pipeline.Core.Text;

/// <summary>Collects the agencies a post credits: in its byline, its dateline ("WASHINGTON (AP) —"), its "Source(s):" lines and notes such as "Published in an arrangement with Reuters". Photo credits and comments never count.</summary>
public sealed class AgencyCreditFinder(TextPatterns patterns, AgencyCatalog catalog)
{
    public IReadOnlyList<string> Find(IReadOnlyList<TextBlock> blocks, TextSegment segment, IReadOnlyList<string> bylineAgencies)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(bylineAgencies);
        var found = new List<string>(bylineAgencies);
        var firstBody = true;
        for (var i = segment.Start; i < segment.End; i++)
        {
            var block = blocks[i];
            if (block.Removal is RemovalReasons.Caption or RemovalReasons.Comments)
            {
                continue;
            }

            if (block.Role == TextRole.Body && firstBody)
            {
                firstBody = false;
                if (patterns.DatelineAgency.Match(block.Text) is { Success: true } dateline)
                {
                    AddAll(found, catalog.FindAll(dateline.Groups["agency"].Value));
                }
            }

            if (block.Role == TextRole.Closer && patterns.SourceLine.Match(block.Content) is { Success: true } source)
            {
                AddAll(found, catalog.FindAll(source.Groups["sources"].Value));
            }

            foreach (var note in patterns.AgencyNotes)
            {
                if (note.Match(block.Content) is { Success: true } credit)
                {
                    AddAll(found, catalog.FindAll(credit.Groups["agency"].Value));
                }
            }
        }

        return found;
    }

    private static void AddAll(List<string> into, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!into.Contains(name))
            {
                into.Add(name);
            }
        }
    }
}
