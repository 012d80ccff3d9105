using Federation.Api.GraphQL.Loading;
using Federation.Cms.Content;
using GraphQL;
using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary><c>node(id)</c>: any published item by the global id it was given.</summary>
internal static class NodeQuery
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NodeInterface>("node")
            .Description("A published item by its global id; null when it is not published (any more).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<CultureType>("culture", a => a.DefaultValue = Cultures.Chinese)
            .Resolve(c =>
            {
                var id = GlobalId.Parse(c.GetArgument<string>("id"))
                    ?? throw new ExecutionError("\"id\" is not a global id of this API; use an id field's value.") { Code = "INVALID_ID" };
                var culture = c.GetArgument<string>("culture");
                return ContentReader.Of(c).Load<Localized>(id.Item, i => i.Type == id.Type ? new Localized(i, culture) : null);
            });
}
