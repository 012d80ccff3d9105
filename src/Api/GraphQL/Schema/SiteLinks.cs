using Federation.Api.Publishing;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Api.GraphQL.Schema;

/// <summary>Absolute links to the site for the request being answered: partners show them on their own pages.</summary>
internal static class SiteLinks
{
    public static IPublicSite Site(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IPublicSite>();

    /// <summary><paramref name="path"/> with the scheme, host and path base the request came to.</summary>
    public static string Absolute(IResolveFieldContext context, string path)
    {
        var request = context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
        return Site(context).Origin(request) + path;
    }
}
