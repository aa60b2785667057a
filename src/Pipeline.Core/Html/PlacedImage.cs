using AngleSharp.Dom;
using Pipeline.Core.Model;

namespace Pipeline.Core.Html;

/// <summary>An image and the element of the page it was read from (the figure, the picture, or the caption that completed it).</summary>
public sealed record PlacedImage(ArticleImage Image, IElement Source);
