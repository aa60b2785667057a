using System.CommandLine;
using Pipeline.Storage;

namespace Pipeline.Cli.Commands;

/// <summary>The <c>--connection</c> option shared by the storage verbs: the option, else env <c>PipelineStorage</c>, else Azurite's development account.</summary>
internal static class StorageConnectionOption
{
    public static Option<string?> Create() => new("--connection", "-c")
    {
        Description = "Storage connection string (default: env PipelineStorage, else UseDevelopmentStorage=true for Azurite).",
    };

    public static StorageClients Resolve(string? value) =>
        StorageClients.Create(new StorageConnectionSettings
        {
            ConnectionString = value ?? Environment.GetEnvironmentVariable("PipelineStorage") ?? StorageConnectionSettings.DevelopmentConnectionString,
        });
}
