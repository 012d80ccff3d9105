using Federation.Cms.Content.Types;

namespace Federation.Cms.Content;

/// <summary>The Federation's names for the values of the content model's choices, in both cultures: 专访 / Interview.</summary>
public static class ContentVocabulary
{
    static readonly Dictionary<Enum, string> Chinese = new()
    {
        [NewsCategory.Federation] = "联合会动态", [NewsCategory.Industry] = "行业资讯", [NewsCategory.Interview] = "专访",
        [NewsCategory.Policy] = "政策解读", [NewsCategory.Notice] = "通知公告",
        [ForumFormat.OnSite] = "线下", [ForumFormat.Online] = "线上", [ForumFormat.Hybrid] = "线上线下结合",
        [StandardStatus.ForComment] = "征求意见稿", [StandardStatus.Issued] = "已发布", [StandardStatus.InForce] = "现行",
        [StandardStatus.Withdrawn] = "废止", [StandardStatus.Superseded] = "被代替",
        [CourseKind.SkillAssessment] = "职业技能等级认定", [CourseKind.ContinuingEducation] = "继续教育", [CourseKind.SpecialTraining] = "专项培训",
        [SkillLevel.Level5] = "五级", [SkillLevel.Level4] = "四级", [SkillLevel.Level3] = "三级", [SkillLevel.Level2] = "二级", [SkillLevel.Level1] = "一级",
        [ShowcaseKind.SpecialAction] = "专项行动", [ShowcaseKind.BrandCase] = "品牌案例", [ShowcaseKind.NewConcept] = "新概念",
    };

    static readonly Dictionary<Enum, string> English = new()
    {
        [NewsCategory.Federation] = "Federation news", [NewsCategory.Industry] = "Industry news", [NewsCategory.Interview] = "Interview",
        [NewsCategory.Policy] = "Policy explained", [NewsCategory.Notice] = "Notice",
        [ForumFormat.OnSite] = "On site", [ForumFormat.Online] = "Online", [ForumFormat.Hybrid] = "On site and online",
        [StandardStatus.ForComment] = "Draft for comment", [StandardStatus.Issued] = "Issued", [StandardStatus.InForce] = "In force",
        [StandardStatus.Withdrawn] = "Withdrawn", [StandardStatus.Superseded] = "Superseded",
        [CourseKind.SkillAssessment] = "Skill-level assessment", [CourseKind.ContinuingEducation] = "Continuing education", [CourseKind.SpecialTraining] = "Special training",
        [SkillLevel.Level5] = "Level 5", [SkillLevel.Level4] = "Level 4", [SkillLevel.Level3] = "Level 3", [SkillLevel.Level2] = "Level 2", [SkillLevel.Level1] = "Level 1",
        [ShowcaseKind.SpecialAction] = "Special action", [ShowcaseKind.BrandCase] = "Brand case", [ShowcaseKind.NewConcept] = "New concept",
    };

    /// <summary>The name of <paramref name="value"/> in <paramref name="culture"/> (zh-CN unless it is en).</summary>
    public static string Name(Enum value, string culture = Cultures.Chinese) =>
        (culture == Cultures.English ? English : Chinese).TryGetValue(value, out var name) ? name : value.ToString();
}
