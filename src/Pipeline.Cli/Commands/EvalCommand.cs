using System.CommandLine;
using Pipeline.Evaluation.Reporting;
using Pipeline.Evaluation.Running;

namespace Pipeline.Cli.Commands;

/// <summary><c>eval --dataset &lt;dir&gt;</c>: runs the engine (and SmartReader) over a labelled dataset and prints the scores.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset", "-d") { Description = "Dataset folder (aeb, aeb-text, fundus, fundus-eval, trafilatura, htmldate, readability under shared/datasets).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the full results as JSON instead of a table." };
        var limit = new Option<int?>("--limit", "-n") { Description = "Only the first N pages." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list per-page scores, worst first." };
        var worst = new Option<int>("--worst") { Description = "How many pages --verbose lists per system.", DefaultValueFactory = _ => 30 };
        var compare = new Option<string?>("--compare") { Description = "Baseline to run beside the engine: smartreader (default on HTML datasets) or none." };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Run only the engine." };
        var warmUp = new Option<int>("--warmup") { Description = "Untimed full passes over the pages before timing, at the least.", DefaultValueFactory = _ => EvaluationRunner.DefaultWarmUpPasses };
        var warmUpSeconds = new Option<double>("--warmup-seconds") { Description = "Untimed warm-up time at the least (tiered JIT promotes hot code over seconds); 0 with --warmup 0 times a cold start.", DefaultValueFactory = _ => EvaluationRunner.DefaultWarmUpTime.TotalSeconds };
        var warmUpLimit = new Option<double>("--warmup-max-seconds") { Description = "Warm-up time at the most while passes still get faster (tiered compilation settles late on slow machines); at or below --warmup-seconds for a fixed warm-up.", DefaultValueFactory = _ => EvaluationRunner.DefaultWarmUpLimit.TotalSeconds };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes per system; speed is the median pass, and each pass's memory is listed to show it stays flat.", DefaultValueFactory = _ => 1 };
        var noParse = new Option<bool>("--no-parse-reference") { Description = "Skip timing decode + AngleSharp parse alone." };
        var command = new Command("eval", "Score the engine on a labelled dataset (AEB shingles, snippets, dates, authors, titles, speed), beside SmartReader.")
        {
            dataset,
            json,
            limit,
            verbose,
            worst,
            compare,
            noBaseline,
            warmUp,
            warmUpSeconds,
            warmUpLimit,
            repeat,
            noParse,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var baseline = parse.GetValue(compare);
            if (parse.GetValue(warmUp) < 0 || parse.GetValue(warmUpSeconds) < 0 || parse.GetValue(warmUpLimit) < 0 || parse.GetValue(repeat) < 1)
            {
                Console.Error.WriteLine("error: --warmup, --warmup-seconds and --warmup-max-seconds must be 0 or more, --repeat 1 or more");
                return Task.FromResult(2);
            }

            var options = new EvaluationOptions
            {
                WarmUp = new WarmUp(parse.GetValue(warmUp), TimeSpan.FromSeconds(parse.GetValue(warmUpSeconds))) { SettleLimit = TimeSpan.FromSeconds(parse.GetValue(warmUpLimit)) },
                Repeats = parse.GetValue(repeat),
                MeasureParse = !parse.GetValue(noParse),
                Limit = parse.GetValue(limit),
                CompareSmartReader = !parse.GetValue(noBaseline) && !string.Equals(baseline, "none", StringComparison.OrdinalIgnoreCase),
            };
            return RunAsync(parse.GetValue(dataset)!, options, baseline, parse.GetValue(json), parse.GetValue(verbose) ? parse.GetValue(worst) : 0, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(string folder, EvaluationOptions options, string? baseline, bool json, int verbosePages, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (baseline is not null && !baseline.Equals("smartreader", StringComparison.OrdinalIgnoreCase) && !baseline.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            await stderr.WriteLineAsync($"error: unknown baseline '{baseline}' (known: smartreader, none)");
            return 2;
        }

        if (!Directory.Exists(folder))
        {
            await stderr.WriteLineAsync($"error: dataset folder not found: {folder}");
            return 2;
        }

        EvaluationReport report;
        try
        {
            report = await DatasetEvaluation.RunAsync(folder, options, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return 2;
        }

        if (json)
        {
            await stdout.WriteLineAsync(EvaluationReportJson.Serialize(report));
        }
        else
        {
            EvaluationReportWriter.Write(report, stdout, verbosePages);
        }

        return 0;
    }
}
