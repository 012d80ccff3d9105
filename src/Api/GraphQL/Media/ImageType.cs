using Federation.Api.GraphQL.Schema;
using Federation.Cms.Media;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Media;

/// <summary>An image: its address, size, focal point and the words that go with it.</summary>
internal sealed class ImageType : ObjectGraphType<LocalizedMedia>
{
    public ImageType()
    {
        Name = "Image";
        Description = "An image with its alt text and caption in the culture read.";
        Field<NonNullGraphType<StringGraphType>>("url").Description("The original file.").Resolve(c => SiteLinks.Absolute(c, SiteLinks.Site(c).MediaPath(c.Source.Media)));
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("e.g. image/jpeg.").Resolve(c => c.Source.Media.ContentType);
        Field<IntGraphType>("width").Description("Width of the original in pixels.").Resolve(c => c.Source.Media.Width);
        Field<IntGraphType>("height").Description("Height of the original in pixels.").Resolve(c => c.Source.Media.Height);
        Field<StringGraphType>("alt").Description("Alternative text for readers who cannot see it.").Resolve(c => c.Source.Text.Alt);
        Field<StringGraphType>("caption").Resolve(c => c.Source.Text.Caption);
        Field<StringGraphType>("credit").Description("Who made it.").Resolve(c => c.Source.Media.Credit);
        Field<FocalPointType>("focalPoint").Description("The point crops keep in view, as set by the editors.").Resolve(c => c.Source.Media.FocalPoint);
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
