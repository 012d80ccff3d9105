using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Federation.Cms.BackOffice;

/// <summary>
/// While the content store cannot be reached, every back-office request (sign-in included, which
/// reads the users) is answered 503 with Retry-After and a page that says so in the back office's
/// words, instead of the error page's 500: the editor learns it is the database, and that the
/// public site still serves from its snapshot. Other failures still reach the error page.
/// </summary>
internal static partial class StoreOutagePage
{
    const string RetryAfterSeconds = "30";

    const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>内容管理暂时无法使用</title>
        <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f4f6f8;color:#1d2733}main{max-width:34rem;margin:12vh auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.12)}h1{font-size:1.4rem;margin-top:0}p{line-height:1.7}</style>
        </head>
        <body>
        <main>
        <h1>内容管理暂时无法使用</h1>
        <p>无法连接内容数据库，请稍后再试。已发布的网站不受影响，仍在正常访问。</p>
        <p lang="en">The back office is unavailable: the content database cannot be reached. Please try again shortly; the public site is still being served.</p>
        </main>
        </body>
        </html>
        """;

    /// <summary>Answers back-office requests with the outage page while the store does not answer.</summary>
    public static IApplicationBuilder UseStoreOutagePage(this IApplicationBuilder app, ILogger logger) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/cms"))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (IsStoreOutage(e) && !context.Response.HasStarted)
        {
            LogStoreUnreachable(logger, context.Request.Path, e.GetBaseException().Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page, context.RequestAborted);
        }
    });

    /// <summary>A failure to reach the store (refused or dropped connections, time-outs), anywhere in the chain of causes.</summary>
    static bool IsStoreOutage(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(EventId = 1601, EventName = "StoreUnreachable", Level = LogLevel.Warning, Message = "The back office answered {Path} with 503: the content store does not answer ({Reason})")]
    static partial void LogStoreUnreachable(ILogger logger, string path, string reason);
}
