using Federation.Api.GraphQL.Media;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Showcases;

/// <summary>An item of the 上海服务 brand showcase: a special action, a brand case or a new concept.</summary>
internal sealed class ShowcaseType : ObjectGraphType<Localized>
{
    public ShowcaseType()
    {
        Name = "Showcase";
        Description = "上海服务品牌: an item of the \"上海服务\" brand showcase.";
        ContentFieldsBuilder.Implement(this, ContentType.Showcase);
        Field<NonNullGraphType<EnumerationGraphType<ShowcaseKind>>>("kind").Resolve(c => Showcase(c.Source).Kind);
        Field<IntGraphType>("number").Description("1–13 for the first thirteen special actions.").Resolve(c => Showcase(c.Source).Number);
        Field<StringGraphType>("focus").Description("重点.").Resolve(c => Text(c.Source).Focus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("typicalCases").Description("典型案例.").Resolve(c => Text(c.Source).TypicalCases);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("leadOrganisations").Description("牵头单位.").Resolve(c => Text(c.Source).LeadOrganisations);
        Field<StringGraphType>("body").Description("The description as sanitized HTML.").Resolve(c => Text(c.Source).Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImageType>>>>("images").WithComplexityImpact(1, 5).Resolve(c =>
            Showcase(c.Source).Images.Select(id => c.Source.Item.Media.GetValueOrDefault(id)).OfType<Cms.Media.MediaItem>().Where(m => m.IsImage)
                .Select(m => new LocalizedMedia(m, c.Source.Culture)));
    }

    static ShowcaseFields Showcase(Localized showcase) => showcase.Item.Fields<ShowcaseFields>();

    static ShowcaseText Text(Localized showcase) => showcase.Text<ShowcaseText>();
}
