using System.Net;
using System.Text.Json;

namespace Federation.Web.Tests.Search;

/// <summary><c>/search/suggest</c>: titles and their pages for what a reader has typed, in the reader's culture; never an error, whatever was typed.</summary>
public sealed class SuggestionsTests(FederationSite site) : IClassFixture<FederationSite>
{
    sealed record Suggestion(string Title, string Url, string Type, string Section);

    sealed record Answer(string Query, IReadOnlyList<Suggestion> Suggestions);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    async Task<(HttpResponseMessage Response, Answer Answer)> SuggestAsync(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response, JsonSerializer.Deserialize<Answer>(await response.Content.ReadAsStringAsync(), Json)!);
    }

    [Theory]
    [InlineData("/search/suggest?q=", "上海现代服务业团体", "上海现代服务业团体标准编制指南", "/standards/shanghai-modern-service-group-standard-drafting-guide", "团体标准")]
    [InlineData("/en/search/suggest?q=", "Guide to Draf", "Guide to Drafting Shanghai Modern Service Industry Group Standards", "/en/standards/shanghai-modern-service-group-standard-drafting-guide", "Group standards")]
    public async Task APrefixOfATitle_OffersThatTitle_WithItsPageInTheReadersCulture(string endpoint, string typed, string title, string url, string section)
    {
        var (response, answer) = await SuggestAsync(endpoint + Uri.EscapeDataString(typed));
        var page = await site.CreateClient().GetAsync(answer.Suggestions[0].Url);

        Assert.Equal(typed, answer.Query);
        Assert.Equal(new Suggestion(title, url, "standard", section), answer.Suggestions[0]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: > 0 and <= 300 }, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task AWordInManyTitles_OffersEightAtMost()
    {
        var (_, answer) = await SuggestAsync("/search/suggest?q=" + Uri.EscapeDataString("专项行动"));

        Assert.Equal(8, answer.Suggestions.Count);
        Assert.All(answer.Suggestions, s => Assert.Contains("专项行动", s.Title, StringComparison.Ordinal));
        Assert.All(answer.Suggestions, s => Assert.StartsWith("/brand/", s.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20%20%20")]
    [InlineData("?q=%EF%BC%8C%E3%80%82%EF%BC%81%3F%21")]
    [InlineData("?q=%2B-%26%26%7C%7C!()%7B%7D%5B%5D%5E%22~*%3F%3A%5C%2F")]
    [InlineData("?q=%22%22%22")]
    public async Task PunctuationOrNothing_OffersNothing(string query)
    {
        var (_, answer) = await SuggestAsync("/search/suggest" + query);

        Assert.Empty(answer.Suggestions);
    }

    [Theory]
    [InlineData("%E4%B8%93%E9%A1%B9")]
    [InlineData("a")]
    public async Task TenThousandCharacters_OfferNothing(string repeated)
    {
        var (_, answer) = await SuggestAsync("/en/search/suggest?q=" + string.Concat(Enumerable.Repeat(repeated, 10_000)));

        Assert.Empty(answer.Suggestions);
        Assert.True(answer.Query.Length <= 256, "the whole text was echoed");
    }

    [Theory]
    [InlineData("title%3A(%E6%A0%87%E5%87%86%20AND%20*)%5E2%20~%5B")]
    [InlineData("%22%E6%A0%87%E5%87%86")]
    [InlineData("%E6%A0%87%E5%87%86%22%22%22")]
    [InlineData("%FF%FE")]
    public async Task QuerySyntax_IsReadAsPlainWords(string query)
    {
        var (_, answer) = await SuggestAsync("/search/suggest?q=" + query);

        Assert.All(answer.Suggestions, s => Assert.Contains("标准", s.Title, StringComparison.Ordinal));
    }
}
