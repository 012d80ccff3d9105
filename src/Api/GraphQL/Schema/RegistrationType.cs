using Federation.Api.Delivery.Queries;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>How to sign up for a forum or a course, and whether one still can.</summary>
/// <param name="Deadline">Last moment to register.</param>
/// <param name="Capacity">Number of places.</param>
/// <param name="How">How to register, in the culture read.</param>
/// <param name="Fee">The fee as announced, in the culture read.</param>
/// <param name="State">Open, closed or not announced, now.</param>
internal sealed record RegistrationDetails(DateTimeOffset? Deadline, int? Capacity, string? How, string? Fee, RegistrationState State);

/// <summary>The GraphQL shape of <see cref="RegistrationDetails"/>.</summary>
internal sealed class RegistrationType : ObjectGraphType<RegistrationDetails>
{
    public RegistrationType()
    {
        Name = "Registration";
        Description = "How to register, and whether registration is open now.";
        Field<NonNullGraphType<EnumerationGraphType<RegistrationState>>>("state").Description("OPEN, CLOSED, or NOT_ANNOUNCED (look again later).").Resolve(c => c.Source.State);
        Field<DateTimeType>("deadline").Resolve(c => c.Source.Deadline);
        Field<IntGraphType>("capacity").Description("Number of places.").Resolve(c => c.Source.Capacity);
        Field<StringGraphType>("how").Description("How to register.").Resolve(c => c.Source.How);
        Field<StringGraphType>("fee").Description("The fee as announced.").Resolve(c => c.Source.Fee);
    }
}
