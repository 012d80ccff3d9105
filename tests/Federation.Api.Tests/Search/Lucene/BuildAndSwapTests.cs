using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>A rebuild fills a new index beside the live one; searches see one or the other, never half of one.</summary>
public sealed class BuildAndSwapTests : IDisposable
{
    readonly TestIndex index = new();

    [Fact]
    public async Task WhileANewIndexIsBuilt_SearchesReadTheOldOne_UntilTheSwap()
    {
        await index.WithAsync(TestIndex.Document("旧的论坛"));

        await using var build = await index.Engine.BeginBuildAsync(CancellationToken.None);
        await build.AddAsync([TestIndex.Document("新的论坛")], CancellationToken.None);
        Assert.Equal(["旧的论坛"], await TitlesAsync("论坛"));

        await build.SwapAsync(CancellationToken.None);
        Assert.Single((await index.SearchAsync("新的")).Hits);
        Assert.Empty((await index.SearchAsync("旧的")).Hits);
        Assert.Single(Directory.EnumerateDirectories(index.Folder, "index-*"));
    }

    [Fact]
    public async Task ABuildOnOneThread_FindsWhatABuildOnFourFinds_InTheSameOrder()
    {
        // Search:BuildThreads sets how many threads add documents, each into segments of its own; the index must not differ.
        using var fourThreads = new TestIndex(buildThreads: 4);
        using var oneThread = new TestIndex(buildThreads: 1);
        var documents = Enumerable.Range(0, 300).Select(i => TestIndex.Document(
            i % 3 == 0 ? $"第{i}届养老服务论坛" : $"第{i}期职业技能培训", summary: i % 2 == 0 ? "养老服务标准" : "培训课程",
            date: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i))).ToArray();
        await fourThreads.WithAsync(documents);
        await oneThread.WithAsync(documents);

        foreach (var words in new[] { "养老", "培训", "标准", "论坛 课程" })
        {
            var (four, one) = (await fourThreads.SearchAsync(words), await oneThread.SearchAsync(words));
            Assert.True(four.Total > 0, words);
            Assert.Equal(four.Total, one.Total);
            Assert.Equal(fourThreads.Titles(four), oneThread.Titles(one));
        }
    }

    [Fact]
    public async Task ABuildGivenUp_LeavesTheLiveIndexAndNoFolderBehind()
    {
        await index.WithAsync(TestIndex.Document("旧的论坛"));

        await using (var build = await index.Engine.BeginBuildAsync(CancellationToken.None))
        {
            await build.AddAsync([TestIndex.Document("新的论坛")], CancellationToken.None);
        }

        Assert.Equal(["旧的论坛"], await TitlesAsync("论坛"));
        Assert.Single(Directory.EnumerateDirectories(index.Folder, "index-*"));
    }

    [Fact]
    public async Task SearchesDuringManySwaps_AlwaysFindTheItem()
    {
        await index.WithAsync(TestIndex.Document("养老服务论坛"));
        using var stop = new CancellationTokenSource();
        var misses = 0;
        var searches = 0;
        var searcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                misses += (await index.SearchAsync("养老")).Hits.Count == 1 ? 0 : 1;
                searches++;
            }
        });

        for (var i = 0; i < 20; i++)
        {
            await index.WithAsync([TestIndex.Document("养老服务论坛"), .. Enumerable.Range(0, 200).Select(n => TestIndex.Document($"论坛 {n}"))]);
        }

        await stop.CancelAsync();
        await searcher;
        Assert.True(searches > 20, $"only {searches} searches ran");
        Assert.Equal(0, misses);
    }

    [Fact]
    public async Task ChangesToTheLiveIndex_AreSearchableWhenTheCallReturns()
    {
        await index.WithAsync(TestIndex.Document("旧的论坛"));
        var added = TestIndex.Document("新的培训");

        await index.Engine.IndexAsync([added], CancellationToken.None);
        Assert.Single((await index.SearchAsync("培训")).Hits);

        await index.Engine.RemoveAsync([added.Id], CancellationToken.None);
        Assert.Empty((await index.SearchAsync("培训")).Hits);
    }

    [Fact]
    public async Task Stamps_AreReadBackByTheNextProcess()
    {
        var document = TestIndex.Document("论坛") with { Stamp = "a1:3:42" };
        await index.WithAsync(document);
        index.Engine.Dispose();

        using var next = index.Open();
        var stamps = await next.ReadStampsAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<string, string> { [document.Key] = "a1:3:42" }, stamps);
        Assert.Single((await next.SearchAsync(new SearchRequest { Text = "论坛" }, CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task NoIndex_OrADamagedOne_GivesNoStamps_SoItIsRebuilt()
    {
        Assert.Null(await index.Open().ReadStampsAsync(CancellationToken.None));

        await index.WithAsync(TestIndex.Document("论坛"));
        index.Engine.Dispose();
        var live = Directory.EnumerateDirectories(index.Folder, "index-*").Single();
        foreach (var file in Directory.EnumerateFiles(live).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            bytes[bytes.Length / 2] ^= 0x5A;
            await File.WriteAllBytesAsync(file, bytes);
        }

        using var next = index.Open();
        Assert.Null(await next.ReadStampsAsync(CancellationToken.None));
        Assert.Empty((await next.SearchAsync(new SearchRequest { Text = "论坛" }, CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task AnIndexSwappedInByAnotherProcess_IsTakenUp()
    {
        await index.WithAsync(TestIndex.Document("旧的论坛"));
        await index.Engine.ReadStampsAsync(CancellationToken.None);

        using (var other = index.Open())
        {
            await using var build = await other.BeginBuildAsync(CancellationToken.None);
            await build.AddAsync([TestIndex.Document("新的论坛")], CancellationToken.None);
            await build.SwapAsync(CancellationToken.None);
            Assert.False(await index.Engine.FollowSwapAsync(CancellationToken.None), "taken up while the other process still held it");
        }

        Assert.True(await index.Engine.FollowSwapAsync(CancellationToken.None));
        Assert.Single((await index.SearchAsync("新的")).Hits);
        Assert.Single(Directory.EnumerateDirectories(index.Folder, "index-*"));
    }

    async Task<List<string>> TitlesAsync(string text) => await index.TitlesAsync(text, Cultures.Chinese);

    public void Dispose() => index.Dispose();
}
