namespace Federation.Api.GraphQL.Schema;

/// <summary>
/// The public schema: published content only, read-only. Its graph types take nothing from the
/// container (GraphQL's own provider creates them); resolvers reach services through the request's.
/// </summary>
internal sealed class FederationSchema : global::GraphQL.Types.Schema
{
    public FederationSchema()
        : base(new global::GraphQL.DefaultServiceProvider())
    {
        Query = new QueryType();
        Description = "The open API of 上海现代服务业联合会: published content in zh-CN and en.";
    }
}
