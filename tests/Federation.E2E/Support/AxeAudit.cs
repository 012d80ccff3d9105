using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Federation.E2E.Support;

/// <summary>Runs axe-core on a page as it stands and fails on any serious or critical violation.</summary>
internal static class AxeAudit
{
    static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();

        Assert.True(blocking.Count == 0, $"axe on {page.Url} at {page.ViewportSize?.Width}px:\n" + string.Join('\n', blocking.Select(Describe)));
    }

    static string Describe(AxeResultItem violation) =>
        $"- {violation.Impact} {violation.Id}: {violation.Help}\n" + string.Join('\n', violation.Nodes.Take(5).Select(n =>
            $"    {n.Target} {n.Html}\n      " + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(check => check.Message))));
}
