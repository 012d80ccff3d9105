namespace Federation.Cms.Content.Types;

/// <summary>The kinds of item in the "上海服务" brand showcase.</summary>
public enum ShowcaseKind
{
    /// <summary>专项行动.</summary>
    SpecialAction,

    /// <summary>品牌案例.</summary>
    BrandCase,

    /// <summary>新概念.</summary>
    NewConcept,
}

/// <summary>上海服务品牌: culture-invariant fields.</summary>
public sealed record ShowcaseFields : ContentFields
{
    /// <summary>Special action, brand case or new concept.</summary>
    public ShowcaseKind Kind { get; init; }

    /// <summary>1–13 for the first thirteen special actions.</summary>
    public int? Number { get; init; }

    /// <summary>Media ids of the item's images.</summary>
    public IReadOnlyList<Guid> Images { get; init; } = [];

    /// <inheritdoc />
    public override IEnumerable<Guid> MediaIds() => Images;
}

/// <summary>上海服务品牌: the text in one culture.</summary>
public sealed record ShowcaseText : CultureText
{
    /// <summary>重点.</summary>
    public string? Focus { get; init; }

    /// <summary>典型案例.</summary>
    public IReadOnlyList<string> TypicalCases { get; init; } = [];

    /// <summary>牵头单位.</summary>
    public IReadOnlyList<string> LeadOrganisations { get; init; } = [];

    /// <summary>Description (rich text).</summary>
    public string? Body { get; init; }

    /// <inheritdoc />
    public override CultureText MapRichText(Func<string, string?, string?> map) => this with { Body = map("body", Body) };
}
