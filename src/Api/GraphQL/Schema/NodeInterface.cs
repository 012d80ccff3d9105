using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>Relay's <c>Node</c>: anything with a global id that <c>node(id)</c> finds again.</summary>
internal sealed class NodeInterface : InterfaceGraphType<Localized>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id; node(id) finds it again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("A global id, for node(id).");
    }
}
