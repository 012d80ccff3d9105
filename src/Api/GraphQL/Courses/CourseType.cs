using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Api.GraphQL.Courses;

/// <summary>培训通知 as partners read it: the occupation and level, dates and sessions, and how to enrol.</summary>
internal sealed class CourseType : ObjectGraphType<Localized>
{
    public CourseType()
    {
        Name = "Course";
        Description = "培训通知: a training course of the Federation's training centre.";
        ContentFieldsBuilder.Implement(this, ContentType.Course);
        Field<NonNullGraphType<EnumerationGraphType<CourseKind>>>("kind").Resolve(c => Course(c.Source).Kind);
        Field<StringGraphType>("occupation").Description("e.g. 室内装饰设计师.").Resolve(c => Text(c.Source).Occupation);
        Field<EnumerationGraphType<SkillLevel>>("level").Description("LEVEL_5 (五级, entry) to LEVEL_1 (一级).").Resolve(c => Course(c.Source).Level);
        Field<DateType>("start").Description("First day.").Resolve(c => Course(c.Source).Start);
        Field<DateType>("end").Description("Last day.").Resolve(c => Course(c.Source).End);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseSessionType>>>>("sessions").Resolve(c => Course(c.Source).Sessions);
        Field<BooleanGraphType>("online").Description("Taught online; null while not announced.").Resolve(c => Course(c.Source).Online);
        Field<StringGraphType>("location").Resolve(c => Text(c.Source).Location);
        Field<DecimalGraphType>("feeYuan").Description("The fee in yuan.").Resolve(c => Course(c.Source).FeeYuan);
        Field<NonNullGraphType<RegistrationType>>("registration").Resolve(c => new RegistrationDetails(
            Course(c.Source).RegistrationDeadline,
            Course(c.Source).Capacity,
            null,
            null,
            c.RequestServices!.GetRequiredService<ContentDelivery>().RegistrationOf(c.Source.Item) ?? RegistrationState.NotAnnounced));
        Field<StringGraphType>("eligibility").Description("Who may enrol.").Resolve(c => Text(c.Source).Eligibility);
        Field<StringGraphType>("certificate").Description("The certificate awarded.").Resolve(c => Text(c.Source).Certificate);
        Field<StringGraphType>("contact").Resolve(c => Text(c.Source).Contact);
        Field<StringGraphType>("body").Description("The notice as sanitized HTML.").Resolve(c => Text(c.Source).Body);
    }

    static CourseFields Course(Localized course) => course.Item.Fields<CourseFields>();

    static CourseText Text(Localized course) => course.Text<CourseText>();
}

/// <summary>One class session.</summary>
internal sealed class CourseSessionType : ObjectGraphType<CourseSession>
{
    public CourseSessionType()
    {
        Name = "CourseSession";
        Field<NonNullGraphType<DateTimeType>>("start").Resolve(c => c.Source.Start);
        Field<DateTimeType>("end").Resolve(c => c.Source.End);
    }
}
