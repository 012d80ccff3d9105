namespace Federation.Cms.Content;

/// <summary>The culture-invariant fields of one content type (dates, codes, numbers, enums).</summary>
public abstract record ContentFields
{
    /// <summary>The media items these fields refer to (images, a standard's PDF); the cover is the document's.</summary>
    public virtual IEnumerable<Guid> MediaIds() => [];

    /// <summary>The addresses on other sites these fields hold, each by its name as files spell it; every one obeys <see cref="SafeLinks"/>.</summary>
    public virtual IEnumerable<(string Field, string? Url)> Links() => [];
}
