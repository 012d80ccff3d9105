using Federation.Api.Publishing;
using Federation.Cms.Content;
using Federation.Cms.Media;
using Federation.Cms.Snapshot;
using Federation.Web.Media;

namespace Federation.Web.Site;

/// <summary>The public site as the Api's feeds and calendar files and the back office's previews link to it: the same names, URLs and facts as the pages.</summary>
internal sealed class PublicSite(VariantUrls images) : IPublicSite, Cms.Preview.IPublicAddresses
{
    public string SiteName(string culture) => SiteLabels.For(culture).SiteName;

    public string SectionTitle(ContentType type, string culture) => SiteSection.Title(type, SiteLabels.For(culture));

    public string ListPath(ContentType type, string culture) => ContentRoutes.List(type, culture);

    public string ItemPath(PublishedItem item, string culture) => ContentRoutes.Item(item, culture);

    public string PathOf(PublishedItem item, string culture) => ContentRoutes.Item(item, culture);

    public string MediaPath(MediaItem media) => MediaUrls.Original(media);

    public ImageLink ImagePath(MediaItem media, int width) => images.AtWidth(media, width);

    public IReadOnlyList<int> ImageWidths => images.Widths;

    public string Localize(string chinesePath, string culture) => SiteCulture.Localize(chinesePath, culture);

    public string Origin(HttpRequest request) => SiteUrls.Origin(request);

    public IReadOnlyList<ItemFact> Facts(PublishedItem item, string culture) => KeyFacts.Of(item, culture);
}
