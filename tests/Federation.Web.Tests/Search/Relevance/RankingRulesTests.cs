using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Web.Tests.Search.Relevance;

/// <summary>
/// The ranking rules of the issue as a reader sees them: a word in the title ranks an item above one
/// with the word in its summary, which ranks above one with it only in the body; among equal matches
/// the newer item comes first.
/// </summary>
public sealed class RankingRulesTests(FederationSite site) : IClassFixture<FederationSite>
{
    /// <summary>
    /// Real examples from content-export, read from its files. Each comes out in the wrong order when
    /// every field weighs the same (checked by setting the weights equal): for 培训中心 the training
    /// centre has it in its title, the three programmes it runs in their summaries and tags, the contact
    /// page only in its body; for 建设亚洲医学中心城市专项行动 the action has it as its title, the
    /// thirteen-actions news only in a long body.
    /// </summary>
    [Theory]
    [InlineData("培训中心", "zh-CN", "page/training-centre", "course/call-centre-attendant-skill-assessment course/professional-technical-staff-continuing-education course/interior-decoration-designer-skill-assessment", "page/contact")]
    [InlineData("评估中心", "zh-CN", "page/evaluation-centre", "page/platforms news/interview-zheng-huiqiang", "page/contact")]
    [InlineData("金融", "zh-CN", "showcase/special-action-01-financial-services page/committee-fintech-services page/committee-automotive-finance-services", "showcase/concept-shanghai-price", "page/committees")]
    [InlineData("建设亚洲医学中心城市专项行动", "zh-CN", "showcase/special-action-08-asian-medical-centre-city", "", "news/first-thirteen-shanghai-service-special-actions")]
    [InlineData("evaluation", "en", "page/evaluation-centre", "showcase/concept-shanghai-quality page/contact page/platforms", "course/professional-technical-staff-continuing-education")]
    [InlineData("Training Centre", "en", "page/training-centre", "course/call-centre-attendant-skill-assessment", "page/big-data-centre page/standards-innovation-centre")]
    public async Task ATitleMatch_RanksAboveASummaryMatch_WhichRanksAboveABodyOnlyMatch(string text, string culture, string inTitle, string inSummary, string inBodyOnly)
    {
        var found = await FoundAsync(site, text, culture);

        var ranks = (string keys) => keys.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(key => Rank(found, key)).ToList();
        var (title, summary, body) = (ranks(inTitle), ranks(inSummary), ranks(inBodyOnly));
        Assert.True(title.Max() < summary.Concat(body).Min(), $"title matches at {string.Join(", ", title)}, others at {string.Join(", ", summary.Concat(body))}: {string.Join(" ", found)}");
        if (summary.Count > 0)
        {
            Assert.True(summary.Max() < body.Min(), $"summary matches at {string.Join(", ", summary)}, body-only at {string.Join(", ", body)}: {string.Join(" ", found)}");
        }
    }

    [Fact]
    public async Task TwoItemsMatchingEqually_TheNewerRanksFirst()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var dated = FederationSite.With(new Dictionary<string, string>(), services => services.AddSingleton<TimeProvider>(clock));
        // The same words in the same fields, published a minute apart; the older is indexed first, so the
        // index's own order (by insertion) would put it first. (A minute, not a day: moving the clock runs
        // every periodic timer of the host once per period.)
        await Publish("tea-party-2024", "2024年新春茶话会");
        clock.Advance(TimeSpan.FromMinutes(1));
        await Publish("tea-party-2024-again", "2024年新春茶话会");

        foreach (var (text, culture) in new[] { ("茶话会", "zh-CN"), ("tea party", "en") })
        {
            var hits = (await dated.Services.GetRequiredService<ISiteSearch>().SearchAsync(new SearchRequest { Text = text, Culture = culture })).Hits;

            Assert.Equal(["tea-party-2024-again", "tea-party-2024"], hits.Select(h => h.Item.Document.ChineseText.Slug));
            Assert.Equal(hits[0].Score, hits[1].Score);
        }

        Task<ContentDocument> Publish(string slug, string title) => dated.PublishAsync(
            new NewsFields { Category = NewsCategory.Federation },
            new NewsText { Title = title, Slug = slug, Summary = "联合会举办新春茶话会。", Body = "<p>联合会举办新春茶话会，会员单位代表出席。</p>" },
            new NewsText { Title = "Spring Festival tea party", Slug = slug, Summary = "The Federation held a Spring Festival tea party.", Body = "<p>The Federation held a Spring Festival tea party for its member units.</p>" });
    }

    internal static async Task<List<string>> FoundAsync(FederationSite site, string text, string culture)
    {
        var results = await site.Services.GetRequiredService<ISiteSearch>().SearchAsync(new SearchRequest { Text = text, Culture = culture, Count = SearchRequest.MaxPageSize });
        return [.. results.Hits.Select(h => JudgedQuery.KeyOf(h.Item))];
    }

    /// <summary>The 1-based rank of <paramref name="key"/>, failing when it was not found at all.</summary>
    static int Rank(List<string> found, string key)
    {
        var index = found.IndexOf(key);
        Assert.True(index >= 0, $"{key} not found: {string.Join(" ", found)}");
        return index + 1;
    }
}
