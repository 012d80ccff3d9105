namespace Federation.Cms.Storage;

/// <summary>One saved version of an item. Versions are never changed or deleted.</summary>
internal sealed class ContentVersionRecord
{
    public Guid ItemId { get; set; }

    /// <summary>1 for the first save, then one more for each save.</summary>
    public int Number { get; set; }

    /// <summary>The <see cref="Content.ContentDocument"/> as <see cref="Content.ContentJson"/> writes it.</summary>
    public string Document { get; set; } = "";

    public DateTimeOffset SavedAt { get; set; }

    public string? SavedBy { get; set; }
}
