using Federation.Cms.Content;

namespace Federation.Cms.Storage;

/// <summary>One row per item: its workflow state and which of its versions is live.</summary>
internal sealed class ContentItemRecord
{
    public Guid Id { get; set; }

    public ContentType Type { get; set; }

    public ContentStatus Status { get; set; }

    /// <summary>The number of the newest version.</summary>
    public int LatestVersion { get; set; }

    /// <summary>The number of the version on the site, or null when nothing is live.</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>zh-CN slug of the newest version; unique per type.</summary>
    public string ChineseSlug { get; set; } = "";

    /// <summary>en slug of the newest version, if it has an English text; unique per type.</summary>
    public string? EnglishSlug { get; set; }

    /// <summary>zh-CN title of the newest version, for the back office's lists.</summary>
    public string ChineseTitle { get; set; } = "";

    /// <summary>en title of the newest version, if any.</summary>
    public string? EnglishTitle { get; set; }

    /// <summary>Who saved the newest version.</summary>
    public string? UpdatedBy { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>When the item first went live.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When <see cref="ScheduledVersion"/> is to go live, if scheduled.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    /// <summary>The version an editor scheduled: what they reviewed, whatever is saved after.</summary>
    public int? ScheduledVersion { get; set; }

    /// <summary>When the item is to come off the site, if scheduled.</summary>
    public DateTimeOffset? UnpublishAt { get; set; }

    public List<ContentVersionRecord> Versions { get; set; } = [];

    /// <summary>Copies what lists and slug checks need from the newest version onto the item.</summary>
    public void Describe(ContentDocument newest, string? savedBy)
    {
        var english = newest.Text(Cultures.English);
        ChineseSlug = newest.ChineseText.Slug;
        EnglishSlug = english?.Slug;
        ChineseTitle = newest.ChineseText.Title;
        EnglishTitle = english?.Title;
        UpdatedBy = savedBy;
    }
}
