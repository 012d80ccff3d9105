using Federation.Cms.Content;
using Federation.Cms.Content.Types;

namespace Federation.Cms.Tests.Support;

/// <summary>Small items for tests that need content of their own.</summary>
internal static class Samples
{
    public static ContentDocument News(string slug = "annual-meeting", string title = "联合会召开年度会员大会", string? body = "<p>会议在上海举行。</p>", Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        Type = ContentType.News,
        Fields = new NewsFields { Category = NewsCategory.Federation },
        Cultures = new Dictionary<string, CultureText>
        {
            [Cultures.Chinese] = new NewsText { Title = title, Slug = slug, Summary = "摘要", Body = body },
            [Cultures.English] = new NewsText { Title = "Annual members' meeting", Slug = slug, Body = "<p>Held in Shanghai.</p>" },
        },
    };

    public static ContentDocument Retitled(ContentDocument document, string title) => document with
    {
        Cultures = document.Cultures.ToDictionary(c => c.Key, c => c.Key == Cultures.Chinese ? c.Value with { Title = title } : c.Value),
    };
}

/// <summary>A content-export folder with one news item whose dates are all set, in Shanghai time.</summary>
internal static class DatedBatch
{
    public static async Task<string> WriteAsync(string folder)
    {
        var news = Samples.News(slug: "dated-notice", title: "带日期的通知") with { Author = "editor@example.org" };
        var state = new ItemState(ContentStatus.Published,
            new DateTimeOffset(2022, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2022, 3, 2, 17, 5, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2022, 3, 2, 8, 0, 0, TimeSpan.FromHours(8)));
        var batch = Path.Combine(folder, "dated");
        Directory.CreateDirectory(Path.Combine(batch, "news"));
        await File.WriteAllTextAsync(
            Path.Combine(batch, "news", "dated-notice.json"), ContentJson.Serialize(news, state) + "\n", new System.Text.UTF8Encoding(false));
        return batch;
    }
}
