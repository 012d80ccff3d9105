using System.Reflection;

namespace Federation.Cms.Editing.Forms;

/// <summary>The back office's labels and hints for the content model's fields.</summary>
internal static class FormLabels
{
    // "Record.Property" first, then "Property".
    static readonly Dictionary<string, string> Labels = new()
    {
        ["Title"] = "标题", ["Slug"] = "别名（网址）", ["Summary"] = "摘要", ["SeoDescription"] = "搜索引擎描述", ["Tags"] = "标签",
        ["Body"] = "正文", ["Byline"] = "撰文", ["Photographer"] = "摄影", ["Source"] = "来源", ["Category"] = "栏目", ["Featured"] = "首页推荐",
        ["ForumFields.Start"] = "开始时间", ["ForumFields.End"] = "结束时间", ["Format"] = "形式",
        ["ForumFields.Registration"] = "报名", ["ForumText.Registration"] = "报名", ["Deadline"] = "报名截止", ["Capacity"] = "名额",
        ["How"] = "报名方式", ["Fee"] = "费用", ["Venue"] = "地点", ["Address"] = "地址", ["Organiser"] = "主办单位", ["CoOrganisers"] = "协办单位",
        ["Platform"] = "平台", ["Agenda"] = "议程", ["AgendaEntry.Time"] = "时间", ["AgendaEntry.Title"] = "议题", ["Speakers"] = "嘉宾", ["Contact"] = "联系方式",
        ["Code"] = "标准编号", ["StandardFields.Status"] = "状态", ["Ics"] = "ICS 分类号", ["Ccs"] = "CCS 分类号", ["PublicationDate"] = "发布日期",
        ["ImplementationDate"] = "实施日期", ["CommentDeadline"] = "征求意见截止", ["FullText"] = "全文 PDF", ["Supersedes"] = "代替标准", ["SupersededBy"] = "被以下标准代替",
        ["NationalRegistrationUrl"] = "全国团体标准信息平台链接", ["Domain"] = "领域", ["IssuingBody"] = "发布单位", ["DraftingOrganisations"] = "起草单位", ["Scope"] = "范围",
        ["CourseFields.Kind"] = "类别", ["Level"] = "等级", ["CourseFields.Start"] = "开始日期", ["CourseFields.End"] = "结束日期", ["Sessions"] = "场次",
        ["CourseSession.Start"] = "开始时间", ["CourseSession.End"] = "结束时间", ["Online"] = "线上", ["FeeYuan"] = "费用（元）", ["CourseFields.Capacity"] = "名额",
        ["RegistrationDeadline"] = "报名截止", ["Occupation"] = "职业（工种）", ["Location"] = "地点", ["Eligibility"] = "报名条件", ["Certificate"] = "证书",
        ["ShowcaseFields.Kind"] = "类别", ["Number"] = "序号", ["Images"] = "图片", ["Focus"] = "重点", ["TypicalCases"] = "典型案例", ["LeadOrganisations"] = "牵头单位",
        ["Parent"] = "上级页面", ["Order"] = "排序",
    };

    static readonly Dictionary<string, string> Hints = new()
    {
        ["Slug"] = "小写字母、数字和连字符，如 urban-renewal-forum-2026。已发布内容改别名后，旧网址会跳转到新网址。",
        ["SeoDescription"] = "搜索结果和分享卡片中的一两句话；留空则用摘要。",
        ["Tags"] = "每行一个。",
        ["CoOrganisers"] = "每行一个。", ["Speakers"] = "每行一位。", ["DraftingOrganisations"] = "每行一个。", ["TypicalCases"] = "每行一个。", ["LeadOrganisations"] = "每行一个。",
        ["ForumFields.Start"] = "北京时间。", ["ForumFields.End"] = "北京时间。", ["Deadline"] = "北京时间。", ["RegistrationDeadline"] = "北京时间。",
        ["CourseSession.Start"] = "北京时间。", ["CourseSession.End"] = "北京时间。",
        ["CommentDeadline"] = "征求意见稿在这一天（北京时间）结束前接受意见。",
        ["Supersedes"] = "每行一项：标准的别名或 ID。", ["SupersededBy"] = "每行一项：标准的别名或 ID。",
        ["Number"] = "专项行动的序号（1–13）。", ["Order"] = "同一上级下从小到大排列。",
        ["Featured"] = "在首页突出显示。",
    };

    public static string For(PropertyInfo property) =>
        Labels.GetValueOrDefault($"{property.DeclaringType!.Name}.{property.Name}") ?? Labels.GetValueOrDefault(property.Name) ?? property.Name;

    public static string? Hint(PropertyInfo property) =>
        Hints.GetValueOrDefault($"{property.DeclaringType!.Name}.{property.Name}") ?? Hints.GetValueOrDefault(property.Name);
}
