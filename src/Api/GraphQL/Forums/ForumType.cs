using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Api.GraphQL.Forums;

/// <summary>论坛活动 as partners read it: when and where, who organises it, the agenda and how to register.</summary>
internal sealed class ForumType : ObjectGraphType<Localized>
{
    public ForumType()
    {
        Name = "Forum";
        Description = "论坛活动: a forum or event the Federation announces. Times are given in Shanghai time (+08:00).";
        ContentFieldsBuilder.Implement(this, ContentType.Forum);
        Field<DateTimeType>("start").Resolve(c => Forum(c.Source).Start);
        Field<DateTimeType>("end").Resolve(c => Forum(c.Source).End);
        Field<EnumerationGraphType<ForumTiming>>("timing").Description("UPCOMING or PAST now; null while its time is not announced.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ContentDelivery>().TimingOf(c.Source.Item));
        Field<EnumerationGraphType<ForumFormat>>("format").Description("On site, online or both; null while not announced.").Resolve(c => Forum(c.Source).Format);
        Field<StringGraphType>("venue").Resolve(c => Text(c.Source).Venue);
        Field<StringGraphType>("address").Resolve(c => Text(c.Source).Address);
        Field<StringGraphType>("organiser").Description("主办单位.").Resolve(c => Text(c.Source).Organiser);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("coOrganisers").Description("协办单位.").Resolve(c => Text(c.Source).CoOrganisers);
        Field<StringGraphType>("platform").Description("The Federation platform behind it, e.g. 长三角现代服务业联盟.").Resolve(c => Text(c.Source).Platform);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgendaEntryType>>>>("agenda").Resolve(c => Text(c.Source).Agenda);
        Field<NonNullGraphType<RegistrationType>>("registration").Resolve(c => new RegistrationDetails(
            Forum(c.Source).Registration.Deadline,
            Forum(c.Source).Registration.Capacity,
            Text(c.Source).Registration.How,
            Text(c.Source).Registration.Fee,
            c.RequestServices!.GetRequiredService<ContentDelivery>().RegistrationOf(c.Source.Item) ?? RegistrationState.NotAnnounced));
        Field<StringGraphType>("contact").Resolve(c => Text(c.Source).Contact);
        Field<StringGraphType>("body").Description("The announcement as sanitized HTML.").Resolve(c => Text(c.Source).Body);
    }

    static ForumFields Forum(Localized forum) => forum.Item.Fields<ForumFields>();

    static ForumText Text(Localized forum) => forum.Text<ForumText>();
}

/// <summary>One entry of a forum's programme.</summary>
internal sealed class AgendaEntryType : ObjectGraphType<AgendaEntry>
{
    public AgendaEntryType()
    {
        Name = "AgendaEntry";
        Field<StringGraphType>("time").Description("The slot as announced, e.g. 09:30–10:00.").Resolve(c => c.Source.Time);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("speakers").Resolve(c => c.Source.Speakers);
    }
}
