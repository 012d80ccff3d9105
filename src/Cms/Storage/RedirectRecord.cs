using Federation.Cms.Content;

namespace Federation.Cms.Storage;

/// <summary>An old public address of an item: a slug it had when it was live in one culture. Answered with a 301 to its address now.</summary>
internal sealed class RedirectRecord
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public ContentType Type { get; set; }

    public string Culture { get; set; } = "";

    /// <summary>The old slug.</summary>
    public string Slug { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
