using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>Whatever a reader types gives results or none, never an error.</summary>
public sealed class BadInputTests : IDisposable
{
    readonly TestIndex index = new();

    public BadInputTests() => index.WithAsync(
        TestIndex.Document("团体标准 制定指南", body: "title AND body OR (标准)"),
        TestIndex.Document("Group standards guide", culture: Cultures.English)).GetAwaiter().GetResult();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！？、；：")]
    [InlineData("!!! ??? ... ---")]
    public async Task QueriesWithoutWords_FindNothing(string query)
    {
        var found = await index.SearchAsync(query);

        Assert.Empty(found.Hits);
        Assert.Equal(0, found.Total);
        Assert.Empty(await index.Engine.SuggestAsync(query, Cultures.Chinese, 8, CancellationToken.None));
    }

    [Theory]
    [InlineData("\"标准")]
    [InlineData("标准\"\"\"")]
    [InlineData("\\标准 / 标准 && || !")]
    [InlineData("(标准)")]
    public async Task QuerySyntax_AroundAWord_FindsTheWord(string query)
    {
        var found = await index.SearchAsync(query);

        Assert.Equal(["团体标准 制定指南"], index.Titles(found));
    }

    [Theory]
    [InlineData("title:(标准 AND *)^2 ~[")]
    [InlineData("标准* ?准 +标准 -指南 标准~2 {标准 TO 指南}")]
    [InlineData("body OR title")]
    [InlineData("[标准 TO 指南]")]
    public async Task QuerySyntax_MeansNoMoreThanItsWords(string query)
    {
        var words = string.Concat(query.Select(c => char.IsLetterOrDigit(c) ? c : ' '));

        Assert.Equal(index.Titles(await index.SearchAsync(words)), index.Titles(await index.SearchAsync(query)));
    }

    [Fact]
    public async Task AVeryLongQuery_IsCutAndAnswered()
    {
        var query = string.Concat(Enumerable.Repeat("标准 ", 5_000));

        var found = await index.SearchAsync(query);

        Assert.Equal(["团体标准 制定指南"], index.Titles(found));
        Assert.Single(await index.Engine.SuggestAsync(query, Cultures.Chinese, 8, CancellationToken.None));
    }

    [Fact]
    public async Task OutOfRangePaging_IsClamped()
    {
        var found = await index.SearchAsync("标准", with: r => r with { Offset = -5, Count = 100_000 });
        var far = await index.SearchAsync("标准", with: r => r with { Offset = int.MaxValue, Count = 0 });

        Assert.Single(found.Hits);
        Assert.Empty(far.Hits);
    }

    [Fact]
    public async Task Suggestions_CompleteTheWordBeingTyped()
    {
        Assert.Equal(["Group standards guide"], (await index.Engine.SuggestAsync("group stan", Cultures.English, 8, CancellationToken.None)).Select(s => s.Title));
        Assert.Equal(["团体标准 制定指南"], (await index.Engine.SuggestAsync("团体标", Cultures.Chinese, 8, CancellationToken.None)).Select(s => s.Title));
        Assert.Empty(await index.Engine.SuggestAsync("guide group x", Cultures.English, 8, CancellationToken.None));
    }

    public void Dispose() => index.Dispose();
}
