using Federation.Cms.Content;
using Federation.Cms.Media;

namespace Federation.Cms.Snapshot;

/// <summary>An item as the public sees it: its published version, its public dates and the media it shows.</summary>
public sealed class PublishedItem
{
    static readonly IReadOnlyDictionary<Guid, MediaItem> NoMedia = new Dictionary<Guid, MediaItem>();

    /// <summary>Creates a published item.</summary>
    /// <param name="document">The published version's content.</param>
    /// <param name="version">The published version's number.</param>
    /// <param name="published">When the item first went live, when known.</param>
    /// <param name="updated">When it last changed, when known.</param>
    /// <param name="savedAt">When the published version was saved.</param>
    /// <param name="media">The media items the document refers to, by id; missing ones are simply not shown.</param>
    /// <param name="oldSlugs">Slugs it had when it was live before.</param>
    public PublishedItem(
        ContentDocument document, int version, DateTimeOffset? published, DateTimeOffset? updated, DateTimeOffset savedAt,
        IReadOnlyDictionary<Guid, MediaItem>? media = null, IReadOnlyList<OldSlug>? oldSlugs = null)
    {
        OldSlugs = oldSlugs ?? [];
        Document = document;
        Version = version;
        Published = published;
        Updated = updated;
        Media = media ?? NoMedia;
        SavedAt = savedAt;
    }

    /// <summary>The published version's content.</summary>
    public ContentDocument Document { get; }

    /// <summary>The published version's number.</summary>
    public int Version { get; }

    /// <summary>When the item first went live, when known.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>When it last changed, when known.</summary>
    public DateTimeOffset? Updated { get; }

    /// <summary>The media items the document refers to (cover, images, a standard's PDF), by id.</summary>
    public IReadOnlyDictionary<Guid, MediaItem> Media { get; }
    /// <summary>
    /// When the published version was saved. Always known, unlike <see cref="Published"/> and
    /// <see cref="Updated"/> (content-export leaves dates it does not know empty), so formats that
    /// require a date, such as Atom's <c>updated</c>, can give a real one.
    /// </summary>
    public DateTimeOffset SavedAt { get; }

    /// <summary>The item's id.</summary>
    /// <summary>Slugs the item had when it was live before, answered with a 301 to its address now.</summary>
    public IReadOnlyList<OldSlug> OldSlugs { get; }

    public Guid Id => Document.Id;

    /// <summary>The item's content type.</summary>
    public ContentType Type => Document.Type;

    /// <summary>The item's cover image, when it has one.</summary>
    public MediaItem? Cover => Document.Cover is { } id ? Media.GetValueOrDefault(id) : null;

    /// <summary>The culture-invariant fields as their concrete type.</summary>
    public T Fields<T>() where T : ContentFields => (T)Document.Fields;

    /// <summary>The text in <paramref name="culture"/>, or null when the item has no such variant.</summary>
    public CultureText? Text(string culture) => Document.Text(culture);

    /// <summary>The text in <paramref name="culture"/>, falling back to zh-CN, as its concrete type.</summary>
    public T TextOrChinese<T>(string culture) where T : CultureText => (T)(Document.Text(culture) ?? Document.ChineseText);

    /// <summary>Whether the item has its own text in <paramref name="culture"/>.</summary>
    public bool HasCulture(string culture) => Document.Cultures.ContainsKey(culture);
}

/// <summary>A slug an item had in one culture when it was live.</summary>
public sealed record OldSlug(string Culture, string Slug);
