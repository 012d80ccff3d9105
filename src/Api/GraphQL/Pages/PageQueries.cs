using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Pages;

/// <summary>The root fields of the about pages: <c>pages</c> (in the editors' order) and <c>page(slug)</c>.</summary>
internal static class PageQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        Paging.List<PageType>(query, "pages", "The pages about the Federation in the editors' order: all of them, the top-level ones, or the children of one page.")
            .Argument<StringGraphType>("parent", "The slug, in the culture read, of the page whose children to list.")
            .Argument<BooleanGraphType>("topLevel", "true: only pages without a parent.")
            .Resolve(c =>
            {
                var parentSlug = c.GetArgument<string?>("parent");
                var parent = parentSlug is null ? null : ItemLookup.Find(c, ContentType.Page, parentSlug);
                return parentSlug is not null && parent is null
                    ? Paging.Connect<Localized, Localized>([], p => p, c)
                    : Paging.Connect(c, ContentType.Page, new PageQuery { Parent = parent?.Item.Id, TopLevel = c.GetArgument<bool?>("topLevel") ?? false });
            });

        ItemLookup.BySlug<PageType>(query, "page", ContentType.Page, "One published page by its slug.");
    }
}
