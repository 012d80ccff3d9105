using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Forums;

/// <summary>The root fields of forums: <c>forums</c> (upcoming first) and <c>forum(slug)</c>.</summary>
internal static class ForumQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        Paging.List<ForumType>(query, "forums", "Published forums: upcoming ones soonest first, then those not yet dated, then past ones latest first, unless another order is asked for.")
            .Argument<EnumerationGraphType<ForumTiming>>("when", "UPCOMING or PAST; forums not yet dated are neither.")
            .Argument<StringGraphType>("organiser", "An organiser or co-organiser in the culture read, matched exactly.")
            .Argument<DateType>("from", "Starting on or after this Shanghai day.")
            .Argument<DateType>("to", "Starting on or before this Shanghai day.")
            .Argument<EnumerationGraphType<ForumOrder>>("order", "UPCOMING_FIRST (the default), EARLIEST or LATEST.")
            .Resolve(c => Paging.Connect(c, ContentType.Forum, new ForumQuery
            {
                When = c.GetArgument<ForumTiming?>("when"),
                Organiser = c.GetArgument<string?>("organiser"),
                From = c.GetArgument<DateOnly?>("from"),
                To = c.GetArgument<DateOnly?>("to"),
                Order = c.GetArgument<ForumOrder?>("order") ?? ForumOrder.UpcomingFirst,
            }));

        ItemLookup.BySlug<ForumType>(query, "forum", ContentType.Forum, "One published forum by its slug.");
    }
}
