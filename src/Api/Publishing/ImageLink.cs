namespace Federation.Api.Publishing;

/// <summary>An image at a width: the path of the variant and the width it has.</summary>
/// <param name="Path">The path, e.g. <c>/media/{id}/hall.jpg?preset=w640&amp;v=…</c>; a width that is not a preset carries its signature.</param>
/// <param name="Width">The variant's width in pixels: the width asked for, or less when the original is narrower.</param>
public sealed record ImageLink(string Path, int Width);
