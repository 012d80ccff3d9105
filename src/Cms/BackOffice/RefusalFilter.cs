using Federation.Cms.Publishing;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Federation.Cms.BackOffice;

/// <summary>
/// Turns a service's refusal into the answer a browser expects: a forbidden action (a writer's
/// forged publish) is forbidden, whichever page or handler it came through; an item that does
/// not exist is not found.
/// </summary>
internal sealed class RefusalFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        context.Result = context.Exception switch
        {
            ForbiddenActionException => new ForbidResult(),
            ContentNotFoundException => new NotFoundResult(),
            _ => context.Result,
        };
        context.ExceptionHandled |= context.Exception is ForbiddenActionException or ContentNotFoundException;
    }
}
