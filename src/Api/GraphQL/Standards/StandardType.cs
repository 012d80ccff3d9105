using Federation.Api.GraphQL.Loading;
using Federation.Api.GraphQL.Media;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Standards;

/// <summary>团体标准 as partners read it, with the standards it supersedes and is superseded by.</summary>
internal sealed class StandardType : ObjectGraphType<Localized>
{
    public StandardType()
    {
        Name = "Standard";
        Description = "团体标准: a group standard published by the Federation.";
        ContentFieldsBuilder.Implement(this, ContentType.Standard);
        Field<StringGraphType>("code").Description("e.g. T/SHMSIF 001-2025.").Resolve(c => Standard(c.Source).Code);
        Field<EnumerationGraphType<StandardStatus>>("status").Description("Null while not announced.").Resolve(c => Standard(c.Source).Status);
        Field<StringGraphType>("ics").Description("ICS classification.").Resolve(c => Standard(c.Source).Ics);
        Field<StringGraphType>("ccs").Description("CCS classification.").Resolve(c => Standard(c.Source).Ccs);
        Field<DateType>("publicationDate").Resolve(c => Standard(c.Source).PublicationDate);
        Field<DateType>("implementationDate").Resolve(c => Standard(c.Source).ImplementationDate);
        Field<DateType>("commentDeadline").Description("For drafts open for comment.").Resolve(c => Standard(c.Source).CommentDeadline);
        Field<StringGraphType>("nationalRegistrationUrl").Description("Its entry in the national group-standards platform.").Resolve(c => SafeLinks.OrNull(Standard(c.Source).NationalRegistrationUrl));
        Field<StringGraphType>("domain").Description("e.g. 人工智能.").Resolve(c => c.Source.Text<StandardText>().Domain);
        Field<StringGraphType>("issuingBody").Resolve(c => c.Source.Text<StandardText>().IssuingBody);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("draftingOrganisations").Resolve(c => c.Source.Text<StandardText>().DraftingOrganisations);
        Field<StringGraphType>("scope").Description("The scope as sanitized HTML.").Resolve(c => c.Source.Text<StandardText>().Scope);
        Field<StringGraphType>("body").Description("Further text as sanitized HTML.").Resolve(c => c.Source.Text<StandardText>().Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardType>>>>("supersedes").Description("The published standards this one replaces.")
            .WithComplexityImpact(1, 2)
            .Resolve(c => ContentReader.Of(c).LoadMany(Standard(c.Source).Supersedes, i => new Localized(i, c.Source.Culture)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardType>>>>("supersededBy").Description("The published standards that replace this one.")
            .WithComplexityImpact(1, 2)
            .Resolve(c => ContentReader.Of(c).LoadMany(Standard(c.Source).SupersededBy, i => new Localized(i, c.Source.Culture)));
        Field<MediaFileType>("fullText").Description("The full text, usually a PDF.")
            .Resolve(c => Standard(c.Source).FullText is { } id && c.Source.Item.Media.GetValueOrDefault(id) is { } pdf ? new LocalizedMedia(pdf, c.Source.Culture) : null);
    }

    static StandardFields Standard(Localized standard) => standard.Item.Fields<StandardFields>();
}
