using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Api.GraphQL.Standards;

/// <summary>The root fields of standards: the <c>standards</c> catalogue and <c>standard(slug | code)</c>.</summary>
internal static class StandardQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<StandardType>("standards")
            .Description("The 团体标准 catalogue, newest first unless another order is asked for, narrowed by status, domain, year of publication and code.")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Argument<EnumerationGraphType<StandardStatus>>("status")
            .Argument<StringGraphType>("domain", "The domain in the culture read, e.g. 人工智能.")
            .Argument<IntGraphType>("year", "The year of publication.")
            .Argument<StringGraphType>("code", "The code, matched whole without regard to case.")
            .Argument<EnumerationGraphType<StandardOrder>>("order", "NEWEST (the default), OLDEST, CODE or TITLE.")
            .Argument<StringGraphType>("tag", "A tag in the culture read, matched exactly.")
            .Bidirectional()
            .Resolve(c => Paging.Connect(c, ContentType.Standard, new StandardQuery
            {
                Status = c.GetArgument<StandardStatus?>("status"),
                Domain = c.GetArgument<string?>("domain"),
                Year = c.GetArgument<int?>("year"),
                Code = c.GetArgument<string?>("code"),
                Order = c.GetArgument<StandardOrder?>("order") ?? StandardOrder.Newest,
                Tag = c.GetArgument<string?>("tag"),
            }));

        query.Field<StandardType>("standard")
            .Description("One published standard by its slug in the culture read, or by its code.")
            .Argument<StringGraphType>("slug")
            .Argument<StringGraphType>("code", "e.g. T/SHMSIF 001-2025, without regard to case.")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Resolve(c =>
            {
                var culture = c.GetArgument<string>("culture");
                var (slug, code) = (c.GetArgument<string?>("slug"), c.GetArgument<string?>("code"));
                if ((slug is null) == (code is null))
                {
                    throw new ExecutionError("Give either \"slug\" or \"code\".") { Code = "INVALID_LOOKUP" };
                }

                var delivery = c.RequestServices!.GetRequiredService<ContentDelivery>();
                var item = slug is not null
                    ? delivery.FindForReader(ContentType.Standard, culture, slug)
                    : delivery.Matching(ContentType.Standard, culture, new StandardQuery { Code = code }) is [var first, ..] ? first : null;
                return item is null ? null : new Localized(item, culture);
            });
    }
}
