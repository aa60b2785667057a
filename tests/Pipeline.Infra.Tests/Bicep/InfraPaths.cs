using Pipeline.Tests.Shared;

namespace Pipeline.Infra.Tests.Bicep;

/// <summary>Paths of the deployment files in the repository.</summary>
internal static class InfraPaths
{
    public static string Infra => Path.Combine(RepositoryPaths.Root, "infra");

    public static string MainBicep => Path.Combine(Infra, "main.bicep");

    public static string MainParameters => Path.Combine(Infra, "main.bicepparam");
}
