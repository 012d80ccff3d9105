using Federation.Api.GraphQL.Schema;
using Federation.Cms.Media;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Media;

/// <summary>An image: its address, size, focal point and the words that go with it.</summary>
internal sealed class ImageType : ObjectGraphType<LocalizedMedia>
{
    // A srcset of more widths helps no browser choose, and each is a variant someone may render.
    const int MaxWidths = 10;

    public ImageType()
    {
        Name = "Image";
        Description = "An image with its alt text and caption in the culture read.";
        Field<NonNullGraphType<StringGraphType>>("url")
            .Description("The original file; with a width, the image scaled to that width rounded up to the site's ladder (320, 640, 960, 1280, 1920 unless configured otherwise) and never wider than the original, in the format the browser accepts (AVIF, WebP, else JPEG or PNG).")
            .Argument<IntGraphType>("width", "Width in pixels.")
            .Resolve(c => c.GetArgument<int?>("width") is { } width
                ? SiteLinks.Absolute(c, SiteLinks.Site(c).ImagePath(c.Source.Media, Width(width)).Path)
                : SiteLinks.Absolute(c, SiteLinks.Site(c).MediaPath(c.Source.Media)));
        Field<NonNullGraphType<StringGraphType>>("srcset")
            .Description("The image at several widths, for an img element's srcset: \"url 320w, url 640w, …\". Each width is rounded up to the site's ladder; widths wider than the original are left out, the original's own width put in their place.")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("widths", $"Widths in pixels, from 1 to {MaxWidths} of them; default the site's ladder (320, 640, 960, 1280 and 1920 unless configured otherwise).")
            .Resolve(c => Srcset(c, c.GetArgument<List<int>?>("widths")));
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("e.g. image/jpeg.").Resolve(c => c.Source.Media.ContentType);
        Field<IntGraphType>("width").Description("Width of the original in pixels.").Resolve(c => c.Source.Media.Width);
        Field<IntGraphType>("height").Description("Height of the original in pixels.").Resolve(c => c.Source.Media.Height);
        Field<StringGraphType>("alt").Description("Alternative text for readers who cannot see it.").Resolve(c => c.Source.Text.Alt);
        Field<StringGraphType>("caption").Resolve(c => c.Source.Text.Caption);
        Field<StringGraphType>("credit").Description("Who made it.").Resolve(c => c.Source.Media.Credit);
        Field<FocalPointType>("focalPoint").Description("The point crops keep in view, as set by the editors.").Resolve(c => c.Source.Media.FocalPoint);
    }

    static int Width(int width) => width >= 1
        ? width
        : throw new ExecutionError($"\"width\" must be at least 1, not {width}.") { Code = "INVALID_WIDTH" };

    static string Srcset(IResolveFieldContext<LocalizedMedia> context, List<int>? widths)
    {
        var site = SiteLinks.Site(context);
        if (widths is { Count: 0 or > MaxWidths })
        {
            throw new ExecutionError($"\"widths\" takes from 1 to {MaxWidths} widths, not {widths.Count}.") { Code = "INVALID_WIDTH" };
        }

        // Each width capped at the original's, once: a 1000-pixel image gets 320w, 640w, 960w and 1000w from the default ladder.
        var links = (widths ?? site.ImageWidths).Select(width => site.ImagePath(context.Source.Media, Width(width)))
            .DistinctBy(link => link.Width).OrderBy(link => link.Width);
        return string.Join(", ", links.Select(link => $"{SiteLinks.Absolute(context, link.Path)} {link.Width}w"));
    }
}

/// <summary>A point in an image, from 0 (left, top) to 1 (right, bottom).</summary>
internal sealed class FocalPointType : ObjectGraphType<FocalPoint>
{
    public FocalPointType()
    {
        Name = "FocalPoint";
        Description = "A point in an image; x and y run from 0 (left, top) to 1 (right, bottom).";
        Field<NonNullGraphType<FloatGraphType>>("x").Resolve(c => c.Source.X);
        Field<NonNullGraphType<FloatGraphType>>("y").Resolve(c => c.Source.Y);
    }
}
