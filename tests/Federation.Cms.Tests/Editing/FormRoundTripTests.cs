using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing.Forms;
using Federation.Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Editing;

/// <summary>The edit form shows every field of an item and gives it back unchanged; what cannot be read is named by its field.</summary>
public sealed class FormRoundTripTests
{
    [Fact]
    public async Task EverySeededItem_OpenedAndSavedThroughTheForm_IsUnchanged()
    {
        await using var store = await TestStore.OpenAsync();
        await store.Importer.ImportAsync(RepositoryPaths.ContentExport);
        var references = store.Services.GetRequiredService<ItemReferences>();
        var reader = store.Services.GetRequiredService<FormReader>();

        var items = store.Snapshots.Current.Items.Select(i => i.Document).ToList();
        Assert.NotEmpty(items);
        foreach (var document in items)
        {
            var form = await FormValues.FromAsync(document, references);
            var (read, state) = await reader.ReadAsync(document.Type, document.Id, form.Values);

            Assert.False(state.HasProblems, $"{document.ChineseText.Slug}: {string.Join("; ", state.AllProblems)}");
            Assert.Equal(ContentJson.Serialize(document), ContentJson.Serialize(read!));
        }
    }

    [Fact]
    public async Task ForumWithAgendaTimesAndRelatedItems_RoundTripsThroughTheForm()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News();
        await store.Editor.SaveAsync(news, "editor");
        var start = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));
        var forum = new ContentDocument
        {
            Id = Guid.NewGuid(), Type = ContentType.Forum, Author = "李编辑", Related = [news.Id],
            Fields = new ForumFields { Start = start, End = start.AddHours(8), Format = ForumFormat.Hybrid, Registration = new ForumRegistration { Deadline = start.AddDays(-3), Capacity = 200 } },
            Cultures = new Dictionary<string, CultureText>
            {
                [Cultures.Chinese] = new ForumText
                {
                    Title = "养老服务论坛", Slug = "elderly-care-forum", Tags = ["养老", "论坛"], CoOrganisers = ["甲", "乙"],
                    Agenda = [new AgendaEntry { Time = "09:30", Title = "开幕", Speakers = ["嘉宾甲", "嘉宾乙"] }, new AgendaEntry { Title = "圆桌" }],
                    Registration = new ForumRegistrationText { How = "在线报名", Fee = "免费" }, Body = "<p>论坛介绍。</p>",
                },
            },
        };

        var form = await FormValues.FromAsync(forum, store.Services.GetRequiredService<ItemReferences>());
        var (read, state) = await store.Services.GetRequiredService<FormReader>().ReadAsync(ContentType.Forum, forum.Id, form.Values);

        Assert.Equal("2026-12-01T09:30", form.Value("fields.start"));
        Assert.Equal("news/annual-meeting", form.Value("related"));
        Assert.Equal("嘉宾甲\n嘉宾乙", form.Value("cultures.zh-CN.agenda[0].speakers"));
        Assert.False(state.HasProblems, string.Join("; ", state.AllProblems));
        Assert.Equal(ContentJson.Serialize(forum), ContentJson.Serialize(read!));
    }

    [Fact]
    public async Task UnreadableValues_AreEachNamedByTheirField_AndNothingIsReturned()
    {
        await using var store = await TestStore.OpenAsync();
        var reader = store.Services.GetRequiredService<FormReader>();

        var (read, state) = await reader.ReadAsync(ContentType.Course, Guid.NewGuid(), new Dictionary<string, string>
        {
            ["cultures.zh-CN.title"] = "培训", ["cultures.zh-CN.slug"] = "a-course",
            ["fields.kind"] = "noSuchKind", ["fields.start"] = "2026-13-01", ["fields.feeYuan"] = "四百",
            ["fields.registrationDeadline"] = "tomorrow", ["fields.sessions[0].end"] = "2026-12-01T17:00",
            ["related"] = "news/no-such-news\nnot-a-reference",
        });

        Assert.Null(read);
        Assert.Equal(["请从列表中选择。"], state.ProblemsAt("fields.kind"));
        Assert.Equal(["请填写日期，如 2026-12-01。"], state.ProblemsAt("fields.start"));
        Assert.Equal(["请填写金额，如 480 或 1200.50。"], state.ProblemsAt("fields.feeYuan"));
        Assert.Equal(["请填写日期和时间，如 2026-12-01 09:30。"], state.ProblemsAt("fields.registrationDeadline"));
        Assert.Equal(["请填写，或清空这一行。"], state.ProblemsAt("fields.sessions[0].start"));
        Assert.Equal(2, state.ProblemsAt("related").Count);
        Assert.Equal("四百", state.Value("fields.feeYuan"));
    }

    [Fact]
    public async Task EnglishColumn_LeftEmptyIsNoEnglishText_ButStartedItMustHaveTitleAndSlug()
    {
        await using var store = await TestStore.OpenAsync();
        var reader = store.Services.GetRequiredService<FormReader>();
        var chinese = new Dictionary<string, string> { ["cultures.zh-CN.title"] = "通知", ["cultures.zh-CN.slug"] = "notice", ["fields.category"] = "notice", ["cultures.en.tags"] = "  " };

        var (onlyChinese, _) = await reader.ReadAsync(ContentType.News, Guid.NewGuid(), chinese);
        var (started, state) = await reader.ReadAsync(ContentType.News, Guid.NewGuid(), new Dictionary<string, string>(chinese) { ["cultures.en.summary"] = "A notice." });

        Assert.Equal([Cultures.Chinese], onlyChinese!.Cultures.Keys);
        Assert.Null(started);
        Assert.Equal(["请填写。"], state.ProblemsAt("cultures.en.title"));
        Assert.NotEmpty(state.ProblemsAt("cultures.en.slug"));
    }
}
