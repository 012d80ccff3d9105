using System.Diagnostics;
using System.Text;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Editing.Forms;
using Federation.Cms.Tests.Support;
using Federation.Cms.Transfer;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Editing;

/// <summary>A save cannot tie up the server: rich text beyond its limits is refused before it is parsed, and what is within them is sanitized quickly.</summary>
public sealed class RichTextLimitsTests
{
    // Generous for a loaded two-core machine: the bound catches work that grows faster than the text, not a slow second.
    static readonly TimeSpan Quickly = TimeSpan.FromSeconds(3);

    static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    static async Task<(ContentValidationException? Refused, TimeSpan Took)> SaveAsync(TestStore store, string body)
    {
        var clock = Stopwatch.StartNew();
        var refused = await Record.ExceptionAsync(() => store.Editor.SaveAsync(Samples.News(body: body), "writer"));
        return ((ContentValidationException?)refused, clock.Elapsed);
    }

    [Fact]
    public async Task FortyThousandNestedDivs_AreRefusedQuickly_WithTheReasonBesideTheField()
    {
        await using var store = await TestStore.OpenAsync();
        var body = Repeat("<div>", 40_000) + "深" + Repeat("</div>", 40_000);

        var (refused, took) = await SaveAsync(store, body);
        var (_, form) = await store.Services.GetRequiredService<FormReader>().ReadAsync(ContentType.News, Guid.NewGuid(), new Dictionary<string, string>
        {
            ["cultures.zh-CN.title"] = "通知", ["cultures.zh-CN.slug"] = "notice", ["fields.category"] = "notice", ["cultures.zh-CN.body"] = body,
        });

        Assert.InRange(took, TimeSpan.Zero, Quickly);
        var problem = Assert.Single(refused!.Problems);
        Assert.Equal(("cultures.zh-CN.body", RichTextLimits.TooDeep), (problem.Field, problem.Message));
        Assert.Equal(["标签嵌套超过 200 层（多为从网页粘贴带入），请清除格式后再保存。"], form.ProblemsAt("cultures.zh-CN.body"));
    }

    [Fact]
    public async Task FourMegabytesOfParagraphs_AreRefusedQuickly()
    {
        await using var store = await TestStore.OpenAsync();

        var (refused, took) = await SaveAsync(store, Repeat("<p>上海现代服务业联合会</p>", 4 * 1024 * 1024 / 37));

        Assert.InRange(took, TimeSpan.Zero, Quickly);
        Assert.Equal(RichTextLimits.TooLarge, Assert.Single(refused!.Problems).Message);
    }

    [Fact]
    public async Task NearlyOneMegabyteOfParagraphs_IsSavedQuickly()
    {
        await using var store = await TestStore.OpenAsync();
        var body = Repeat("<p>上海现代服务业联合会</p>", 1000 * 1000 / 37);

        var (refused, took) = await SaveAsync(store, body);

        Assert.Null(refused);
        Assert.InRange(took, TimeSpan.Zero, Quickly);
    }

    [Fact]
    public async Task AMegabyteOfTableCells_IsSavedOrRefusedQuickly()
    {
        await using var store = await TestStore.OpenAsync();
        var row = "<tr>" + Repeat("<td>1</td>", 10) + "</tr>";

        var (_, took) = await SaveAsync(store, "<table>" + Repeat(row, 1000 * 1000 / row.Length) + "</table>");

        Assert.InRange(took, TimeSpan.Zero, Quickly);
    }

    [Fact]
    public async Task FiftyLevelsOfLists_AndUnclosedParagraphs_StillSave()
    {
        await using var store = await TestStore.OpenAsync();
        var lists = Repeat("<ul><li><p>条目</p>", 50) + Repeat("</li></ul>", 50);
        var unclosed = Repeat("<p>段落", 5_000) + Repeat("<ul><li>一<li>二</ul>", 1_000);

        var news = Samples.News(body: lists + unclosed);
        await store.Editor.SaveAsync(news, "writer");

        var saved = (NewsText)(await store.History.GetAsync(news.Id, 1)).ChineseText;
        Assert.StartsWith(lists, saved.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormattingReopenedAfterEveryBlock_IsRefusedBeforeItMultiplies()
    {
        await using var store = await TestStore.OpenAsync();
        // Each <b> differs, so the parser keeps them all, and reopens all 150 before every "x".
        var opened = "<div>" + string.Concat(Enumerable.Range(0, 150).Select(i => $"<b id=\"b{i}\">")) + "</div>";

        var (refused, took) = await SaveAsync(store, opened + Repeat("<div>x</div>", 2_000));

        Assert.InRange(took, TimeSpan.Zero, Quickly);
        Assert.Equal(RichTextLimits.TooManyElements, Assert.Single(refused!.Problems).Message);
    }

    [Fact]
    public async Task FolderImport_OfADeepBody_NamesTheFileAndField_AndImportsNothing()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = Path.Combine(store.Folder, "deep");
        var (relativePath, json) = HostileLinks.Standard("https://www.ttbz.org.cn/", 0);
        var file = Path.Combine(batch, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, json.Replace("\"scope\": null", $"\"scope\": \"{Repeat("<div>", 40_000)}\"", StringComparison.Ordinal), new UTF8Encoding(false));

        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => store.Importer.ImportAsync(batch));

        var problem = Assert.Single(rejected.Problems);
        Assert.Equal(file, problem.Path);
        Assert.Contains($"cultures.zh-CN.scope {RichTextLimits.TooDeep}", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, store.Snapshots.Current.Count);
    }
}
