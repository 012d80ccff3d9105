using Federation.Api.GraphQL.Loading;
using Federation.Api.GraphQL.Media;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>The fields every content type shares: id, slug, title, summary, tags, dates, cover, related items and its address on the site.</summary>
internal static class ContentFieldsBuilder
{
    /// <summary>Makes <paramref name="type"/> the object type of <paramref name="contentType"/>: a Node and a Content with the shared fields.</summary>
    public static void Implement(ObjectGraphType<Localized> type, ContentType contentType)
    {
        type.Interface<NodeInterface>();
        type.Interface<ContentInterface>();
        type.IsTypeOf = value => value is Localized localized && localized.Item.Type == contentType;
        foreach (var field in Fields())
        {
            type.AddField(field);
        }
    }

    /// <summary>Declares the shared fields on the <c>Content</c> interface, where they resolve nothing.</summary>
    public static void Declare(InterfaceGraphType<Localized> contentInterface)
    {
        foreach (var field in Fields())
        {
            field.Resolver = null;
            contentInterface.AddField(field);
        }
    }

    static IEnumerable<FieldType> Fields() =>
    [
        Field<NonNullGraphType<IdGraphType>>("id", "A global id, for node(id).", c => GlobalId.Of(c.Source.Item)),
        Field<NonNullGraphType<StringGraphType>>("slug", "The item's slug in the culture read.", c => c.Source.Text<CultureText>().Slug),
        Field<NonNullGraphType<StringGraphType>>("title", null, c => c.Source.Text<CultureText>().Title),
        Field<StringGraphType>("summary", null, c => c.Source.Text<CultureText>().Summary),
        Field<StringGraphType>("seoDescription", "A description for search engines.", c => c.Source.Text<CultureText>().SeoDescription),
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags", null, c => c.Source.Text<CultureText>().Tags),
        Field<NonNullGraphType<CultureType>>("culture", "The culture of the text given: zh-CN for an item not yet translated.", c => c.Source.TextCulture),
        Field<DateTimeType>("published", "When the item was first published.", c => c.Source.Item.Published),
        Field<DateTimeType>("updated", "When it last changed.", c => c.Source.Item.Updated),
        Field<NonNullGraphType<StringGraphType>>("url", "The item's page on the site.",
            c => SiteLinks.Absolute(c, SiteLinks.Site(c).ItemPath(c.Source.Item, c.Source.Culture))),
        Field<ImageType>("cover", "The cover image.",
            c => c.Source.Item.Cover is { IsImage: true } cover ? new LocalizedMedia(cover, c.Source.Culture) : null),
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContentInterface>>>>("related", "The published items the editors linked to this one, in their order.",
            c => ContentReader.Of(c).LoadMany(c.Source.Item.Document.Related, i => new Localized(i, c.Source.Culture))).WithComplexityImpact(1, 5),
    ];

    static FieldType Field<TGraphType>(string name, string? description, Func<IResolveFieldContext<Localized>, object?> resolve)
        where TGraphType : IGraphType => new()
        {
            Name = name,
            Description = description,
            Type = typeof(TGraphType),
            Resolver = new FuncFieldResolver<Localized, object?>(resolve),
        };
}
