using Federation.Cms.Content;

namespace Federation.Web.Pages.Search;

/// <summary>The words of the search box, the search page and its suggestions, per culture.</summary>
internal sealed record SearchLabels
{
    public required string Search { get; init; }
    public required string SearchSite { get; init; }
    public required string Placeholder { get; init; }
    public required string ResultsFor { get; init; }
    public required string NothingFound { get; init; }
    public required string NothingFoundNarrowed { get; init; }
    public required string Prompt { get; init; }
    public required string AllTypes { get; init; }
    public required string ByType { get; init; }
    public required string Year { get; init; }
    public required string Tag { get; init; }
    public required string AnyYear { get; init; }
    public required string AnyTag { get; init; }
    public required string Sort { get; init; }
    public required string Relevance { get; init; }
    public required string Newest { get; init; }
    public required string Filter { get; init; }
    public required string ClearFilters { get; init; }
    public required string RemoveFilter { get; init; }
    public required string Building { get; init; }
    public required string Unavailable { get; init; }

    /// <summary>What a screen reader hears when suggestions appear: "{0}" is how many.</summary>
    public required string SuggestionsShown { get; init; }
    public required string Suggestions { get; init; }

    public static SearchLabels For(string culture) => culture == Cultures.English ? English : Chinese;

    public static SearchLabels Chinese { get; } = new()
    {
        Search = "搜索", SearchSite = "站内搜索", Placeholder = "新闻、标准、论坛、培训……", ResultsFor = "“{0}”的搜索结果",
        NothingFound = "没有找到与“{0}”相关的内容，请换个词试试。", NothingFoundNarrowed = "在所选的范围内没有找到与“{0}”相关的内容。",
        Prompt = "请输入要搜索的词语，例如“团体标准”或“专项行动”。",
        AllTypes = "全部", ByType = "按栏目", Year = "年份", Tag = "标签", AnyYear = "全部年份", AnyTag = "全部标签",
        Sort = "排序", Relevance = "最相关", Newest = "最新", Filter = "筛选", ClearFilters = "清除筛选", RemoveFilter = "移除筛选条件",
        Building = "搜索索引正在建立，稍后即可使用，请过一会儿再试。",
        Unavailable = "搜索服务暂时不可用，请稍后再试。您也可以从上方的栏目浏览全部内容。",
        SuggestionsShown = "有 {0} 条建议，用上下方向键选择。", Suggestions = "搜索建议",
    };

    public static SearchLabels English { get; } = new()
    {
        Search = "Search", SearchSite = "Search the site", Placeholder = "News, standards, forums, training…", ResultsFor = "Results for “{0}”",
        NothingFound = "Nothing was found for “{0}”. Try other words.", NothingFoundNarrowed = "Nothing was found for “{0}” with these filters.",
        Prompt = "Type the words to search for, for example “group standards” or “special action”.",
        AllTypes = "All", ByType = "By section", Year = "Year", Tag = "Tag", AnyYear = "Any year", AnyTag = "Any tag",
        Sort = "Sort by", Relevance = "Best match", Newest = "Newest first", Filter = "Filter", ClearFilters = "Clear filters", RemoveFilter = "Remove filter",
        Building = "The search index is being built. It will be ready shortly; please try again in a moment.",
        Unavailable = "Search is unavailable just now; please try again later. Every section can still be browsed from the menu above.",
        SuggestionsShown = "{0} suggestions; use the up and down arrow keys to choose.", Suggestions = "Suggestions",
    };
}
