using Federation.Api.GraphQL.Caching;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Http;

namespace Federation.Api.GraphQL.SchemaFile;

/// <summary>
/// The schema in the GraphQL schema definition language, with its descriptions: served at
/// <c>/graphql/schema.graphql</c> for code generators, and committed as <c>schema.graphql</c> beside
/// this file so a change to the API shows in review.
/// </summary>
internal sealed class SchemaDefinition(ISchema schema)
{
    public const string Path = GraphQLServiceCollectionExtensions.Path + "/schema.graphql";

    /// <summary>The schema as SDL, fields in the order they are declared, ending with a newline.</summary>
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    // Printed once, when first asked for: the schema never changes while the host runs.
    readonly Lazy<(string Text, string ETag)> printed = new(() =>
    {
        var text = Print(schema);
        return (text, EntityTags.Of(System.Text.Encoding.UTF8.GetBytes(text)));
    });

    public IResult Get(HttpContext context)
    {
        var (text, etag) = printed.Value;
        context.Response.Headers.CacheControl = "public, max-age=300";
        context.Response.Headers.ETag = etag;
        return EntityTags.NotModified(context.Request, etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Text(text, "text/plain; charset=utf-8");
    }
}
