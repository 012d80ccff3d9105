using Federation.Web.Site;

namespace Federation.Web.Pages;

/// <summary>Shown for an unhandled error: the site's design, a plain sentence, never a stack trace.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : SitePageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        Indexable = false;
    }

    public void OnPost() => OnGet();
}
