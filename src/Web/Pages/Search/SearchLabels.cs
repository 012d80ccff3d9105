using Federation.Cms.Content;

namespace Federation.Web.Pages.Search;

/// <summary>The words of the search box and the search page, per culture.</summary>
internal sealed record SearchLabels
{
    public required string Search { get; init; }
    public required string SearchSite { get; init; }
    public required string Placeholder { get; init; }
    public required string ResultsFor { get; init; }
    public required string NothingFound { get; init; }
    public required string Prompt { get; init; }
    public required string AllTypes { get; init; }
    public required string ByType { get; init; }

    public static SearchLabels For(string culture) => culture == Cultures.English ? English : Chinese;

    public static SearchLabels Chinese { get; } = new()
    {
        Search = "搜索", SearchSite = "站内搜索", Placeholder = "新闻、标准、论坛、培训……", ResultsFor = "“{0}”的搜索结果",
        NothingFound = "没有找到与“{0}”相关的内容，请换个词试试。", Prompt = "请输入要搜索的词语，例如“团体标准”或“专项行动”。",
        AllTypes = "全部", ByType = "按栏目",
    };

    public static SearchLabels English { get; } = new()
    {
        Search = "Search", SearchSite = "Search the site", Placeholder = "News, standards, forums, training…", ResultsFor = "Results for “{0}”",
        NothingFound = "Nothing was found for “{0}”. Try other words.", Prompt = "Type the words to search for, for example “group standards” or “special action”.",
        AllTypes = "All", ByType = "By section",
    };
}
