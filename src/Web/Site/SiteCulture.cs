using System.Globalization;
using Federation.Cms.Content;

namespace Federation.Web.Site;

/// <summary>The culture of a request: English under <c>/en</c>, zh-CN everywhere else.</summary>
internal static class SiteCulture
{
    const string EnglishPrefix = "/en";

    /// <summary>The site culture of <paramref name="context"/>'s request.</summary>
    public static string Of(HttpContext context) =>
        IsEnglishPath(context.Request.Path) ? Cultures.English : Cultures.Chinese;

    public static bool IsEnglishPath(PathString path) =>
        path.StartsWithSegments(EnglishPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Sets the thread culture from the path, so dates and numbers format for the reader.</summary>
    public static IApplicationBuilder UseSiteCulture(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var culture = CultureInfo.GetCultureInfo(Of(context) == Cultures.English ? "en-GB" : "zh-CN");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return next(context);
    });

    /// <summary>The path of <paramref name="zhPath"/> (a zh-CN path such as <c>/news</c>) in <paramref name="culture"/>.</summary>
    public static string Localize(string zhPath, string culture) =>
        culture == Cultures.English ? (zhPath == "/" ? EnglishPrefix : EnglishPrefix + zhPath) : zhPath;
}
