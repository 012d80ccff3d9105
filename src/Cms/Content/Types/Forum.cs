namespace Federation.Cms.Content.Types;

/// <summary>How a forum is attended.</summary>
public enum ForumFormat
{
    /// <summary>线下: at the venue.</summary>
    OnSite,

    /// <summary>线上.</summary>
    Online,

    /// <summary>线上线下结合.</summary>
    Hybrid,
}

/// <summary>论坛活动: culture-invariant fields. Times are in Asia/Shanghai (+08:00).</summary>
public sealed record ForumFields : ContentFields
{
    /// <summary>When the forum starts.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When it ends.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>On site, online or both.</summary>
    public ForumFormat? Format { get; init; }

    /// <summary>Registration deadline and capacity.</summary>
    public ForumRegistration Registration { get; init; } = new();
}

/// <summary>The culture-invariant part of a forum's registration.</summary>
public sealed record ForumRegistration
{
    /// <summary>Last moment to register.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Number of places.</summary>
    public int? Capacity { get; init; }
}

/// <summary>One entry of a forum's agenda.</summary>
public sealed record AgendaEntry
{
    /// <summary>The time slot as announced, e.g. 09:30–10:00.</summary>
    public string? Time { get; init; }

    /// <summary>What happens.</summary>
    public required string Title { get; init; }

    /// <summary>Who speaks.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];
}

/// <summary>How to register for a forum, in one culture.</summary>
public sealed record ForumRegistrationText
{
    /// <summary>How to register.</summary>
    public string? How { get; init; }

    /// <summary>The fee as announced.</summary>
    public string? Fee { get; init; }
}

/// <summary>论坛活动: the text in one culture.</summary>
public sealed record ForumText : CultureText
{
    /// <summary>Venue name.</summary>
    public string? Venue { get; init; }

    /// <summary>Street address of the venue.</summary>
    public string? Address { get; init; }

    /// <summary>主办单位.</summary>
    public string? Organiser { get; init; }

    /// <summary>协办单位.</summary>
    public IReadOnlyList<string> CoOrganisers { get; init; } = [];

    /// <summary>The Federation platform behind it, e.g. 长三角现代服务业联盟.</summary>
    public string? Platform { get; init; }

    /// <summary>The programme.</summary>
    public IReadOnlyList<AgendaEntry> Agenda { get; init; } = [];

    /// <summary>How to register and the fee.</summary>
    public ForumRegistrationText Registration { get; init; } = new();

    /// <summary>Who to ask.</summary>
    public string? Contact { get; init; }

    /// <summary>The announcement (rich text).</summary>
    public string? Body { get; init; }

    /// <inheritdoc />
    public override CultureText MapRichText(Func<string, string?, string?> map) => this with { Body = map("body", Body) };
}
