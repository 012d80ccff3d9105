using Federation.Cms.Content;
using Federation.Cms.Content.Types;

namespace Federation.Web.Site;

/// <summary>The words of the site's own interface, per culture. Content words come from the content.</summary>
internal sealed record SiteLabels
{
    public required string Culture { get; init; }
    public required string SiteName { get; init; }
    public required string Tagline { get; init; }
    public required string Home { get; init; }
    public required string News { get; init; }
    public required string Forums { get; init; }
    public required string Standards { get; init; }
    public required string Training { get; init; }
    public required string Brand { get; init; }
    public required string About { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageName { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainMenu { get; init; }
    public required string LargerText { get; init; }
    public required string ShanghaiTime { get; init; }
    public required string More { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string PageOf { get; init; }
    public required string NothingYet { get; init; }
    public required string NotAnnounced { get; init; }
    public required string Category { get; init; }
    public required string Byline { get; init; }
    public required string Photographer { get; init; }
    public required string Source { get; init; }
    public required string Published { get; init; }
    public required string Tags { get; init; }
    public required string Related { get; init; }
    public required string Time { get; init; }
    public required string Venue { get; init; }
    public required string Format { get; init; }
    public required string Organiser { get; init; }
    public required string CoOrganisers { get; init; }
    public required string Platform { get; init; }
    public required string Agenda { get; init; }
    public required string Sessions { get; init; }
    public required string Registration { get; init; }
    public required string RegistrationDeadline { get; init; }
    public required string Capacity { get; init; }
    public required string Fee { get; init; }
    public required string Contact { get; init; }
    public required string Code { get; init; }
    public required string Status { get; init; }
    public required string Domain { get; init; }
    public required string IssuingBody { get; init; }
    public required string DraftingOrganisations { get; init; }
    public required string PublicationDate { get; init; }
    public required string ImplementationDate { get; init; }
    public required string CommentDeadline { get; init; }
    public required string Scope { get; init; }
    public required string Supersedes { get; init; }
    public required string SupersededBy { get; init; }
    public required string FullText { get; init; }
    public required string NationalRegistration { get; init; }
    public required string Kind { get; init; }
    public required string Occupation { get; init; }
    public required string Level { get; init; }
    public required string Dates { get; init; }
    public required string Location { get; init; }
    public required string Online { get; init; }
    public required string Eligibility { get; init; }
    public required string Certificate { get; init; }
    public required string Focus { get; init; }
    public required string TypicalCases { get; init; }
    public required string LeadOrganisations { get; init; }
    public required string SpecialActions { get; init; }
    public required string NewConcepts { get; init; }
    public required string BrandCases { get; init; }
    public required string InThisSection { get; init; }
    public required string ChineseOnly { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string BackHome { get; init; }
    public required string ForbiddenTitle { get; init; }
    public required string ForbiddenText { get; init; }
    public required string PreviewNotice { get; init; }
    public required string Latest { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Subscribe { get; init; }
    public required string AddToCalendar { get; init; }

    /// <summary>The label of an enum value, e.g. 专访 for <see cref="NewsCategory.Interview"/>.</summary>
    public string Of(Enum value) => ContentVocabulary.Name(value, Culture);

    /// <summary>The labels of <paramref name="culture"/>.</summary>
    public static SiteLabels For(string culture) => culture == Cultures.English ? English : Chinese;

    public static SiteLabels Chinese { get; } = new()
    {
        Culture = Cultures.Chinese, SiteName = "上海现代服务业联合会", Tagline = "服务企业　服务会员　服务社会",
        Home = "首页", News = "新闻动态", Forums = "论坛活动", Standards = "团体标准", Training = "培训中心", Brand = "上海服务", About = "关于联合会",
        OtherLanguage = "English", OtherLanguageName = "English", SkipToContent = "跳到正文", MainMenu = "主菜单", LargerText = "大字模式", ShanghaiTime = "（北京时间）", More = "更多",
        Previous = "上一页", Next = "下一页", PageOf = "第 {0} 页，共 {1} 页", NothingYet = "暂无内容。", NotAnnounced = "待公布",
        Category = "栏目", Byline = "撰文", Photographer = "摄影", Source = "来源", Published = "发布日期", Tags = "标签", Related = "相关内容",
        Time = "时间", Venue = "地点", Format = "形式", Organiser = "主办单位", CoOrganisers = "协办单位", Platform = "平台", Agenda = "议程", Sessions = "场次",
        Registration = "报名方式", RegistrationDeadline = "报名截止", Capacity = "名额", Fee = "费用", Contact = "联系方式",
        Code = "标准编号", Status = "状态", Domain = "领域", IssuingBody = "发布单位", DraftingOrganisations = "起草单位",
        PublicationDate = "发布日期", ImplementationDate = "实施日期", CommentDeadline = "意见反馈截止", Scope = "范围",
        Supersedes = "代替标准", SupersededBy = "被以下标准代替", FullText = "全文下载", NationalRegistration = "全国团体标准信息平台",
        Kind = "类别", Occupation = "职业（工种）", Level = "等级", Dates = "日期", Location = "地点", Online = "线上授课",
        Eligibility = "报名条件", Certificate = "证书", Focus = "重点", TypicalCases = "典型案例", LeadOrganisations = "牵头单位",
        SpecialActions = "专项行动", NewConcepts = "新概念", BrandCases = "品牌案例", InThisSection = "本栏目",
        ChineseOnly = "本文暂无英文版本。", NotFoundTitle = "页面不存在", NotFoundText = "您要找的页面不存在或已移除。",
        ErrorTitle = "出错了", ErrorText = "服务器暂时无法完成请求，请稍后再试。", BackHome = "返回首页", ForbiddenTitle = "无法打开此页面", ForbiddenText = "预览链接无效或已过期，请向编辑索取新的链接。",
        PreviewNotice = "预览：第 {0} 版，尚未发布，读者看不到。此链接有效至 {1}（北京时间）。", Latest = "最新动态", Yes = "是", No = "否",
        Subscribe = "订阅", AddToCalendar = "添加到日历",
    };

    public static SiteLabels English { get; } = new()
    {
        Culture = Cultures.English, SiteName = "Shanghai Modern Service Industry Federation", Tagline = "Serving enterprises, members and society",
        Home = "Home", News = "News", Forums = "Forums & events", Standards = "Group standards", Training = "Training", Brand = "Shanghai Service", About = "About us",
        OtherLanguage = "中文", OtherLanguageName = "简体中文", SkipToContent = "Skip to content", MainMenu = "Main menu", LargerText = "Larger text", ShanghaiTime = " (Shanghai time, UTC+8)", More = "More",
        Previous = "Previous", Next = "Next", PageOf = "Page {0} of {1}", NothingYet = "Nothing here yet.", NotAnnounced = "To be announced",
        Category = "Category", Byline = "Text", Photographer = "Photos", Source = "Source", Published = "Published", Tags = "Tags", Related = "Related",
        Time = "Time", Venue = "Venue", Format = "Format", Organiser = "Organiser", CoOrganisers = "Co-organisers", Platform = "Platform", Agenda = "Agenda", Sessions = "Sessions",
        Registration = "How to register", RegistrationDeadline = "Registration deadline", Capacity = "Places", Fee = "Fee", Contact = "Contact",
        Code = "Code", Status = "Status", Domain = "Domain", IssuingBody = "Issued by", DraftingOrganisations = "Drafted by",
        PublicationDate = "Published", ImplementationDate = "In force from", CommentDeadline = "Comments close", Scope = "Scope",
        Supersedes = "Replaces", SupersededBy = "Replaced by", FullText = "Full text (PDF)", NationalRegistration = "National group standards platform",
        Kind = "Kind", Occupation = "Occupation", Level = "Level", Dates = "Dates", Location = "Location", Online = "Online",
        Eligibility = "Who may enrol", Certificate = "Certificate", Focus = "Focus", TypicalCases = "Typical cases", LeadOrganisations = "Led by",
        SpecialActions = "Special actions", NewConcepts = "New concepts", BrandCases = "Brand cases", InThisSection = "In this section",
        ChineseOnly = "This item is not yet available in English; the Chinese text follows.", NotFoundTitle = "Page not found",
        NotFoundText = "The page you are looking for does not exist or has been removed.", ErrorTitle = "Something went wrong",
        ErrorText = "The server could not complete your request. Please try again later.", BackHome = "Back to the home page", ForbiddenTitle = "This page cannot be opened",
        ForbiddenText = "The preview link is not valid or has expired; ask the editor for a new one.",
        PreviewNotice = "Preview: version {0}, not published and not visible to readers. This link works until {1} (Shanghai time).", Latest = "Latest", Yes = "Yes", No = "No",
        Subscribe = "Subscribe", AddToCalendar = "Add to calendar",
    };
}
