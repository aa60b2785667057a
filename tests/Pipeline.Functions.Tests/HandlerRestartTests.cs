using Pipeline.Tests.Shared;

namespace Pipeline.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class HandlerRestartTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Handler_killed_mid_run_and_restarted_loses_nothing()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Datasets, "trafilatura", "html")).Order(StringComparer.Ordinal).Take(40).ToList();
        var startsBefore = fixture.Host.Handler.Starts;
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
        {
            await fixture.Raw.GetBlobClient($"restart/{i:D3}.html").UploadAsync(BinaryData.FromBytes(DatasetFiles.ReadGzip(page)), overwrite: true);
        }

        // Kill the handler as soon as the first outputs appear, i.e. while deliveries are in flight.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(180);
        while ((await LocalHostFixture.ListAsync(fixture.Clean, "restart/")).Count + (await LocalHostFixture.ListAsync(fixture.Quarantine, "restart/")).Count < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var killedPid = fixture.Host.Handler.Pid;
        fixture.Host.Handler.Kill();

        int done;
        deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        do
        {
            await Task.Delay(300);
            done = (await LocalHostFixture.ListAsync(fixture.Clean, "restart/")).Count + (await LocalHostFixture.ListAsync(fixture.Quarantine, "restart/")).Count;
        }
        while (done < pages.Count && DateTime.UtcNow < deadline);

        Assert.NotNull(killedPid);
        Assert.True(fixture.Host.Handler.Starts > startsBefore, "the handler was not restarted");
        Assert.NotEqual(killedPid, fixture.Host.Handler.Pid);
        Assert.Equal(pages.Count, done);
    }
}
