using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Api.GraphQL.News;

/// <summary>The root fields of news: <c>news</c> (a connection, newest first) and <c>newsItem(slug)</c>.</summary>
internal static class NewsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<NewsType>("news")
            .Description("Published news, newest first, narrowed by category, tag and publication date (Shanghai days).")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Argument<EnumerationGraphType<NewsCategory>>("category")
            .Argument<StringGraphType>("tag", "A tag in the culture read, matched exactly.")
            .Argument<DateOnlyGraphType>("from", "Published on or after this day.")
            .Argument<DateOnlyGraphType>("to", "Published on or before this day.")
            .Bidirectional()
            .Resolve(c => Paging.Connect(c, ContentType.News, new NewsQuery
            {
                Category = c.GetArgument<NewsCategory?>("category"),
                Tag = c.GetArgument<string?>("tag"),
                From = c.GetArgument<DateOnly?>("from"),
                To = c.GetArgument<DateOnly?>("to"),
            }));

        query.Field<NewsType>("newsItem")
            .Description("One published news item by its slug in the culture read.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Resolve(c =>
            {
                var culture = c.GetArgument<string>("culture");
                return c.RequestServices!.GetRequiredService<ContentDelivery>().FindForReader(ContentType.News, culture, c.GetArgument<string>("slug")) is { } item
                    ? new Localized(item, culture)
                    : null;
            });
    }
}
