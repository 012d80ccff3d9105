namespace Federation.Cms.Content.Types;

/// <summary>关于联合会: culture-invariant fields.</summary>
public sealed record PageFields : ContentFields
{
    /// <summary>The parent page; null for a top-level page.</summary>
    public Guid? Parent { get; init; }

    /// <summary>Position among its siblings.</summary>
    public int Order { get; init; }
}

/// <summary>关于联合会: the text in one culture.</summary>
public sealed record PageText : CultureText
{
    /// <summary>The page (rich text).</summary>
    public string? Body { get; init; }

    /// <inheritdoc />
    public override CultureText MapRichText(Func<string, string?, string?> map) => this with { Body = map("body", Body) };
}
