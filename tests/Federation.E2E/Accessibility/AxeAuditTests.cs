using Federation.E2E.Support;
using Xunit.Sdk;

namespace Federation.E2E.Accessibility;

/// <summary>The audit every page passes is a real one: the same page with a faint paragraph and an image without alt text fails it.</summary>
public sealed class AxeAuditTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task Audit_OnAPageWithFaintTextAndAnImageWithoutAltText_Fails()
    {
        var page = await site.OpenAsync(chromium, "/news");
        await AxeAudit.AssertNoSeriousViolationsAsync(page);

        await page.EvalOnSelectorAsync("main", """
            main => main.insertAdjacentHTML("afterbegin", '<p style="color:#d0d0d0">浅色文字</p><img src="/css/site.css" width="20" height="20">')
            """);
        var failure = await Assert.ThrowsAsync<TrueException>(() => AxeAudit.AssertNoSeriousViolationsAsync(page));

        Assert.Contains("color-contrast", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }
}
