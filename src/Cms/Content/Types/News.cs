namespace Federation.Cms.Content.Types;

/// <summary>News categories as the Federation files them.</summary>
public enum NewsCategory
{
    /// <summary>联合会动态.</summary>
    Federation,

    /// <summary>行业资讯.</summary>
    Industry,

    /// <summary>专访.</summary>
    Interview,

    /// <summary>政策解读.</summary>
    Policy,

    /// <summary>通知公告.</summary>
    Notice,
}

/// <summary>新闻动态: culture-invariant fields.</summary>
public sealed record NewsFields : ContentFields
{
    /// <summary>The category the item is filed under.</summary>
    public NewsCategory Category { get; init; }

    /// <summary>Shown prominently on the home page.</summary>
    public bool Featured { get; init; }
}

/// <summary>新闻动态: the text in one culture.</summary>
public sealed record NewsText : CultureText
{
    /// <summary>The article (rich text).</summary>
    public string? Body { get; init; }

    /// <summary>撰文: the writers.</summary>
    public string? Byline { get; init; }

    /// <summary>摄影: the photographer.</summary>
    public string? Photographer { get; init; }

    /// <summary>Where the article first appeared.</summary>
    public string? Source { get; init; }

    /// <inheritdoc />
    public override CultureText MapRichText(Func<string, string?, string?> map) => this with { Body = map("body", Body) };
}
