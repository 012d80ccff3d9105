namespace Federation.E2E.Support;

/// <summary>One of each kind of page a reader meets, in both cultures, with the status it answers.</summary>
public sealed record SitePage(string Name, string Chinese, string English, int Status = 200)
{
    public static IReadOnlyList<SitePage> All { get; } =
    [
        new("home", "/", "/en"),
        new("news-list", "/news", "/en/news"),
        new("news-by-category", "/news?category=interview", "/en/news?category=interview"),
        new("news-article", Item("news", Specimens.NewsSlug)),
        new("news-interview", Seeded("news", "interview-zheng-huiqiang")),
        new("forum-list", "/forums", "/en/forums"),
        new("forum", Item("forums", Specimens.ForumSlug)),
        new("standards-catalogue", "/standards", "/en/standards"),
        new("standards-filtered", "/standards?status=forComment&sort=code", "/en/standards?status=forComment&sort=code"),
        new("standard-draft", Item("standards", Specimens.StandardSlug)),
        new("standard-superseded", Item("standards", Specimens.SupersededStandardSlug)),
        new("training-list", "/training", "/en/training"),
        new("training-open", "/training?open=1", "/en/training?open=1"),
        new("course", Item("training", Specimens.CourseSlug)),
        new("brand", "/brand", "/en/brand"),
        new("special-action", Seeded("brand", "special-action-01-financial-services")),
        new("new-concept", Seeded("brand", "concept-shanghai-quality")),
        new("about", "/about", "/en/about"),
        new("platform", Seeded("about", "yangtze-delta-alliance")),
        new("committees", Seeded("about", "committees")),
        new("contact", Seeded("about", "contact")),
        new("search", "/search?q=%E6%A0%87%E5%87%86", "/en/search?q=standard"),
        new("search-nothing-found", "/search?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E8%AF%8D", "/en/search?q=zzzzqqq"),
        new("bad-filter", "/standards?status=bogus", "/en/standards?status=bogus", Status: 400),
        new("not-found", "/no-such-page", "/en/no-such-page", Status: 404),
        // What a reader sees when a page fails: the exception handler re-runs this page.
        new("server-error", "/status/500", "/en/status/500", Status: 500),
    ];

    SitePage(string name, (string Chinese, string English) paths) : this(name, paths.Chinese, paths.English) { }

    public string Path(string culture) => culture == "en" ? English : Chinese;

    public static SitePage Named(string name) => All.Single(p => p.Name == name);

    public static TheoryData<string, string> InBothCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in All)
        {
            data.Add(page.Name, "zh-CN");
            data.Add(page.Name, "en");
        }

        return data;
    }

    /// <summary>An item of the Federation's own content, found by its zh-CN slug.</summary>
    static (string, string) Seeded(string section, string slug)
    {
        var item = SeededItem.All.Single(i => i.Section == section && i.Cultures["zh-CN"].Slug == slug);
        return (item.Url("zh-CN"), item.Url("en"));
    }

    /// <summary>A specimen: the same slug in both cultures.</summary>
    static (string, string) Item(string section, string slug) => ($"/{section}/{slug}", $"/en/{section}/{slug}");
}
