using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Courses;

/// <summary>The root fields of training: <c>courses</c> (latest first) and <c>course(slug)</c>.</summary>
internal static class CourseQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        Paging.List<CourseType>(query, "courses", "Published training courses, latest first unless another order is asked for, narrowed by kind, occupation, level and open registration.")
            .Argument<EnumerationGraphType<CourseKind>>("kind")
            .Argument<StringGraphType>("occupation", "The occupation in the culture read, matched exactly, e.g. 呼叫中心服务员.")
            .Argument<EnumerationGraphType<SkillLevel>>("level")
            .Argument<BooleanGraphType>("openForRegistration", "true: only courses whose registration is open now.")
            .Argument<EnumerationGraphType<CourseOrder>>("order", "LATEST (the default), EARLIEST or REGISTRATION_DEADLINE.")
            .Resolve(c => Paging.Connect(c, ContentType.Course, new CourseQuery
            {
                Kind = c.GetArgument<CourseKind?>("kind"),
                Occupation = c.GetArgument<string?>("occupation"),
                Level = c.GetArgument<SkillLevel?>("level"),
                OpenForRegistration = c.GetArgument<bool?>("openForRegistration") ?? false,
                Order = c.GetArgument<CourseOrder?>("order") ?? CourseOrder.Latest,
            }));

        ItemLookup.BySlug<CourseType>(query, "course", ContentType.Course, "One published course by its slug.");
    }
}
