using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Media;

namespace Federation.E2E.Support;

/// <summary>
/// Test specimens: items that fill every field a page type can show (cover picture, agenda, PDF,
/// supersedes, open registration), which the Federation's own content does not yet have. Each is
/// titled 测试样例 / "Test specimen" and lives only in the test's own store, never in content-export.
/// Dates are relative to now, so registration and comment periods are open whenever the tests run.
/// </summary>
internal static class Specimens
{
    public const string NewsSlug = "specimen-member-assembly";
    public const string ForumSlug = "specimen-service-forum";
    public const string StandardSlug = "specimen-draft-standard";
    public const string SupersededStandardSlug = "specimen-superseded-standard";
    public const string CourseSlug = "specimen-skill-assessment";

    static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static async Task ImportAsync(FederationSite site)
    {
        using var batch = new ImportBatch();
        var now = DateTimeOffset.UtcNow.ToOffset(Shanghai);
        var today = DateOnly.FromDateTime(now.DateTime);
        var forumDay = new DateTimeOffset(now.Date.AddDays(30), Shanghai);

        var picture = batch.AddMedia("assembly.png", "image/png", SpecimenPicture.Png(1200, 675),
            alt: "会员大会会场全景（测试样例图片）", caption: "会员大会现场（测试样例）", credit: "测试样例", width: 1200, height: 675,
            english: new MediaText { Alt = "The assembly hall (test specimen picture)", Caption = "At the members' assembly (test specimen)" });
        var pdf = batch.AddMedia("specimen-standard.pdf", "application/pdf", ImportBatch.Pdf);

        var forum = Item(ContentType.Forum, new ForumFields
        {
            Start = forumDay.AddHours(9), End = forumDay.AddHours(17), Format = ForumFormat.Hybrid,
            Registration = new ForumRegistration { Deadline = forumDay.AddDays(-10).AddHours(17), Capacity = 300 },
        }, new ForumText
        {
            Title = "测试样例：现代服务业创新论坛", Slug = ForumSlug, Summary = "测试用的论坛公告，含议程与报名信息。", Tags = ["测试样例", "论坛"],
            Venue = "测试会场", Address = "上海市测试路 1 号", Organiser = "上海现代服务业联合会", CoOrganisers = ["测试协办单位甲", "测试协办单位乙"],
            Platform = "长三角现代服务业联盟", Contact = "联合会秘书处（测试样例）",
            Registration = new ForumRegistrationText { How = "在线报名（测试样例）", Fee = "免费" },
            Agenda =
            [
                new AgendaEntry { Time = "09:00–09:30", Title = "签到" },
                new AgendaEntry { Time = "09:30–10:30", Title = "主旨演讲（测试样例）", Speakers = ["演讲嘉宾甲"] },
                new AgendaEntry { Time = "10:45–12:00", Title = "圆桌对话（测试样例）", Speakers = ["嘉宾乙", "嘉宾丙"] },
            ],
            Body = "<p>这是一则测试样例论坛公告，用于检查页面的每一个字段。</p>",
        }, new ForumText
        {
            Title = "Test specimen: modern services innovation forum", Slug = ForumSlug, Summary = "A forum announcement for the tests, with agenda and registration.", Tags = ["Test specimen", "Forums"],
            Venue = "Test venue", Address = "1 Test Road, Shanghai", Organiser = "Shanghai Modern Service Industry Federation", CoOrganisers = ["Test co-organiser A", "Test co-organiser B"],
            Platform = "Yangtze River Delta Modern Service Industry Alliance", Contact = "Federation secretariat (test specimen)",
            Registration = new ForumRegistrationText { How = "Register online (test specimen)", Fee = "Free" },
            Agenda =
            [
                new AgendaEntry { Time = "09:00–09:30", Title = "Registration" },
                new AgendaEntry { Time = "09:30–10:30", Title = "Keynote (test specimen)", Speakers = ["Speaker A"] },
                new AgendaEntry { Time = "10:45–12:00", Title = "Round table (test specimen)", Speakers = ["Guest B", "Guest C"] },
            ],
            Body = "<p>A test specimen forum announcement that fills every field of the page.</p>",
        });

        var draft = Guid.NewGuid();
        var superseded = Item(ContentType.Standard, new StandardFields
        {
            Code = "T/SPECIMEN 001-2020", Status = StandardStatus.Superseded, PublicationDate = new DateOnly(2020, 6, 1),
            ImplementationDate = new DateOnly(2020, 7, 1), SupersededBy = [draft],
        }, new StandardText { Title = "测试样例：被代替的服务规范", Slug = SupersededStandardSlug, Domain = "测试领域", Tags = ["测试样例"] },
            new StandardText { Title = "Test specimen: superseded service specification", Slug = SupersededStandardSlug, Domain = "Test domain", Tags = ["Test specimen"] });
        var standard = Item(ContentType.Standard, new StandardFields
        {
            Code = "T/SPECIMEN 002-2026", Status = StandardStatus.ForComment, Ics = "03.080", Ccs = "A12",
            CommentDeadline = today.AddDays(20), FullText = pdf.Id, Supersedes = [superseded.Id],
        }, new StandardText
        {
            Title = "测试样例：服务规范（征求意见稿）", Slug = StandardSlug, Summary = "测试用的征求意见稿。", Tags = ["测试样例"], Domain = "测试领域",
            IssuingBody = "上海现代服务业联合会", DraftingOrganisations = ["测试起草单位甲", "测试起草单位乙"],
            Scope = "<p>本文件规定了测试样例服务的要求。</p>",
        }, new StandardText
        {
            Title = "Test specimen: service specification (draft for comment)", Slug = StandardSlug, Summary = "A draft for comment for the tests.", Tags = ["Test specimen"], Domain = "Test domain",
            IssuingBody = "Shanghai Modern Service Industry Federation", DraftingOrganisations = ["Test drafting organisation A", "Test drafting organisation B"],
            Scope = "<p>This document specifies the requirements of a test specimen service.</p>",
        }) with { Id = draft };

        var course = Item(ContentType.Course, new CourseFields
        {
            Kind = CourseKind.SkillAssessment, Level = SkillLevel.Level3, Start = today.AddDays(40), End = today.AddDays(41),
            Sessions = [new CourseSession { Start = forumDay.AddDays(10).AddHours(9), End = forumDay.AddDays(10).AddHours(16) }],
            Online = false, FeeYuan = 480m, Capacity = 40, RegistrationDeadline = forumDay.AddDays(-5).AddHours(17),
        }, new CourseText
        {
            Title = "测试样例：呼叫中心服务员三级认定", Slug = CourseSlug, Summary = "测试用的职业技能等级认定。", Tags = ["测试样例"],
            Occupation = "呼叫中心服务员", Location = "测试考点", Eligibility = "测试样例报名条件", Certificate = "职业技能等级证书（测试样例）", Contact = "培训中心（测试样例）",
        }, new CourseText
        {
            Title = "Test specimen: call-centre attendant, level 3 assessment", Slug = CourseSlug, Summary = "A skill assessment for the tests.", Tags = ["Test specimen"],
            Occupation = "Call-centre attendant", Location = "Test centre", Eligibility = "Test specimen eligibility", Certificate = "Skill level certificate (test specimen)", Contact = "Training centre (test specimen)",
        });

        var news = Item(ContentType.News, new NewsFields { Category = NewsCategory.Federation }, new NewsText
        {
            Title = "测试样例：联合会召开会员大会", Slug = NewsSlug, Summary = "测试用的新闻，带封面图片、撰文、摄影和来源。", Tags = ["测试样例", "会员大会"],
            Byline = "测试撰稿人", Photographer = "测试摄影师", Source = "联合会秘书处（测试样例）",
            Body = "<p>这是一则测试样例新闻，用于检查新闻页面的每一个字段。</p><h2>会议议题</h2><ul><li>议题一</li><li>议题二</li></ul>",
        }, new NewsText
        {
            Title = "Test specimen: the Federation holds its members' assembly", Slug = NewsSlug, Summary = "A news item for the tests, with a cover picture, byline, photographer and source.", Tags = ["Test specimen", "Members' assembly"],
            Byline = "Test writer", Photographer = "Test photographer", Source = "Federation secretariat (test specimen)",
            Body = "<p>A test specimen news item that fills every field of the article page.</p><h2>On the agenda</h2><ul><li>First item</li><li>Second item</li></ul>",
        }) with { Cover = picture.Id, Related = [forum.Id, standard.Id] };

        foreach (var item in new[] { forum, superseded, standard, course, news })
        {
            batch.AddItem(item, ContentStatus.Published);
        }

        await batch.ImportAsync(site);
    }

    static ContentDocument Item(ContentType type, ContentFields fields, CultureText chinese, CultureText english) => new()
    {
        Id = Guid.NewGuid(), Type = type, Fields = fields, Author = "测试样例",
        Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = chinese, [Cultures.English] = english },
    };
}
