using System.Text;
using Federation.Api.Delivery;
using Federation.Api.Publishing;
using Federation.Cms.Content;
using Federation.Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Federation.Api.Calendar;

/// <summary><c>/forums/{slug}/calendar.ics</c> and its English twin: a forum with an announced start as a calendar file.</summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapForumCalendars(this IEndpointRouteBuilder app, IPublicSite site, CalendarLinks links)
    {
        foreach (var culture in Cultures.All)
        {
            app.MapRead(links.Route(culture), (string slug, HttpContext context, ContentDelivery delivery) => Get(slug, culture, context, delivery, site));
        }

        return app;
    }

    static Results<FileContentHttpResult, ProblemHttpResult> Get(string slug, string culture, HttpContext context, ContentDelivery delivery, IPublicSite site)
    {
        var forum = delivery.FindForReader(ContentType.Forum, culture, slug);
        var calendar = forum is null ? null : ForumCalendar.Write(forum, culture, site.Origin(context.Request) + site.ItemPath(forum, culture));
        if (calendar is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No calendar entry",
                detail: "Only a published forum whose start is announced has one.");
        }

        context.Response.Headers.CacheControl = "public, max-age=60";
        Caching.CacheTags.Tag(context, Caching.CacheTags.Item(forum!.Id));
        return TypedResults.Bytes(Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", fileDownloadName: $"{slug}.ics");
    }
}
