using Pipeline.Evaluation.Running;

namespace Pipeline.Evaluation.Scoring;

/// <summary>Applies every metric whose labels a dataset has to a system's run.</summary>
public static class DatasetScorer
{
    public static SystemScores Score(SystemRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var bodies = new List<ShinglePageScore>();
        SnippetCounts? snippets = null;
        DateCounts? dates = null;
        AuthorScores? authors = null;
        TitleScores? titles = null;
        var pageScores = new List<PageScore>(run.Pages.Count);

        foreach (var (page, output, milliseconds) in run.Pages)
        {
            var labels = page.Labels;
            var misses = new List<string>();
            double? bodyF1 = null;
            if (labels.BodyVariants is { Count: > 0 } variants)
            {
                var body = ShingleScorer.ScoreBest(variants, output.Text);
                bodies.Add(body);
                bodyF1 = body.F1;
            }

            SnippetCounts? pageSnippets = null;
            SnippetMisses? snippetMisses = null;
            if (labels.Snippets is { } snippetLabels)
            {
                pageSnippets = SnippetScorer.Score(snippetLabels, output.Text);
                snippets = (snippets ?? SnippetCounts.Zero) + pageSnippets;
                if (pageSnippets.Fp + pageSnippets.Fn > 0)
                {
                    snippetMisses = SnippetScorer.Misses(snippetLabels, output.Text);
                }
            }

            bool? dateRight = null;
            string? dateMiss = null;
            if (labels.Date is { } dateLabel)
            {
                var date = DateScorer.Score(dateLabel, output.PublishedAt);
                dates = (dates ?? DateCounts.Zero) + date;
                dateRight = date.Tp + date.Tn > 0;
                dateMiss = dateRight.Value ? null : $"want {dateLabel.Value ?? "none"}, got {output.PublishedAt ?? "none"}";
            }

            bool? authorsRight = null;
            if (labels.Authors is { } authorLabels)
            {
                var result = NameSetScorer.Score(authorLabels, output.Authors, output.Agencies, output.SiteName);
                authors = authors is null
                    ? new AuthorScores(1, result.ExactSet ? 1 : 0, result.Matched, result.Predicted, result.Labelled)
                    : new AuthorScores(authors.Pages + 1, authors.ExactSetRight + (result.ExactSet ? 1 : 0), authors.NamesMatched + result.Matched, authors.NamesPredicted + result.Predicted, authors.NamesLabelled + result.Labelled);
                authorsRight = result.ExactSet;
                if (!result.ExactSet)
                {
                    misses.Add($"authors expected [{string.Join("; ", authorLabels)}] got [{string.Join("; ", output.Authors)}] agencies [{string.Join("; ", output.Agencies)}] site [{output.SiteName}]");
                }
            }

            bool? titleRight = null;
            if (labels.Title is { } titleLabel)
            {
                titleRight = TitleScorer.Matches(titleLabel, output.Title);
                titles = new TitleScores((titles?.Pages ?? 0) + 1, (titles?.Right ?? 0) + (titleRight.Value ? 1 : 0));
                if (!titleRight.Value)
                {
                    misses.Add($"title expected \"{titleLabel}\" got \"{output.Title}\"");
                }
            }

            pageScores.Add(new PageScore(page.Id, bodyF1, pageSnippets, dateRight, authorsRight, titleRight, milliseconds, output.Failure, snippetMisses, misses) { DateMiss = dateMiss });
        }

        var slowest = run.Slowest;
        return new SystemScores
        {
            System = run.System,
            Pages = run.Pages.Count,
            Failures = run.Pages.Count(p => p.Output.Failure is not null),
            InternalErrors = run.Pages.Count(p => p.Output.InternalError),
            Body = bodies.Count == 0 ? null : ShingleCorpusScore.From(bodies),
            Snippets = snippets,
            Dates = dates,
            Authors = authors,
            Titles = titles,
            DocumentsPerSecond = run.DocumentsPerSecond,
            MeanMilliseconds = run.Pages.Count == 0 ? 0 : run.Pages.Average(p => p.Milliseconds),
            SlowestMilliseconds = slowest?.Milliseconds ?? 0,
            SlowestPage = slowest?.Page.Id,
            AllocatedBytes = run.AllocatedBytes,
            PeakManagedBytes = run.PeakManagedBytes,
            Passes = run.Passes,
            PageScores = pageScores,
        };
    }
}
