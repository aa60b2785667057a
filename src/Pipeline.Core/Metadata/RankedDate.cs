using AngleSharp.Dom;

namespace Pipeline.Core.Metadata;

/// <summary>A dated element near the heading, with its document order and what it says its date is.</summary>
internal readonly record struct RankedDate(int Order, IElement Element, DateKind Kind);
