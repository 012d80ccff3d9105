namespace Federation.Cms.Content;

/// <summary>The culture-invariant fields of one content type (dates, codes, numbers, enums).</summary>
public abstract record ContentFields;
