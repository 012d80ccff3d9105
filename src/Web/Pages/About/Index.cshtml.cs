using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;
using Federation.Web.Site;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Web.Pages.About;

/// <summary>关于联合会: <c>/about</c> shows the top page (the profile), <c>/about/{slug}</c> any page, with the section's menu.</summary>
public sealed class IndexModel(ContentDelivery delivery, Cms.Preview.IPreviews previews) : SitePageModel
{
    internal PublishedItem Item { get; private set; } = null!;

    internal CultureText Text { get; private set; } = null!;

    /// <summary>The pages from the top down to this one's parent.</summary>
    internal IReadOnlyList<PublishedItem> Ancestors { get; private set; } = [];

    internal IReadOnlyList<PublishedItem> Children { get; private set; } = [];

    /// <summary>The section menu: top pages and their children side by side, each child with its own children (the five platforms, the committees).</summary>
    internal IReadOnlyList<(PublishedItem Page, IReadOnlyList<PublishedItem> Children)> Menu { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? slug)
    {
        var top = delivery.ChildPages(null);
        var (preview, refused) = await OpenPreviewAsync(previews, ContentType.Page);
        if (refused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var item = preview ?? (slug is null ? (top.Count > 0 ? top[0] : null) : delivery.FindForReader(ContentType.Page, Culture, slug));
        if (item is null)
        {
            return slug is not null && delivery.FindMoved(ContentType.Page, Culture, slug) is { } moved ? RedirectPermanent(ContentRoutes.Item(moved, Culture)) : NotFound();
        }

        Item = item;
        Api.Caching.CacheTags.Tag(HttpContext, Api.Caching.CacheTags.Item(item.Id));
        Text = item.Text(Culture) ?? item.Document.ChineseText;
        Section = "about";
        Children = delivery.ChildPages(item.Id);
        Ancestors = AncestorsOf(item);
        // A top page's children already stand beside it in the menu, so only theirs are nested.
        Menu = [.. top.SelectMany(t => delivery.ChildPages(t.Id).Prepend(t)).Distinct()
            .Select(p => (p, top.Contains(p) ? (IReadOnlyList<PublishedItem>)[] : delivery.ChildPages(p.Id)))];
        var other = OtherCulture;
        AlternateUrl = slug is null ? SiteCulture.Localize("/about", other) : ContentRoutes.Item(item, other);
        CanonicalPath = slug is null ? SiteCulture.Localize("/about", Culture) : ContentRoutes.Item(item, Culture);
        OpenGraphType = slug is null ? "website" : "article";
        return Page();
    }

    List<PublishedItem> AncestorsOf(PublishedItem item)
    {
        var chain = new List<PublishedItem>();
        for (var parent = item.Fields<PageFields>().Parent; parent is { } id && delivery.Find(id) is { } page && !chain.Contains(page); parent = page.Fields<PageFields>().Parent)
        {
            chain.Insert(0, page);
        }

        return chain;
    }
}
