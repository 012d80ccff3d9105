using Federation.Api.Search.Lucene;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>A Chinese run's pairs in a row lift the best matches; paging past them still gives every match once.</summary>
public sealed class PhraseBonusTests : IDisposable
{
    readonly TestIndex index = new();

    [Fact]
    public async Task PagingThroughMoreMatchesThanAreRescored_GivesEveryMatchOnce_TheRunInARowFirst()
    {
        var scattered = Enumerable.Range(0, PhraseBonus.Window + 40)
            .Select(n => TestIndex.Document($"养老机构第 {n} 号通知", body: $"社区服务与老服装{new string('。', n % 7)}"));
        var inARow = TestIndex.Document("关于养老服务的通知");
        await index.WithAsync([.. scattered, inARow]);

        var seen = new List<Guid>();
        for (var offset = 0; ; offset += 20)
        {
            var page = await index.SearchAsync("养老服务", with: r => r with { Offset = offset, Count = 20 });
            if (page.Hits.Count == 0)
            {
                break;
            }

            seen.AddRange(page.Hits.Select(h => h.Id));
        }

        Assert.Equal(PhraseBonus.Window + 41, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(inARow.Id, seen[0]);
    }

    public void Dispose() => index.Dispose();
}
