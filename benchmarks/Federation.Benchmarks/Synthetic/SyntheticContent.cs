using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Storage;

namespace Federation.Benchmarks.Synthetic;

/// <summary>
/// Synthetic content for measuring at scale: news items written straight into a store, each marked
/// 【合成数据】 in its title and tagged "synthetic". Never written to content-export and never
/// mixed with the Federation's own content: it goes into a store of its own.
/// </summary>
internal static class SyntheticContent
{
    public const string Mark = "【合成数据】";

    /// <summary>What the synthetic items are about, one each in turn.</summary>
    public static IReadOnlyList<string> Topics { get; } = ["现代服务业", "团体标准", "长三角", "数字化转型", "职业技能", "会员服务", "城市更新", "养老服务", "金融科技", "品牌建设"];

    /// <summary>Adds <paramref name="count"/> news items: 70% published, 20% drafts, 10% in review, saved a minute apart.</summary>
    public static async Task AddAsync(ContentDbContextFactory store, int count, Action<int>? progress = null)
    {
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));
        const int batch = 5000;
        for (var first = 0; first < count; first += batch)
        {
            await using var db = store.Create();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var n = first; n < Math.Min(count, first + batch); n++)
            {
                var document = News(n);
                var status = (n % 10) switch { < 7 => ContentStatus.Published, < 9 => ContentStatus.Draft, _ => ContentStatus.InReview };
                var at = start.AddMinutes(n);
                var item = new ContentItemRecord
                {
                    Id = document.Id, Type = ContentType.News, Status = status, LatestVersion = 1,
                    PublishedVersion = status == ContentStatus.Published ? 1 : null, CreatedAt = at, UpdatedAt = at, PublishedAt = status == ContentStatus.Published ? at : null,
                };
                item.Describe(document, "合成数据");
                db.Items.Add(item);
                db.Versions.Add(new ContentVersionRecord { ItemId = document.Id, Number = 1, Document = ContentJson.Serialize(document), SavedAt = at, SavedBy = "合成数据" });
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            progress?.Invoke(Math.Min(count, first + batch));
        }
    }

    /// <summary>The id of synthetic item <paramref name="n"/>: the same in every store and index made of synthetic content.</summary>
    public static Guid IdOf(int n) => new(n, 0x5e7a, 0x4b1c, [0x9d, 0x2f, 0, 0, 0, 0, (byte)(n >> 8), (byte)n]);

    static ContentDocument News(int n)
    {
        var topic = Topics[n % Topics.Count];
        return new ContentDocument
        {
            Id = IdOf(n),
            Type = ContentType.News,
            Fields = new NewsFields { Category = (NewsCategory)(n % 5) },
            Cultures = new Dictionary<string, CultureText>
            {
                [Cultures.Chinese] = new NewsText
                {
                    Title = $"{Mark}{topic}动态 第 {n:000000} 条", Slug = $"synthetic-{n:000000}", Summary = $"合成数据：关于{topic}的第 {n} 条测量用新闻。",
                    Tags = ["synthetic", topic], Body = string.Concat(Enumerable.Range(0, 6).Select(p => $"<p>合成数据第 {n} 条第 {p + 1} 段：{topic}相关的测量用正文，用于衡量列表、搜索和页面在大量内容下的表现。</p>")),
                },
                [Cultures.English] = new NewsText { Title = $"Synthetic {n:000000}", Slug = $"synthetic-{n:000000}", Tags = ["synthetic"] },
            },
        };
    }
}
