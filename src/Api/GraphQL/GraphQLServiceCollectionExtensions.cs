using Federation.Api.GraphQL.Caching;
using Federation.Api.GraphQL.Cors;
using Federation.Api.GraphQL.Explorer;
using Federation.Api.GraphQL.RateLimits;
using Federation.Api.GraphQL.Schema;
using Federation.Api.GraphQL.SchemaFile;
using Federation.Api.GraphQL.Transport;
using Federation.Api.GraphQL.TrustedDocuments;
using Federation.Cms.Hosting;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Federation.Api.GraphQL;

/// <summary>Adds and maps the public GraphQL API at <c>/graphql</c>, and its explorer for browsers.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public const string Path = "/graphql";

    public static IHostApplicationBuilder AddFederationGraphQL(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphQLOptions>().BindConfiguration("GraphQL");
        services.AddHttpContextAccessor();
        services.AddSingleton<ISchema, FederationSchema>();
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        // Chinese stays readable in responses; characters that matter in HTML are still escaped.
        services.AddSingleton(new GraphQLSerializer(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All)));
        services.AddSingleton<IGraphQLSerializer>(sp => sp.GetRequiredService<GraphQLSerializer>());
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLExecution>();
        services.AddSingleton<GraphQLResultCache>();
        services.AddSingleton<Cms.Snapshot.IPublishedChangeObserver>(sp => sp.GetRequiredService<GraphQLResultCache>());
        services.AddSingleton<TrustedDocumentStore>();
        services.TryAddSingleton<ICostCounter, InProcessCostCounter>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<PartnerCors>();
        services.AddSingleton<ITrustedDocumentSource, PartnerTrustedDocuments>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<SchemaDefinition>();
        return builder;
    }

    public static IEndpointRouteBuilder MapFederationGraphQL(this IEndpointRouteBuilder app)
    {
        app.Map(Path, (Microsoft.AspNetCore.Http.HttpContext context, GraphQLEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapRead(SchemaDefinition.Path, (Microsoft.AspNetCore.Http.HttpContext context, SchemaDefinition schema) => schema.Get(context));
        // The explorer's script, stylesheet and workers; its page is /graphql itself, for browsers.
        GraphQLExplorer.Assets.Map(app);
        return app;
    }
}
