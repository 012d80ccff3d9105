using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Benchmarks.Search;

/// <summary>One search of the benchmark's mix: what a reader might ask, named as the figures print it.</summary>
internal sealed record BenchQuery(string Name, SearchRequest Request)
{
    public override string ToString() => Name;
}

/// <summary>
/// The fixed mix of searches measured against <see cref="SearchCorpus"/>: one and two Chinese characters, Chinese
/// words, English words, a standard's code, with and without a type, year or tag filter, best match and newest first,
/// the first page and deep ones. Each asks for a page of 20 with highlights and facets, as the search page does.
/// </summary>
internal static class SearchQueries
{
    public static IReadOnlyList<BenchQuery> Mix(int items) =>
    [
        new("养 (1 character)", new() { Text = "养" }),
        new("标准 (2 characters)", new() { Text = "标准" }),
        new("服务 (2 characters, in most texts)", new() { Text = "服务" }),
        new("养老服务 (a word)", new() { Text = "养老服务" }),
        new("长三角 数字化转型 (two words)", new() { Text = "长三角 数字化转型" }),
        new("高质量发展的营商环境 (a phrase)", new() { Text = "高质量发展的营商环境" }),
        new("AI 平台 (English and Chinese)", new() { Text = "AI 平台" }),
        new("服务, standards only", new() { Text = "服务", Types = [ContentType.Standard] }),
        new("人工智能, 2023 only", new() { Text = "人工智能", Year = 2023 }),
        new("品牌, tag 城市更新", new() { Text = "品牌", Tag = "城市更新" }),
        new("培训 证书, courses, newest", new() { Text = "培训 证书", Types = [ContentType.Course], Order = SearchOrder.Newest }),
        new("金融科技, newest", new() { Text = "金融科技", Order = SearchOrder.Newest }),
        new("服务, page 101", new() { Text = "服务", Offset = 2_000 }),
        new("会员单位, newest, page 26", new() { Text = "会员单位", Order = SearchOrder.Newest, Offset = 500 }),
        new("a standard's code", new() { Text = SearchCorpus.Of(20 * (items / 40) + 13)[0].Code! }),
        new("en: standard", new() { Text = "standard", Culture = Cultures.English }),
        new("en: digital transformation", new() { Text = "digital transformation", Culture = Cultures.English }),
        new("en: elderly care services, 2024 only", new() { Text = "elderly care services", Culture = Cultures.English, Year = 2024 }),
        new("en: smart community, newest, page 51", new() { Text = "smart community", Culture = Cultures.English, Order = SearchOrder.Newest, Offset = 1_000 }),
    ];
}
