using Microsoft.Extensions.Options;
using Pipeline.Core.Cleaning;
using Pipeline.Functions.Processing;
using Pipeline.Storage;

namespace Pipeline.Functions.Configuration;

/// <summary>Registers the handler's options (validated at start), storage adapters and the cleaning path.</summary>
internal static class HandlerServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageConnectionSettings>()
            .Configure<IConfiguration>((settings, configuration) =>
            {
                // Locally the connection name holds a connection string; in Azure its "__" children hold URIs and the identity.
                settings.ConnectionString = configuration[AppSettingNames.StorageConnection];
                settings.BlobServiceUri = UriOrNull(configuration[AppSettingNames.ConfigurationKey(AppSettingNames.StorageBlobServiceUri)]);
                settings.QueueServiceUri = UriOrNull(configuration[AppSettingNames.ConfigurationKey(AppSettingNames.StorageQueueServiceUri)]);
                settings.Credential = configuration[AppSettingNames.ConfigurationKey(AppSettingNames.StorageCredential)];
                settings.ClientId = configuration[AppSettingNames.ConfigurationKey(AppSettingNames.StorageClientId)];
            })
            .Validate(settings => settings.IsComplete, $"Set {AppSettingNames.StorageConnection} (a connection string) or {AppSettingNames.StorageBlobServiceUri} and {AppSettingNames.StorageQueueServiceUri}.")
            .ValidateOnStart();

        services.AddSingleton(sp => StorageClients.Create(sp.GetRequiredService<IOptions<StorageConnectionSettings>>().Value));
        services.AddSingleton<RawBlobReader>();
        services.AddSingleton(sp => new CleanDocumentWriter(sp.GetRequiredService<StorageClients>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new QuarantineWriter(sp.GetRequiredService<StorageClients>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ReprocessQueue>();
        services.AddSingleton<ReprocessJobStore>();
        return services;
    }

    public static IServiceCollection AddArticleProcessing(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<CleanerOptions>()
            .BindConfiguration("Cleaner")
            .Validate(o => o.MaxInputBytes > 0 && o.MaxElements > 0 && o.MaxDepth > 0 && o.TimeBudget > TimeSpan.Zero, "Cleaner limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<ReprocessOptions>()
            .BindConfiguration(ReprocessOptions.Section)
            .Validate(o => o.EnqueueParallelism is > 0 and <= 256, "Reprocess:EnqueueParallelism must be between 1 and 256.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ArticleCleaner(sp.GetRequiredService<IOptions<CleanerOptions>>().Value));
        services.AddSingleton(_ => CleaningMemoryGate.ForThisInstance());
        services.AddSingleton<ArticleProcessor>();
        services.AddHostedService<CleanerWarmUp>();
        return services;
    }

    private static Uri? UriOrNull(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
}
