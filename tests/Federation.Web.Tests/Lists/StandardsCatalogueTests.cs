using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Lists;

/// <summary>The 团体标准 catalogue: filters by status, domain and year, sort orders, facet counts, drafts marked with their deadline.</summary>
public sealed class StandardsCatalogueTests
{
    // The two seeded standards have no code, no year and no domain among these.
    const string Seeded1 = "上海现代服务业团体标准编制指南";
    const string Seeded2 = "汽车销售行业神秘顾客和体验官的使用规范";

    [Theory]
    [InlineData("/standards?status=inForce", "人工智能服务通用要求", "金融科技服务规范")]
    [InlineData("/standards?domain=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", "人工智能服务通用要求", "人工智能数据标注服务规范（征求意见稿）")]
    [InlineData("/standards?year=2024", "人工智能服务通用要求", "循环经济园区服务指南")]
    [InlineData("/standards?status=inForce&year=2024", "人工智能服务通用要求")]
    [InlineData("/standards?status=forComment&domain=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", "人工智能数据标注服务规范（征求意见稿）")]
    [InlineData("/standards?status=withdrawn&year=2023")]
    public async Task Filters_ListExactlyTheMatchingStandards(string url, params string[] expected)
    {
        await using var site = new FederationSite();
        await PublishStandardsAsync(site);

        var shown = await ListPages.TitlesAsync(site.CreateClient(), url);

        Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/standards", "循环经济园区服务指南", "人工智能服务通用要求", "金融科技服务规范", "生物医药冷链物流服务规范")]
    [InlineData("/standards?sort=oldest", "生物医药冷链物流服务规范", "金融科技服务规范", "人工智能服务通用要求", "循环经济园区服务指南")]
    [InlineData("/standards?sort=code", "金融科技服务规范", "人工智能数据标注服务规范（征求意见稿）", "人工智能服务通用要求", "生物医药冷链物流服务规范", "循环经济园区服务指南")]
    public async Task Sort_PutsDatedOrCodedStandardsInOrderAndTheRestLast(string url, params string[] expectedFirst)
    {
        await using var site = new FederationSite();
        await PublishStandardsAsync(site);

        var shown = await ListPages.TitlesAsync(site.CreateClient(), url);

        Assert.Equal(expectedFirst, shown.Take(expectedFirst.Length));
        Assert.Equal(7, shown.Count);
        Assert.Contains(Seeded1, shown.Skip(expectedFirst.Length));
        Assert.Contains(Seeded2, shown.Skip(expectedFirst.Length));
    }

    [Fact]
    public async Task Facets_CountWhatEachChoiceWouldLeaveGivenTheOtherFilters()
    {
        await using var site = new FederationSite();
        await PublishStandardsAsync(site);

        var (_, page) = await Html.GetAsync(site.CreateClient(), "/standards?year=2024");

        var statuses = page.QuerySelectorAll("#filter-status option").Select(o => o.Text()).ToList();
        Assert.Equal(["全部", "现行 (1)", "废止 (1)"], statuses);
        Assert.Equal("2024 (2)", page.QuerySelector("#filter-year option[selected]").Text());
        var years = page.QuerySelectorAll("#filter-year option").Select(o => o.Text());
        Assert.Equal(["全部", "2024 (2)", "2023 (1)", "2022 (1)"], years);
        Assert.Equal("共 2 条", page.QuerySelector(".result-count").Text());
    }

    [Fact]
    public async Task DraftForComment_ShowsItsCommentDeadlineInTheListAndOnItsPage()
    {
        await using var site = new FederationSite();
        await PublishStandardsAsync(site);
        var client = site.CreateClient();
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(10);
        var expected = $"征求意见中 · 截止 {deadline.Year}年{deadline.Month}月{deadline.Day}日";

        var (_, list) = await Html.GetAsync(client, "/standards?status=forComment");
        var (_, detail) = await Html.GetAsync(client, "/standards/ai-data-labelling-draft");
        var (_, english) = await Html.GetAsync(client, "/en/standards/ai-data-labelling-draft");

        Assert.Equal(expected, list.QuerySelector(".item-card .badge-open").Text());
        Assert.Equal(expected, detail.QuerySelector("article header .badge-open").Text());
        Assert.StartsWith("Open for comment · until", english.QuerySelector("article header .badge-open").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownStatus_Answers400AndListsTheWholeCatalogue()
    {
        await using var site = new FederationSite();

        var (response, page) = await Html.GetAsync(site.CreateClient(), "/standards?status=bogus&year=19x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var alert = page.QuerySelector("[role=alert]").Text();
        Assert.Contains("bogus", alert, StringComparison.Ordinal);
        Assert.Contains("19x", alert, StringComparison.Ordinal);
        Assert.Equal([Seeded1, Seeded2], page.QuerySelectorAll(".item-card h3").Select(h => h.Text()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SupersededStandard_AndItsReplacement_LinkToEachOther()
    {
        await using var site = new FederationSite();
        var (oldId, newId) = (Guid.NewGuid(), Guid.NewGuid());
        await site.PublishAsync(Publishing.Document(ContentType.Standard,
            new StandardFields { Code = "T/SHMSIF 001-2021", Status = StandardStatus.Superseded, SupersededBy = [newId] },
            new StandardText { Title = "旧版服务规范", Slug = "old-specification" }) with { Id = oldId });
        await site.PublishAsync(Publishing.Document(ContentType.Standard,
            new StandardFields { Code = "T/SHMSIF 001-2025", Status = StandardStatus.InForce, Supersedes = [oldId] },
            new StandardText { Title = "新版服务规范", Slug = "new-specification" }) with { Id = newId });
        var client = site.CreateClient();

        var (_, old) = await Html.GetAsync(client, "/standards/old-specification");
        var (_, replacement) = await Html.GetAsync(client, "/standards/new-specification");

        Assert.Equal("/standards/new-specification", FactLink(old, "被以下标准代替"));
        Assert.Equal("/standards/old-specification", FactLink(replacement, "代替标准"));
    }

    static string? FactLink(AngleSharp.Dom.IDocument page, string label) =>
        page.QuerySelectorAll("dl.facts dt").Single(dt => dt.Text() == label).NextElementSibling!.QuerySelector("a")?.GetAttribute("href");

    static async Task PublishStandardsAsync(FederationSite site)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        (string Title, string Slug, string Code, StandardStatus Status, string Domain, DateOnly? Published, DateOnly? CommentDeadline)[] standards =
        [
            ("人工智能服务通用要求", "ai-services-general-requirements", "T/SHMSIF 003-2024", StandardStatus.InForce, "人工智能", new DateOnly(2024, 3, 1), null),
            ("金融科技服务规范", "fintech-services-specification", "T/SHMSIF 001-2023", StandardStatus.InForce, "金融科技", new DateOnly(2023, 6, 1), null),
            ("人工智能数据标注服务规范（征求意见稿）", "ai-data-labelling-draft", "T/SHMSIF 002-2024", StandardStatus.ForComment, "人工智能", null, today.AddDays(10)),
            ("生物医药冷链物流服务规范", "biomedicine-cold-chain", "T/SHMSIF 004-2022", StandardStatus.Superseded, "生物医药", new DateOnly(2022, 1, 10), null),
            ("循环经济园区服务指南", "circular-economy-parks", "T/SHMSIF 005-2024", StandardStatus.Withdrawn, "循环经济", new DateOnly(2024, 11, 1), null),
        ];
        foreach (var s in standards)
        {
            await site.PublishAsync(
                new StandardFields { Code = s.Code, Status = s.Status, PublicationDate = s.Published, CommentDeadline = s.CommentDeadline },
                new StandardText { Title = s.Title, Slug = s.Slug, Domain = s.Domain },
                new StandardText { Title = s.Title + " (en)", Slug = s.Slug });
        }
    }
}
