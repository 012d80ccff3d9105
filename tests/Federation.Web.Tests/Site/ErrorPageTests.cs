using System.Net;
using Federation.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Site;

/// <summary>When a page fails, the reader gets the site's own error page and never a stack trace.</summary>
public sealed class ErrorPageTests
{
    const string Secret = "connection string Password=hunter2 in FailingFilter";

    [Theory]
    [InlineData("/news", "出错了", "服务器暂时无法完成请求")]
    [InlineData("/en/standards/shanghai-modern-service-group-standard-drafting-guide", "Something went wrong", "could not complete your request")]
    public async Task FailingPage_ShowsTheErrorPageInTheReadersLanguageWithoutTheException(string url, string heading, string text)
    {
        await using var site = new FederationSite();
        await using var failing = site.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<MvcOptions>(o => o.Filters.Add(new FailingFilter()))));

        var (response, page) = await Html.GetAsync(failing.CreateClient(), url);
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("main h1").Text());
        Assert.Contains(text, page.QuerySelector("main").Text(), StringComparison.Ordinal);
        Assert.Equal(7, page.QuerySelectorAll("nav.site-nav a").Length);
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingFilter", html, StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    /// <summary>Fails every page except the error page itself, the way a bug deep in a page would.</summary>
    sealed class FailingFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path != "/error")
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
