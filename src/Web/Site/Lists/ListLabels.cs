using Federation.Cms.Content;

namespace Federation.Web.Site.Lists;

/// <summary>The words of the list pages' filters, sorting and status badges, per culture.</summary>
internal sealed record ListLabels
{
    public required string Filter { get; init; }
    public required string All { get; init; }
    public required string ClearFilters { get; init; }
    public required string OneResult { get; init; }
    public required string Results { get; init; }
    public required string Upcoming { get; init; }
    public required string Past { get; init; }
    public required string TimeNotAnnounced { get; init; }
    public required string Sort { get; init; }
    public required string SortNewest { get; init; }
    public required string SortOldest { get; init; }
    public required string SortCode { get; init; }
    public required string SortTitle { get; init; }
    public required string Year { get; init; }
    public required string OpenOnly { get; init; }
    public required string RegistrationOpen { get; init; }
    public required string RegistrationClosed { get; init; }
    public required string RegistrationNotAnnounced { get; init; }
    public required string OpenForComment { get; init; }
    public required string CommentClosed { get; init; }
    public required string Until { get; init; }
    public required string PopularTags { get; init; }
    public required string TaggedWith { get; init; }
    public required string RemoveFilter { get; init; }
    public required string InvalidValue { get; init; }
    public required string InvalidPage { get; init; }
    public required string NoMatches { get; init; }

    /// <summary>"共 3 条" or "3 items".</summary>
    public string Count(int count) => string.Format(System.Globalization.CultureInfo.CurrentCulture, count == 1 ? OneResult : Results, count);

    public static ListLabels For(string culture) => culture == Cultures.English ? English : Chinese;

    public static ListLabels Chinese { get; } = new()
    {
        Filter = "筛选", All = "全部", ClearFilters = "清除筛选", OneResult = "共 {0} 条", Results = "共 {0} 条",
        Upcoming = "即将举行", Past = "往期回顾", TimeNotAnnounced = "时间待公布",
        Sort = "排序", SortNewest = "发布日期（新→旧）", SortOldest = "发布日期（旧→新）", SortCode = "标准编号", SortTitle = "标题",
        Year = "发布年份", OpenOnly = "只看正在报名的",
        RegistrationOpen = "报名中", RegistrationClosed = "报名已截止", RegistrationNotAnnounced = "报名信息待公布",
        OpenForComment = "征求意见中", CommentClosed = "意见征求已截止", Until = "截止",
        PopularTags = "热门标签", TaggedWith = "标签", RemoveFilter = "移除筛选条件",
        InvalidValue = "筛选条件 {0} 的值“{1}”无法识别，已忽略。", InvalidPage = "页码“{0}”无法识别，已显示第 1 页。",
        NoMatches = "没有符合条件的内容。",
    };

    public static ListLabels English { get; } = new()
    {
        Filter = "Filter", All = "All", ClearFilters = "Clear filters", OneResult = "{0} item", Results = "{0} items",
        Upcoming = "Upcoming", Past = "Past", TimeNotAnnounced = "Date to be announced",
        Sort = "Sort by", SortNewest = "Newest first", SortOldest = "Oldest first", SortCode = "Code", SortTitle = "Title",
        Year = "Year published", OpenOnly = "Open for registration only",
        RegistrationOpen = "Registration open", RegistrationClosed = "Registration closed", RegistrationNotAnnounced = "Registration details to be announced",
        OpenForComment = "Open for comment", CommentClosed = "Comment period closed", Until = "until",
        PopularTags = "Popular tags", TaggedWith = "Tag", RemoveFilter = "Remove filter",
        InvalidValue = "“{1}” is not a value the {0} filter knows; it was ignored.", InvalidPage = "“{0}” is not a page number; showing page 1.",
        NoMatches = "Nothing matches these filters.",
    };
}
