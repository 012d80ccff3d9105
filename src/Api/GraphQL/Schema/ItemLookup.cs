using Federation.Api.GraphQL.Loading;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>Root fields that find one published item by its slug in the culture read.</summary>
internal static class ItemLookup
{
    public static void BySlug<TGraphType>(ObjectGraphType query, string name, ContentType type, string description)
        where TGraphType : IGraphType =>
        query.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The slug in the culture read; an item not yet translated is also found by its zh-CN slug.")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Resolve(c => Find(c, type, c.GetArgument<string>("slug")));

    /// <summary>The item of <paramref name="type"/> at <paramref name="slug"/> in the field's <c>culture</c> argument.</summary>
    public static Localized? Find(IResolveFieldContext context, ContentType type, string slug)
    {
        var culture = context.GetArgument<string>("culture");
        return ContentReader.Of(context).FindForReader(type, culture, slug) is { } item ? new Localized(item, culture) : null;
    }
}
