using Federation.Api.GraphQL.Schema;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Media;

/// <summary>A downloadable file, such as a standard's full text as PDF.</summary>
internal sealed class MediaFileType : ObjectGraphType<LocalizedMedia>
{
    public MediaFileType()
    {
        Name = "MediaFile";
        Description = "A file to download, such as a standard's full text.";
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => SiteLinks.Absolute(c, SiteLinks.Site(c).MediaPath(c.Source.Media)));
        Field<NonNullGraphType<StringGraphType>>("fileName").Resolve(c => c.Source.Media.File);
        Field<NonNullGraphType<StringGraphType>>("contentType").Description("e.g. application/pdf.").Resolve(c => c.Source.Media.ContentType);
        Field<NonNullGraphType<LongGraphType>>("size").Description("In bytes.").Resolve(c => c.Source.Media.Size);
        Field<StringGraphType>("title").Description("The file's caption, or its alt text, in the culture read.").Resolve(c => c.Source.Text.Caption ?? c.Source.Text.Alt);
    }
}
