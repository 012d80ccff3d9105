using Federation.Cms.Preview;
using Federation.Cms.Tests.Support;
using Federation.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Preview;

/// <summary>A preview link opens the version it names until it expires; a made-up or altered one opens nothing.</summary>
public sealed class PreviewLinkTests
{
    static readonly Actor Writer = new("w1", "张撰稿", new HashSet<string> { CmsRoles.Writer });

    [Fact]
    public async Task Link_OpensItsVersion_UntilItExpires()
    {
        await using var store = await TestStore.OpenAsync();
        var links = store.Services.GetRequiredService<PreviewLinks>();
        var news = Samples.News(title: "草稿第一版");
        await store.Editor.SaveAsync(news, "writer");
        await store.Editor.SaveAsync(Samples.Retitled(news, "草稿第二版"), "writer");

        var (token, expires) = links.Create(Writer, news.Id, 1);
        var opened = await links.OpenAsync(token);
        store.Time.Advance(PreviewLinks.Lifetime - TimeSpan.FromMinutes(1));
        var late = await links.OpenAsync(token);
        store.Time.Advance(TimeSpan.FromMinutes(2));
        var expired = await links.OpenAsync(token);

        Assert.Equal(store.Time.GetUtcNow() - TimeSpan.FromMinutes(1), expires);
        Assert.Equal(("草稿第一版", 1), (opened!.Item.Document.ChineseText.Title, opened.Version));
        Assert.NotNull(late);
        Assert.Null(expired);
        Assert.Null(store.Snapshots.Current.Find(news.Id));
    }

    [Fact]
    public async Task AlteredOrMadeUpToken_OrAGoneVersion_OpensNothing()
    {
        await using var store = await TestStore.OpenAsync();
        var links = store.Services.GetRequiredService<PreviewLinks>();
        var news = Samples.News();
        await store.Editor.SaveAsync(news, "writer");
        var (token, _) = links.Create(Writer, news.Id, 1);
        var (missing, _) = links.Create(Writer, news.Id, 7);

        var altered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];

        Assert.Null(await links.OpenAsync(altered));
        Assert.Null(await links.OpenAsync("not-a-token"));
        Assert.Null(await links.OpenAsync(""));
        Assert.Null(await links.OpenAsync(missing));
    }
}
