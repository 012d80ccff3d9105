using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Showcases;

/// <summary>The root fields of the brand showcase: <c>showcases</c> and <c>showcase(slug)</c>.</summary>
internal static class ShowcaseQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        Paging.List<ShowcaseType>(query, "showcases", "The 上海服务 brand showcase: special actions by number, then brand cases and new concepts, unless another order is asked for.")
            .Argument<EnumerationGraphType<ShowcaseKind>>("kind")
            .Argument<EnumerationGraphType<ShowcaseOrder>>("order", "NUMBER (the default) or TITLE.")
            .Resolve(c => Paging.Connect(c, ContentType.Showcase, new ShowcaseQuery
            {
                Kind = c.GetArgument<ShowcaseKind?>("kind"),
                Order = c.GetArgument<ShowcaseOrder?>("order") ?? ShowcaseOrder.Number,
            }));

        ItemLookup.BySlug<ShowcaseType>(query, "showcase", ContentType.Showcase, "One published showcase item by its slug.");
    }
}
