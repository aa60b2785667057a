namespace Pipeline.Core.Metadata;

/// <summary>What a dated element says its date is, by its markup or its label; the order is the rank.</summary>
internal enum DateKind
{
    Published,
    Other,
    Updated,
}
