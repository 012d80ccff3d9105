using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Search.Relevance;

/// <summary>
/// A standard's code, typed as readers type it, finds that standard first. content-export's standards
/// have no code yet (the Federation has not published them), so these standards are published here,
/// with a news item that cites the code in its title and body: the strongest rival a code has.
/// </summary>
public sealed class StandardCodeTests(StandardCodeTests.CodedStandards standards) : IClassFixture<StandardCodeTests.CodedStandards>
{
    /// <summary>The seeded site with three coded standards and a news item about the first.</summary>
    public sealed class CodedStandards : IAsyncLifetime
    {
        public FederationSite Site { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Standard("T/SHMSIF 001-2021", "service-quality-evaluation-2021", "现代服务业企业服务质量评价规范", "Evaluation of Service Quality in Modern Service Enterprises");
            await Standard("T/SHMSIF 002-2021", "service-outsourcing-contracts", "服务外包合同管理规范", "Management of Service Outsourcing Contracts");
            await Standard("T/SHMSIF 001-2025", "service-quality-evaluation-2025", "现代服务业企业服务质量评价规范", "Evaluation of Service Quality in Modern Service Enterprises");
            await Site.PublishAsync(
                new NewsFields { Category = NewsCategory.Notice },
                new NewsText
                {
                    Title = "T/SHMSIF 001-2021《现代服务业企业服务质量评价规范》发布",
                    Slug = "t-shmsif-001-2021-issued",
                    Body = "<p>联合会团体标准T/SHMSIF 001-2021《现代服务业企业服务质量评价规范》今日发布。T/SHMSIF 001-2021适用于现代服务业企业。</p>",
                },
                new NewsText
                {
                    Title = "T/SHMSIF 001-2021 Evaluation of Service Quality issued",
                    Slug = "t-shmsif-001-2021-issued",
                    Body = "<p>The Federation issued the group standard T/SHMSIF 001-2021 today. T/SHMSIF 001-2021 applies to modern service enterprises.</p>",
                });
        }

        Task<ContentDocument> Standard(string code, string slug, string title, string english) => Site.PublishAsync(
            new StandardFields { Code = code, Status = StandardStatus.InForce },
            new StandardText { Title = title, Slug = slug, Summary = "本标准规定了" + title[..^2] + "的要求。" },
            new StandardText { Title = english, Slug = slug, Summary = "This standard specifies requirements for the " + english.ToLowerInvariant() + "." });

        public async ValueTask DisposeAsync() => await Site.DisposeAsync();
    }

    [Theory]
    [InlineData("T/SHMSIF 001-2021")]
    [InlineData("t/shmsif 001-2021")]
    [InlineData("T/SHMSIF001-2021")]
    [InlineData("T/SHMSIF 001—2021")]
    [InlineData("T/SHMSIF 001–2021")]
    [InlineData("T／SHMSIF　００１－２０２１")]
    [InlineData("  T/SHMSIF 001 - 2021 ")]
    public async Task AStandardsCode_InAnySpelling_FindsThatStandardFirst(string typed)
    {
        foreach (var culture in Cultures.All)
        {
            var found = await RankingRulesTests.FoundAsync(standards.Site, typed, culture);

            Assert.Equal("standard/service-quality-evaluation-2021", found.FirstOrDefault());
        }
    }

    [Fact]
    public async Task ACodeDifferingOnlyInItsYear_FindsTheOtherStandard()
    {
        var found = await RankingRulesTests.FoundAsync(standards.Site, "T/SHMSIF 001-2025", Cultures.Chinese);

        Assert.Equal("standard/service-quality-evaluation-2025", found.FirstOrDefault());
        Assert.DoesNotContain("standard/service-quality-evaluation-2021", found);
    }
}
