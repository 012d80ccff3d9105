using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Federation.Web.Tests.Search;

/// <summary>
/// The search page's facets, filters, order and pages, on content-export and on three dated news
/// items (content-export's own items have no dates) that the site imports at start.
/// </summary>
public sealed class SearchFiltersTests(SearchFiltersTests.DatedSite site) : IClassFixture<SearchFiltersTests.DatedSite>
{
    const string Word = "绿道驿站";
    const string Renewal = "城市更新";
    const string Pilot = "绿道驿站试点启动";
    const string Standard = "绿道驿站服务规范发布";
    const string SecondBatch = "绿道驿站第二批名单公布";

    /// <summary>The seeded site plus the three dated items: 2023 (two tags), 2024 in spring (one tag), 2024 in autumn (two tags).</summary>
    public sealed class DatedSite : IAsyncLifetime
    {
        public FederationSite Host { get; } = new();

        public async ValueTask InitializeAsync()
        {
            using var batch = new ImportBatch();
            batch.AddItem(News(Pilot, "greenway-pilot", [Renewal, Word]), ContentStatus.Published, Shanghai(2023, 6, 1));
            batch.AddItem(News(Standard, "greenway-service-rules", [Word]), ContentStatus.Published, Shanghai(2024, 4, 1));
            batch.AddItem(News(SecondBatch, "greenway-second-batch", [Renewal, Word]), ContentStatus.Published, Shanghai(2024, 9, 1));
            await batch.ImportAsync(Host);
        }

        public ValueTask DisposeAsync() => Host.DisposeAsync();

        static ContentDocument News(string title, string slug, IReadOnlyList<string> tags) => Publishing.Document(
            ContentType.News, new NewsFields { Category = NewsCategory.Industry }, new NewsText { Title = title, Slug = slug, Summary = title + "。", Tags = tags });

