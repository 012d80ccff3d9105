using Federation.Api.GraphQL.Loading;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Pages;

/// <summary>A page of 关于联合会: the Federation's profile, platforms, committees and contact.</summary>
internal sealed class PageType : ObjectGraphType<Localized>
{
    public PageType()
    {
        Name = "Page";
        Description = "关于联合会: a page about the Federation, in a tree of pages.";
        ContentFieldsBuilder.Implement(this, ContentType.Page);
        Field<StringGraphType>("body").Description("The page as sanitized HTML.").Resolve(c => c.Source.Text<PageText>().Body);
        Field<NonNullGraphType<IntGraphType>>("order").Description("Position among its siblings.").Resolve(c => c.Source.Item.Fields<PageFields>().Order);
        Field<PageType>("parent").Description("The page above; null for a top-level page.").Resolve(c =>
            c.Source.Item.Fields<PageFields>().Parent is { } parent
                ? ContentReader.Of(c).Load(parent, i => new Localized(i, c.Source.Culture))
                : null);
    }
}
