using Federation.Web.Site;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Web.Pages;

/// <summary>The page shown for 404 and other client errors, in the site's design and the reader's culture.</summary>
public sealed class StatusModel : SitePageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code)
    {
        Code = code is >= 400 and < 600 ? code : 404;
        Indexable = false;
        Response.StatusCode = Code;
        return Page();
    }
}
