using Federation.Cms.Content.Types;

namespace Federation.Cms.Content;

/// <summary>What the storage and file formats need to know of a content type.</summary>
/// <param name="Type">The content type.</param>
/// <param name="Name">Its name in files (<c>"type": "news"</c>).</param>
/// <param name="Folder">Its folder in content-export.</param>
/// <param name="FieldsType">The CLR type of its culture-invariant fields.</param>
/// <param name="TextType">The CLR type of its per-culture text.</param>
public sealed record ContentTypeInfo(ContentType Type, string Name, string Folder, Type FieldsType, Type TextType)
{
    /// <summary>Every content type, in the order exports and menus list them.</summary>
    public static IReadOnlyList<ContentTypeInfo> All { get; } =
    [
        new(ContentType.News, "news", "news", typeof(NewsFields), typeof(NewsText)),
        new(ContentType.Forum, "forum", "forums", typeof(ForumFields), typeof(ForumText)),
        new(ContentType.Standard, "standard", "standards", typeof(StandardFields), typeof(StandardText)),
        new(ContentType.Course, "course", "courses", typeof(CourseFields), typeof(CourseText)),
        new(ContentType.Showcase, "showcase", "showcases", typeof(ShowcaseFields), typeof(ShowcaseText)),
        new(ContentType.Page, "page", "pages", typeof(PageFields), typeof(PageText)),
    ];

    /// <summary>The description of <paramref name="type"/>.</summary>
    public static ContentTypeInfo Of(ContentType type) => All[(int)type];

    /// <summary>Finds a type by its file name, e.g. <c>news</c>.</summary>
    public static ContentTypeInfo? FromName(string name) => All.FirstOrDefault(t => t.Name == name);
}
