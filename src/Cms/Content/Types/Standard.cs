namespace Federation.Cms.Content.Types;

/// <summary>The life-cycle status of a group standard.</summary>
public enum StandardStatus
{
    /// <summary>征求意见稿: a draft open for comment.</summary>
    ForComment,

    /// <summary>已发布: issued, not yet in force.</summary>
    Issued,

    /// <summary>现行: in force.</summary>
    InForce,

    /// <summary>废止: withdrawn.</summary>
    Withdrawn,

    /// <summary>被代替: replaced by a newer standard.</summary>
    Superseded,
}

/// <summary>团体标准: culture-invariant fields.</summary>
public sealed record StandardFields : ContentFields
{
    /// <summary>The standard's code, e.g. T/SHMSIF 001-2021.</summary>
    public string? Code { get; init; }

    /// <summary>Where it stands; null when the source does not say.</summary>
    public StandardStatus? Status { get; init; }

    /// <summary>International Classification for Standards code.</summary>
    public string? Ics { get; init; }

    /// <summary>Chinese Classification for Standards code.</summary>
    public string? Ccs { get; init; }

    /// <summary>发布日期.</summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>实施日期.</summary>
    public DateOnly? ImplementationDate { get; init; }

    /// <summary>Last day for comments on a draft.</summary>
    public DateOnly? CommentDeadline { get; init; }

    /// <summary>The media id of the full-text PDF.</summary>
    public Guid? FullText { get; init; }

    /// <summary>Standards this one replaces.</summary>
    public IReadOnlyList<Guid> Supersedes { get; init; } = [];

    /// <summary>Standards that replace this one.</summary>
    public IReadOnlyList<Guid> SupersededBy { get; init; } = [];

    /// <summary>Its entry on the national group-standard platform.</summary>
    public string? NationalRegistrationUrl { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Guid> MediaIds() => FullText is { } pdf ? [pdf] : [];

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Url)> Links() => [("nationalRegistrationUrl", NationalRegistrationUrl)];
}

/// <summary>团体标准: the text in one culture.</summary>
public sealed record StandardText : CultureText
{
    /// <summary>The field it covers, e.g. 人工智能.</summary>
    public string? Domain { get; init; }

    /// <summary>发布单位.</summary>
    public string? IssuingBody { get; init; }

    /// <summary>起草单位.</summary>
    public IReadOnlyList<string> DraftingOrganisations { get; init; } = [];

    /// <summary>范围 (rich text).</summary>
    public string? Scope { get; init; }

    /// <summary>Further description (rich text).</summary>
    public string? Body { get; init; }

    /// <inheritdoc />
    public override CultureText MapRichText(Func<string, string?, string?> map) =>
        this with { Scope = map("scope", Scope), Body = map("body", Body) };
}
