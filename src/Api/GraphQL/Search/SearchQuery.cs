using Federation.Api.GraphQL.Schema;
using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Api.GraphQL.Search;

/// <summary>
/// The root field <c>search</c>: the site's own search engine (the same index and ranking as
/// <c>/search</c>), over every type or some, with marked passages and facet counts. Paged forward
/// with <c>first</c>/<c>after</c>; whatever the query text, an answer and never an error.
/// </summary>
internal static class SearchQuery
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<SearchResultsType>>("search")
            .Description("Full-text search over everything published, in Chinese and English.")
            .Argument<NonNullGraphType<StringGraphType>>("query", $"The words to find; query syntax means nothing, and only the first {SearchRequest.MaxLength} characters count.")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Argument<ListGraphType<NonNullGraphType<ContentTypeEnum>>>("types", "Only these types; all when left out.")
            .Argument<IntGraphType>("year", "Only items of this year.")
            .Argument<StringGraphType>("tag", "Only items with this tag, matched exactly.")
            .Argument<SearchOrderType>("order", a => a.DefaultValue = SearchOrder.Relevance)
            .Argument<IntGraphType>("first", $"How many results, 0 to {Paging.MaxSize}; default {Paging.DefaultSize}.")
            .Argument<StringGraphType>("after", "The cursor of the result to continue after.")
            .ResolveAsync(async c =>
            {
                var culture = c.GetArgument<string>("culture");
                var offset = c.GetArgument<string?>("after") is { } after ? Paging.Position(after, "after") + 1 : 0;
                var count = c.GetArgument<int?>("first") is { } first ? Paging.Size(first, "first") : Paging.DefaultSize;
                var found = await c.RequestServices!.GetRequiredService<ISiteSearch>().SearchAsync(
                    new SearchRequest
                    {
                        Text = c.GetArgument<string>("query"),
                        Culture = culture,
                        Types = c.GetArgument<List<ContentType>?>("types") ?? [],
                        Year = c.GetArgument<int?>("year"),
                        Tag = c.GetArgument<string?>("tag"),
                        Order = c.GetArgument<SearchOrder>("order"),
                        Offset = offset,
                        // A page of none still counts and facets: one is read and none shown.
                        Count = Math.Max(count, 1),
                    },
                    c.CancellationToken);
                var edges = found.Hits.Take(count)
                    .Select((hit, i) => new SearchEdge(Paging.Cursor(offset + i), new Localized(hit.Item, culture), hit.Score, hit.Highlights))
                    .ToList();
                return new SearchPage(
                    edges,
                    new PageInfo
                    {
                        StartCursor = edges.FirstOrDefault()?.Cursor,
                        EndCursor = edges.LastOrDefault()?.Cursor,
                        HasNextPage = offset + edges.Count < found.Total,
                        HasPreviousPage = offset > 0,
                    },
                    found.Total,
                    found.Facets,
                    found.State);
            });
}
