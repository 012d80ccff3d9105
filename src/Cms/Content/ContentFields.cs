namespace Federation.Cms.Content;

/// <summary>The culture-invariant fields of one content type (dates, codes, numbers, enums).</summary>
public abstract record ContentFields
{
    /// <summary>The media items these fields refer to (images, a standard's PDF); the cover is the document's.</summary>
    public virtual IEnumerable<Guid> MediaIds() => [];
}
