using Federation.Api.Publishing;
using Federation.Cms.Content;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Api.GraphQL.Schema;

/// <summary>The fields every content type shares: id, slug, title, summary, tags, dates and its address on the site.</summary>
internal static class ContentFieldsBuilder
{
    public static void AddCommonFields(ObjectGraphType<Localized> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("A global id, for node(id).").Resolve(c => GlobalId.Of(c.Source.Item));
        type.Field<NonNullGraphType<StringGraphType>>("slug").Description("The item's slug in the culture read.").Resolve(c => c.Source.Text<CultureText>().Slug);
        type.Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Text<CultureText>().Title);
        type.Field<StringGraphType>("summary").Resolve(c => c.Source.Text<CultureText>().Summary);
        type.Field<StringGraphType>("seoDescription").Resolve(c => c.Source.Text<CultureText>().SeoDescription);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Text<CultureText>().Tags);
        type.Field<NonNullGraphType<CultureType>>("culture").Description("The culture of the text given: zh-CN for an item not yet translated.").Resolve(c => c.Source.TextCulture);
        type.Field<DateTimeOffsetGraphType>("published").Description("When the item was first published.").Resolve(c => c.Source.Item.Published);
        type.Field<DateTimeOffsetGraphType>("updated").Resolve(c => c.Source.Item.Updated);
        type.Field<NonNullGraphType<StringGraphType>>("url").Description("The item's page on the site.").Resolve(c =>
        {
            var site = c.RequestServices!.GetRequiredService<IPublicSite>();
            var request = c.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
            return site.Origin(request) + site.ItemPath(c.Source.Item, c.Source.Culture);
        });
    }
}
