using Federation.Cms.Content;

namespace Federation.Web.Site;

/// <summary>The list sections of the site, by URL segment.</summary>
internal static class SiteSection
{
    static readonly Dictionary<string, ContentType> Sections = new(StringComparer.Ordinal)
    {
        ["news"] = ContentType.News,
        ["forums"] = ContentType.Forum,
        ["standards"] = ContentType.Standard,
        ["training"] = ContentType.Course,
        ["brand"] = ContentType.Showcase,
    };

    public static bool TryGetType(string? segment, out ContentType type) => Sections.TryGetValue(segment ?? "", out type);

    /// <summary>The section's name in the menu.</summary>
    public static string Title(ContentType type, SiteLabels labels) => type switch
    {
        ContentType.News => labels.News,
        ContentType.Forum => labels.Forums,
        ContentType.Standard => labels.Standards,
        ContentType.Course => labels.Training,
        ContentType.Showcase => labels.Brand,
        _ => labels.About,
    };

    /// <summary>Route constraint <c>{section:section}</c>: only the segments above match.</summary>
    internal sealed class RouteConstraint : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            values.TryGetValue(routeKey, out var value) && TryGetType(value as string, out _);
    }
}
