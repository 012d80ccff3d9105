using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL.Types;

namespace Federation.Api.GraphQL.News;

/// <summary>新闻动态 as partners read it.</summary>
internal sealed class NewsType : ObjectGraphType<Localized>
{
    public NewsType()
    {
        Name = "News";
        Description = "新闻动态: a news item of the Federation.";
        ContentFieldsBuilder.Implement(this, ContentType.News);
        Field<NonNullGraphType<EnumerationGraphType<NewsCategory>>>("category").Resolve(c => c.Source.Item.Fields<NewsFields>().Category);
        Field<NonNullGraphType<BooleanGraphType>>("featured").Description("Shown prominently on the home page.").Resolve(c => c.Source.Item.Fields<NewsFields>().Featured);
        Field<StringGraphType>("body").Description("The article as sanitized HTML.").Resolve(c => c.Source.Text<NewsText>().Body);
        Field<StringGraphType>("byline").Description("撰文: the writers.").Resolve(c => c.Source.Text<NewsText>().Byline);
        Field<StringGraphType>("photographer").Description("摄影.").Resolve(c => c.Source.Text<NewsText>().Photographer);
        Field<StringGraphType>("source").Description("Where the article first appeared.").Resolve(c => c.Source.Text<NewsText>().Source);
    }
}
