using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;
using Federation.Web.Site;

namespace Federation.Web.Pages.Sections;

/// <summary>One item of a section, with its type's facts, body, tags and related items.</summary>
public sealed class DetailModel(ContentDelivery delivery, Cms.Preview.IPreviews previews) : SitePageModel
{
    internal PublishedItem Item { get; private set; } = null!;

    internal CultureText Text { get; private set; } = null!;

    /// <summary>The language <see cref="Text"/> is in: the reader's, or Chinese when the item has no text in theirs.</summary>
    internal string TextCulture => Item.HasCulture(Culture) ? Culture : Cultures.Chinese;

    internal IReadOnlyList<PublishedItem> Related { get; private set; } = [];

    /// <summary>The page shows the item and the titles of the items it links to: any of them changing evicts it.</summary>
    void TagForCache(PublishedItem item)
    {
        var shown = item.Document.Related.Append(item.Id);
        if (item.Document.Fields is Cms.Content.Types.StandardFields standard)
        {
            shown = shown.Concat(standard.Supersedes).Concat(standard.SupersededBy);
        }

        Api.Caching.CacheTags.Tag(HttpContext, shown.Distinct().Select(Api.Caching.CacheTags.Item));
        if (Api.Caching.CacheTags.ChangesWithTime(item.Type))
        {
            Api.Caching.CacheTags.ExpireWithin(HttpContext, Api.Caching.CacheTags.TimeDependent);
        }
    }

    /// <summary>Finds an item by id, for links such as a standard's supersedes list.</summary>
    internal PublishedItem? Find(Guid id) => delivery.Find(id);

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(string section, string slug)
    {
        if (!SiteSection.TryGetType(section, out var type))
        {
            return NotFound();
        }

        var (preview, refused) = await OpenPreviewAsync(previews, type);
        if (refused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if ((preview ?? delivery.FindForReader(type, Culture, slug)) is not { } item)
        {
            // An address an editor changed keeps working (301), so links and search results do not break.
            return delivery.FindMoved(type, Culture, slug) is { } moved ? RedirectPermanent(ContentRoutes.Item(moved, Culture) + Request.QueryString) : NotFound();
        }

        Item = item;
        TagForCache(item);
        Text = item.Text(Culture) ?? item.Document.ChineseText;
        Section = section;
        Related = delivery.Related(item);
        AlternateUrl = ContentRoutes.Item(item, OtherCulture);
        CanonicalPath = ContentRoutes.Item(item, Culture);
        OpenGraphType = "article";
        StructuredData = Seo.StructuredData.ForItem(item, Culture, SiteUrls.Origin(Request));
        return Page();
    }
}
