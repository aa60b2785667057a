using Pipeline.Core.Rules;

namespace Pipeline.Core.Metadata;

/// <summary>The social networks' hosts (rules <c>socialProfileHosts</c>), with or without "www.": a profile there is an account, not a credit.</summary>
internal sealed class SocialNetworkHosts(MetadataRules rules)
{
    private readonly HashSet<string> _hosts = new(rules.SocialProfileHosts, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="host"/> ("www.facebook.com", "x.com") is a social network's.</summary>
    public bool Contains(ReadOnlySpan<char> host) =>
        _hosts.Contains((host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host).ToString());
}
