using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;
using Federation.Web.Site;

namespace Federation.Web.Pages;

/// <summary>The home page: the Federation in a sentence, then the newest of every section.</summary>
public sealed class IndexModel(ContentDelivery delivery) : SitePageModel
{
    internal PublishedItem? Profile { get; private set; }

    internal IReadOnlyList<(ContentType Type, IReadOnlyList<PublishedItem> Items)> Sections { get; private set; } = [];

    public void OnGet()
    {
        Section = "home";
        // The newest of every section, with registration badges.
        Api.Caching.CacheTags.Tag(HttpContext, Api.Caching.CacheTags.AllTypes);
        Api.Caching.CacheTags.ExpireWithin(HttpContext, Api.Caching.CacheTags.TimeDependent);
        AlternateUrl = SiteCulture.Localize("/", OtherCulture);
        CanonicalPath = SiteCulture.Localize("/", Culture);
        StructuredData = Seo.StructuredData.WebSite(SiteUrls.Origin(Request), Culture);
        Profile = delivery.ChildPages(null) is [var first, ..] ? first : null;
        Sections =
        [
            (ContentType.News, [.. delivery.FeaturedNews().Concat(delivery.All(ContentType.News)).Distinct().Take(5)]),
            (ContentType.Forum, [.. delivery.All(ContentType.Forum).Take(4)]),
            (ContentType.Standard, [.. delivery.All(ContentType.Standard).Take(4)]),
            (ContentType.Course, [.. delivery.All(ContentType.Course).Take(4)]),
            (ContentType.Showcase, [.. delivery.All(ContentType.Showcase).Where(s => s.Fields<ShowcaseFields>().Kind == ShowcaseKind.SpecialAction)]),
        ];
    }
}
