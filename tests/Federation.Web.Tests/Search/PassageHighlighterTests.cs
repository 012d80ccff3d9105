using Federation.Api.Search.Engine;
using Federation.Api.Search.Lucene;

namespace Federation.Web.Tests.Search;

/// <summary>The passage shown under a search result, and its marked words.</summary>
public sealed class PassageHighlighterTests
{
    static readonly IReadOnlySet<string> ElderlyCare = new HashSet<string>(StringComparer.Ordinal) { "养老", "老服", "服务" };

    [Fact]
    public void Highlight_TitleAndASummaryWithEveryWord_GivesBothMarked()
    {
        var highlights = PassageHighlighter.Highlight(Fields(title: "社区养老服务指南", summary: "关于养老服务的指南。", body: "正文也写养老服务。"), ElderlyCare);

        Assert.Equal([SearchFields.Title, SearchFields.Summary], highlights.Select(h => h.Field));
        Assert.Equal([new MarkedSpan(2, 4)], highlights[0].Marks);
        Assert.Equal("关于养老服务的指南。", highlights[1].Text);
        Assert.Equal([new MarkedSpan(2, 4)], highlights[1].Marks);
    }

    [Fact]
    public void Highlight_LongBody_GivesTheFirstPassageWithEveryWord_AllOfItsWordsMarked()
    {
        var filler = string.Concat(Enumerable.Repeat("这是一段很长的正文。", 300));
        var body = filler + "只谈养老的一句。" + filler + "社区养老服务，养老服务中心。" + filler + "后面的养老服务。";

        var passage = Assert.Single(PassageHighlighter.Highlight(Fields(title: "标题", summary: "摘要", body: body), ElderlyCare));

        Assert.Equal(SearchFields.Body, passage.Field);
        var first = passage.Text.IndexOf("社区养老服务，养老服务中心。", StringComparison.Ordinal);
        Assert.True(first > 0, passage.Text);
        Assert.Equal([new MarkedSpan(first + 2, 4), new MarkedSpan(first + 7, 4)], passage.Marks);
    }

    static Func<string, string> Fields(string title, string summary, string body) => field => field switch
    {
        SearchFields.Title => title,
        SearchFields.Summary => summary,
        SearchFields.Body => body,
        _ => "",
    };
}
