using System.Text.RegularExpressions;
using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.GraphQL;

/// <summary>
/// The GraphQL explorer at <c>/graphql</c> in Chromium: a partner's developer writes a query, runs
/// it and reads the Federation's news in the result, with nothing fetched from another host.
/// </summary>
public sealed class ExplorerTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    const string Query = "{ news(first: 2) { totalCount edges { node { title } } } }";

    static readonly string[] SeededNewsTitles = [.. SeededItem.All.Where(i => i.Folder == "news").Select(i => i.Cultures["zh-CN"].Title)];

    [Fact]
    public async Task AQueryRunInTheExplorer_ShowsTheNews_AndEverythingComesFromTheSite()
    {
        var context = await chromium.NewContextAsync(site.Origin);
        // Filled by Playwright's event thread while the test reads it.
        var requests = new System.Collections.Concurrent.ConcurrentQueue<IRequest>();
        context.Request += (_, request) => requests.Enqueue(request);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        var response = await page.GotoAsync("/graphql");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("Shanghai Modern Service Industry Federation"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Shanghai Modern Service Industry Federation GraphQL API");

        // The query editor is Monaco: select what is there and type the query in its place. Monaco closes
        // each brace as it is typed; those closers end up after the cursor and are deleted.
        var editor = page.Locator(".graphiql-query-editor .monaco-editor textarea").First;
        await editor.FocusAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.InsertTextAsync(Query);
        await page.Keyboard.PressAsync("Shift+ControlOrMeta+End");
        await page.Keyboard.PressAsync("Delete");
        // GraphiQL reads the operation name from the edited query a moment later (the tab shows it):
        // run before that and it would still send the default query's name, LatestNews.
        await Assertions.Expect(page.Locator(".graphiql-tab")).ToHaveTextAsync("<untitled>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query" }).ClickAsync();

        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("totalCount", new() { Timeout = 15_000 });
        var shown = (await result.InnerTextAsync()).Replace('\u00a0', ' ');
        Assert.Contains(SeededNewsTitles, title => shown.Contains(title, StringComparison.Ordinal));
        Assert.DoesNotContain("\"errors\"", shown, StringComparison.Ordinal);

        // Prettier, bundled and loaded on demand, lays the query out one field a line.
        await page.GetByRole(AriaRole.Button, new() { Name = "Prettify query" }).ClickAsync();
        var ownLine = new Regex(@"^\s*totalCount\s*$");
        await Assertions.Expect(page.Locator(".graphiql-query-editor .view-line", new() { HasTextRegex = ownLine })).ToHaveCountAsync(1);

        // Introspection fed the docs: the Query type lists the news connection.
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Query" }).ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("news");

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshots.SaveAsync(page, "en", "graphql-explorer");
        var origin = site.Origin.GetLeftPart(UriPartial.Authority);
        Assert.All(requests, r => Assert.True(r.Url.StartsWith(origin + "/", StringComparison.Ordinal), $"{r.Url} is not on {origin}"));
        Assert.Contains(requests, r => r.Url.Contains("/graphql/explorer/graphql.worker.js?v=", StringComparison.Ordinal));
        // Every operation, introspection included, goes to /graphql as GraphQL over HTTP asks.
        var operations = requests.Where(r => r.Url == origin + "/graphql" && r.Method == "POST").ToList();
        Assert.True(operations.Count >= 2, "the explorer sent neither its introspection nor the query");
        Assert.All(operations, r =>
        {
            Assert.Equal("application/json", r.Headers["content-type"]);
            Assert.Equal("application/graphql-response+json, application/json", r.Headers["accept"]);
        });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await context.CloseAsync();
    }

    [Fact]
    public async Task TypingInTheExplorer_CompletesFromTheSchema()
    {
        var page = await site.OpenAsync(chromium, "/graphql");
        await Assertions.Expect(page.Locator(".graphiql-query-editor .view-line").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Screenshots.SaveAsync(page, "en", "graphql-explorer-opened");
        var editor = page.Locator(".graphiql-query-editor .monaco-editor textarea").First;
        await editor.FocusAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");

        await page.Keyboard.TypeAsync("{ standa");
        await page.Keyboard.PressAsync("Control+Space");

        // The suggestions come from the GraphQL worker, which read the schema by introspection.
        await Assertions.Expect(page.Locator(".suggest-widget")).ToContainTextAsync("standards", new() { Timeout = 15_000 });
        await page.Context.CloseAsync();
    }
}