        static DateTimeOffset Shanghai(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));
    }

    async Task<IDocument> SearchAsync(string query)
    {
        var (response, page) = await Html.GetAsync(site.Host.CreateClient(), "/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    static string Q(string text) => Uri.EscapeDataString(text);

    static List<string> Titles(IDocument page) => [.. page.QuerySelectorAll(".search-results h2").Select(h => h.Text())];

    /// <summary>A facet's choices as shown, "2024 (2)", without the first "all" choice.</summary>
    static List<string> Choices(IDocument page, string select) => [.. page.QuerySelectorAll($"#{select} option").Skip(1).Select(o => o.Text())];

    static string? Chosen(IDocument page, string select) => page.QuerySelector($"#{select} option[selected]")?.GetAttribute("value");

    static List<(string Section, int Count)> Tabs(IDocument page) =>
        [.. page.QuerySelectorAll(".filter-tabs a").Select(a => (a.ChildNodes[0].TextContent.Trim(), int.Parse(a.QuerySelector(".count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)))];

    static Dictionary<string, string> QueryOf(string? url) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), url).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [Fact]
    public async Task YearAndTagFacets_CountTheItemsThatMatch()
    {
        var page = await SearchAsync("q=" + Q(Word));

        Assert.Equal(["2024 (2)", "2023 (1)"], Choices(page, "filter-year"));
        Assert.Equal([$"{Word} (3)", $"{Renewal} (2)"], Choices(page, "filter-tag"));
        Assert.Equal([("全部", 3), ("新闻动态", 3)], Tabs(page));
        Assert.Equal("共 3 条", page.QuerySelector(".result-count").Text());
        Assert.Empty(page.QuerySelectorAll(".active-filter"));
    }

    [Fact]
    public async Task ChoosingAYear_NarrowsTheResults_AndStillCountsEveryYear()
    {
        var page = await SearchAsync("q=" + Q(Word) + "&year=2024");

        Assert.Equal(new HashSet<string> { SecondBatch, Standard }, Titles(page).ToHashSet());
        Assert.Equal(["2024 (2)", "2023 (1)"], Choices(page, "filter-year"));
        Assert.Equal("2024", Chosen(page, "filter-year"));
        Assert.Equal([$"{Word} (2)", $"{Renewal} (1)"], Choices(page, "filter-tag"));
        Assert.Equal([("全部", 2), ("新闻动态", 2)], Tabs(page));
        var chosen = Assert.Single(page.QuerySelectorAll(".active-filter"));
        Assert.Equal("年份: 2024 ✕", chosen.Text());
        Assert.Equal(new Dictionary<string, string> { ["q"] = Word }, QueryOf(chosen.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task ChoosingATag_NarrowsContentExportToTheTaggedItems_AndStillCountsEveryTag()
    {
        const string Tag = "上海服务";
        // Every item tagged 上海服务 has the word 服务 (in its tags at least), so the tag's count is how many carry the tag.
        var tagged = Directory.EnumerateFiles(RepositoryPaths.ContentExport, "*.json", SearchOption.AllDirectories)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .Count(e => e.TryGetProperty("cultures", out var c) && c.GetProperty("zh-CN").GetProperty("tags").EnumerateArray().Any(t => t.GetString() == Tag));

        var all = await SearchAsync("q=" + Q("服务"));
        var narrowed = await SearchAsync("q=" + Q("服务") + "&tag=" + Q(Tag));

        Assert.True(tagged > 20, $"content-export has only {tagged} items tagged {Tag}");
        Assert.Contains($"{Tag} ({tagged})", Choices(all, "filter-tag"));
        Assert.Equal($"共 {tagged} 条", narrowed.QuerySelector(".result-count").Text());
        Assert.Equal(Choices(all, "filter-tag"), Choices(narrowed, "filter-tag"));
        Assert.Equal(Tag, Chosen(narrowed, "filter-tag"));
        Assert.Equal(tagged, Tabs(narrowed)[0].Count);
        Assert.Equal(tagged, Tabs(narrowed).Skip(1).Sum(t => t.Count));
        Assert.True(Tabs(all)[0].Count > tagged, "the tag did not narrow the section counts");
        var chosen = Assert.Single(narrowed.QuerySelectorAll(".active-filter"));
        Assert.Equal(new Dictionary<string, string> { ["q"] = "服务" }, QueryOf(chosen.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task NewestFirst_OrdersByDate_AndEachHitShowsItsSectionAndDate()
    {
        var newest = await SearchAsync("q=" + Q(Word) + "&sort=newest");
        var best = await SearchAsync("q=" + Q(Word));

        Assert.Equal([SecondBatch, Standard, Pilot], Titles(newest));
        Assert.Equal(["2024年9月1日", "2024年4月1日", "2023年6月1日"], newest.QuerySelectorAll(".search-results time").Select(t => t.Text()));
        Assert.Equal(["2024-09-01", "2024-04-01", "2023-06-01"], newest.QuerySelectorAll(".search-results time").Select(t => t.GetAttribute("datetime")));
        Assert.All(newest.QuerySelectorAll(".search-results .meta .section"), s => Assert.Equal("新闻动态", s.Text()));
        Assert.Equal("newest", Chosen(newest, "filter-sort"));
        Assert.Equal("", Chosen(best, "filter-sort"));
    }

    [Fact]
    public async Task Paging_KeepsEveryFilter()
    {
        const string Narrowed = "q=%E6%9C%8D%E5%8A%A1&tag=%E4%B8%8A%E6%B5%B7%E6%9C%8D%E5%8A%A1&sort=newest";
        var first = await SearchAsync(Narrowed);
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        var second = await SearchAsync(next!.Split('?')[1]);

        var total = int.Parse(first.QuerySelector(".result-count").Text()[2..^2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new Dictionary<string, string> { ["q"] = "服务", ["tag"] = "上海服务", ["sort"] = "newest", ["page"] = "2" }, QueryOf(next));
        Assert.Equal(20, Titles(first).Count);
        Assert.Equal(total - 20, Titles(second).Count);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Equal("上海服务", Chosen(second, "filter-tag"));
        Assert.Equal("newest", Chosen(second, "filter-sort"));
        Assert.Equal("2", second.QuerySelector(".pager a[aria-current=page]").Text());
        // Another section starts again from its first page, with the tag and the order kept.
        var section = second.QuerySelectorAll(".filter-tabs a").Skip(1).First().GetAttribute("href");
        Assert.Equal(["q", "sort", "tag", "type"], QueryOf(section).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("year=abc")]
    [InlineData("year=-2024")]
    [InlineData("year=99999999999")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=99999")]
    [InlineData("page=2147483647")]
    [InlineData("type=nonsense")]
    [InlineData("type=")]
    [InlineData("sort=oldest")]
    [InlineData("sort=%00")]
    [InlineData("tag=")]
    public async Task ParametersThatCannotBeRead_AreIgnored(string odd)
    {
        var plain = await SearchAsync("q=" + Q("服务"));
        var page = await SearchAsync("q=" + Q("服务") + "&" + odd);

        Assert.Equal(plain.QuerySelector(".result-count").Text(), page.QuerySelector(".result-count").Text());
        Assert.Equal(Titles(plain), Titles(page));
        Assert.Empty(page.QuerySelectorAll(".active-filter"));
    }
}
