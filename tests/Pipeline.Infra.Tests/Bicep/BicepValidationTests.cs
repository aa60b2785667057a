namespace Pipeline.Infra.Tests.Bicep;

/// <summary>The templates compile and lint with no warning at all (the CLI itself exits 0 on warnings).</summary>
public sealed class BicepValidationTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void Main_template_builds_without_any_diagnostic()
    {
        Assert.Equal(0, template.Build.ExitCode);
        Assert.Empty(template.Build.Diagnostics);
    }

    [Fact]
    public void Main_template_lints_clean_under_the_repository_bicepconfig()
    {
        var lint = BicepCli.Run("lint", InfraPaths.MainBicep);

        Assert.Equal(0, lint.ExitCode);
        Assert.Empty(lint.Diagnostics);
    }

    [Fact]
    public void Parameters_file_builds_and_lints_without_any_diagnostic()
    {
        var output = Path.Combine(Path.GetTempPath(), $"pipeline-params-{Guid.NewGuid():N}.json");
        try
        {
            var build = BicepCli.Run("build-params", InfraPaths.MainParameters, "--outfile", output);
            var lint = BicepCli.Run("lint", InfraPaths.MainParameters);

            Assert.Equal(0, build.ExitCode);
            Assert.Empty(build.Diagnostics);
            Assert.Equal(0, lint.ExitCode);
            Assert.Empty(lint.Diagnostics);
            Assert.Contains("\"deployEventSubscription\"", File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void A_template_with_a_warning_is_reported_so_the_gate_can_fail()
    {
        // Guards the gate itself: if the SARIF parsing broke, every other test here would pass vacuously.
        var directory = Directory.CreateTempSubdirectory("pipeline-bicep-warning-").FullName;
        try
        {
            var file = Path.Combine(directory, "warning.bicep");
            File.WriteAllText(file, "param unused string\n");

            var lint = BicepCli.Run("lint", file);

            Assert.Equal(0, lint.ExitCode);
            Assert.Contains(lint.Diagnostics, diagnostic => diagnostic.StartsWith("no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
