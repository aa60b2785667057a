using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Cleaning;
using Pipeline.Functions.Configuration;
using Pipeline.Functions.Processing;

namespace Pipeline.Functions.Tests;

public sealed class CleanerWarmUpTests
{
    [Fact]
    public void Handler_bundles_the_readme_samples_as_one_html_page_and_one_text_dump()
    {
        Assert.Equal(["warm-up/harbour-ferry-dump.txt", "warm-up/library-reopens.html"], CleanerWarmUp.InputNames);
    }

    [Fact]
    public void Article_processing_registers_the_warm_up_as_a_hosted_service()
    {
        var services = new ServiceCollection().AddArticleProcessing();

        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CleanerWarmUp));
    }

    [Fact]
    public async Task Warm_up_cleans_every_bundled_input_before_the_handler_starts()
    {
        var logger = new RecordingLogger<CleanerWarmUp>();

        await new CleanerWarmUp(new ArticleCleaner(), logger).StartAsync(CancellationToken.None);

        Assert.Equal(2, logger.Entries.Count);
        Assert.All(logger.Entries, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.StartsWith("Warm-up: cleaned warm-up/harbour-ferry-dump.txt in ", logger.Entries[0].Message);
        Assert.StartsWith("Warm-up: cleaned warm-up/library-reopens.html in ", logger.Entries[1].Message);
    }

    [Fact]
    public async Task Warm_up_input_the_cleaner_rejects_is_reported_and_start_up_goes_on()
    {
        var logger = new RecordingLogger<CleanerWarmUp>();

        await new CleanerWarmUp(new ArticleCleaner(new CleanerOptions { MaxInputBytes = 100 }), logger).StartAsync(CancellationToken.None);

        Assert.Equal(2, logger.Entries.Count);
        Assert.All(logger.Entries, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.StartsWith("Warm-up: warm-up/harbour-ferry-dump.txt was not cleaned (TooLarge: ", logger.Entries[0].Message);
    }
}
