using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.News;

/// <summary>The root fields of news: <c>news</c> (a connection, newest first) and <c>newsItem(slug)</c>.</summary>
internal static class NewsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        Paging.List<NewsType>(query, "news", "Published news, newest first, narrowed by category, tag and publication date (Shanghai days).")
            .Argument<EnumerationGraphType<NewsCategory>>("category")
            .Argument<DateType>("from", "Published on or after this day.")
            .Argument<DateType>("to", "Published on or before this day.")
            .Argument<EnumerationGraphType<NewsOrder>>("order", "NEWEST (the default) or OLDEST.")
            .Resolve(c => Paging.Connect(c, ContentType.News, new NewsQuery
            {
                Category = c.GetArgument<NewsCategory?>("category"),
                From = c.GetArgument<DateOnly?>("from"),
                To = c.GetArgument<DateOnly?>("to"),
                Order = c.GetArgument<NewsOrder?>("order") ?? NewsOrder.Newest,
            }));

        ItemLookup.BySlug<NewsType>(query, "newsItem", ContentType.News, "One published news item by its slug.");
    }
}
