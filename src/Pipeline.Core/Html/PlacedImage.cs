using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>An image and the element of the page it was read from (its figure or picture; a caption set apart that completes it keeps the picture's).</summary>
public sealed record PlacedImage(ArticleImage Image, IElement Source);
