using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Loading;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Standards;

/// <summary>The root fields of standards: the <c>standards</c> catalogue and <c>standard(slug | code)</c>.</summary>
internal static class StandardQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        Paging.List<StandardType>(query, "standards", "The 团体标准 catalogue, newest first unless another order is asked for, narrowed by status, domain, year of publication and code.")
            .Argument<EnumerationGraphType<StandardStatus>>("status")
            .Argument<StringGraphType>("domain", "The domain in the culture read, e.g. 人工智能.")
            .Argument<IntGraphType>("year", "The year of publication.")
            .Argument<StringGraphType>("code", "The code, matched whole without regard to case.")
            .Argument<EnumerationGraphType<StandardOrder>>("order", "NEWEST (the default), OLDEST, CODE or TITLE.")
            .Resolve(c => Paging.Connect(c, ContentType.Standard, new StandardQuery
            {
                Status = c.GetArgument<StandardStatus?>("status"),
                Domain = c.GetArgument<string?>("domain"),
                Year = c.GetArgument<int?>("year"),
                Code = c.GetArgument<string?>("code"),
                Order = c.GetArgument<StandardOrder?>("order") ?? StandardOrder.Newest,
            }));

        query.Field<StandardType>("standard")
            .Description("One published standard by its slug in the culture read, or by its code.")
            .Argument<StringGraphType>("slug")
            .Argument<StringGraphType>("code", "e.g. T/SHMSIF 001-2025, without regard to case.")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Resolve(c =>
            {
                var (slug, code) = (c.GetArgument<string?>("slug"), c.GetArgument<string?>("code"));
                if ((slug is null) == (code is null))
                {
                    throw new ExecutionError("Give either \"slug\" or \"code\".") { Code = "INVALID_LOOKUP" };
                }

                if (slug is not null)
                {
                    return ItemLookup.Find(c, ContentType.Standard, slug);
                }

                var culture = c.GetArgument<string>("culture");
                return ContentReader.Of(c).Matching(ContentType.Standard, culture, new StandardQuery { Code = code }) is [var first, ..] ? new Localized(first, culture) : null;
            });
    }
}
