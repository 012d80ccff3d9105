using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Federation.Api.GraphQL.Search;

/// <summary>A page of search results: the edges, paging, how many match, and the facet counts.</summary>
internal sealed record SearchPage(IReadOnlyList<SearchEdge> Edges, PageInfo PageInfo, int TotalCount, SearchFacets Facets, SearchState State);

/// <summary>One result: the item in the culture read, how well it matched, and its marked passages.</summary>
internal sealed record SearchEdge(string Cursor, Localized Node, double Score, IReadOnlyList<Highlight> Highlights);

internal sealed class SearchResultsType : ObjectGraphType<SearchPage>
{
    public SearchResultsType()
    {
        Name = "SearchResults";
        Description = "A page of search results, best match first (or newest first), with counts by type, year and tag.";
        Field(p => p.Edges, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeType>>>)).Description("The results on this page.");
        Field(p => p.PageInfo, type: typeof(NonNullGraphType<PageInfoType>)).Description("Where this page is; pass endCursor as after for the next.");
        Field(p => p.TotalCount).Description("How many items match the query and filters.");
        Field(p => p.Facets, type: typeof(NonNullGraphType<SearchFacetsType>)).Description("Counts of matching items; each facet is counted without its own filter.");
        Field(p => p.State, type: typeof(NonNullGraphType<SearchStateType>)).Description("READY, or BUILDING while the first index is built, or UNAVAILABLE when the engine is down: then nothing is found.");
    }
}

internal sealed class SearchEdgeType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Field(e => e.Cursor).Description("This result's place, for after.");
        Field(e => e.Node, type: typeof(NonNullGraphType<ContentInterface>)).Description("The item found.");
        Field(e => e.Score).Description("How well it matched; comparable only within one search.");
        Field(e => e.Highlights, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SearchHighlightType>>>))
            .Description("Passages with the matched words marked: the title first when it matched, then the best passage of the other fields.")
            .FieldType.WithComplexityImpact(1, 2);
    }
}

internal sealed class SearchHighlightType : ObjectGraphType<Highlight>
{
    public SearchHighlightType()
    {
        Name = "SearchHighlight";
        Field(h => h.Field).Description("Where the passage is from: title, summary, tags, body or attachment (a standard's PDF).");
        Field(h => h.Text).Description("The passage as plain text; … where it was cut.");
        Field(h => h.Marks, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MarkedSpanType>>>)).Description("The matched spans of text, in order.").FieldType.WithComplexityImpact(1, 5);
        Field<NonNullGraphType<StringGraphType>>("html").Description("The passage as HTML: the text escaped, the matched spans in <mark>.").Resolve(c => c.Source.ToHtml());
    }
}

internal sealed class MarkedSpanType : ObjectGraphType<MarkedSpan>
{
    public MarkedSpanType()
    {
        Name = "MarkedSpan";
        Description = "A matched span: length UTF-16 code units from start.";
        Field(m => m.Start);
        Field(m => m.Length);
    }
}

internal sealed class SearchFacetsType : ObjectGraphType<SearchFacets>
{
    public SearchFacetsType()
    {
        Name = "SearchFacets";
        Field(f => f.Types, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>)).Description("Per content type, most first.").FieldType.WithComplexityImpact(1, 6);
        Field(f => f.Years, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<YearCountType>>>)).Description("Per year, newest first.").FieldType.WithComplexityImpact(1, 10);
        Field(f => f.Tags, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TagCountType>>>)).Description($"Per tag, most first, at most {SearchFacets.MaxTags}.").FieldType.WithComplexityImpact(1, SearchFacets.MaxTags);
    }
}

internal sealed class TypeCountType : ObjectGraphType<FacetCount<ContentType>>
{
    public TypeCountType()
    {
        Name = "TypeCount";
        Field("type", c => c.Value, type: typeof(NonNullGraphType<ContentTypeEnum>));
        Field(c => c.Count);
    }
}

internal sealed class YearCountType : ObjectGraphType<FacetCount<int>>
{
    public YearCountType()
    {
        Name = "YearCount";
        Field("year", c => c.Value);
        Field(c => c.Count);
    }
}

internal sealed class TagCountType : ObjectGraphType<FacetCount<string>>
{
    public TagCountType()
    {
        Name = "TagCount";
        Field("tag", c => c.Value);
        Field(c => c.Count);
    }
}

internal sealed class ContentTypeEnum : EnumerationGraphType<ContentType>
{
    public ContentTypeEnum()
    {
        Name = "ContentType";
        Description = "The kinds of published item.";
    }
}

internal sealed class SearchOrderType : EnumerationGraphType<SearchOrder>
{
    public SearchOrderType()
    {
        Name = "SearchOrder";
        Description = "RELEVANCE (best match first; newer first among equals) or NEWEST.";
    }
}

internal sealed class SearchStateType : EnumerationGraphType<SearchState>
{
    public SearchStateType() => Name = "SearchState";
}
