namespace Federation.Cms.Content.Types;

/// <summary>The kinds of training the training centre runs.</summary>
public enum CourseKind
{
    /// <summary>职业技能等级认定.</summary>
    SkillAssessment,

    /// <summary>继续教育.</summary>
    ContinuingEducation,

    /// <summary>专项培训.</summary>
    SpecialTraining,
}

/// <summary>Vocational skill levels, 五级 (entry) to 一级 (highest).</summary>
public enum SkillLevel
{
    /// <summary>五级.</summary>
    Level5,

    /// <summary>四级.</summary>
    Level4,

    /// <summary>三级.</summary>
    Level3,

    /// <summary>二级.</summary>
    Level2,

    /// <summary>一级.</summary>
    Level1,
}

/// <summary>One class session of a course.</summary>
public sealed record CourseSession
{
    /// <summary>Start, Asia/Shanghai.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>End, Asia/Shanghai.</summary>
    public DateTimeOffset? End { get; init; }
}

/// <summary>培训通知: culture-invariant fields.</summary>
public sealed record CourseFields : ContentFields
{
    /// <summary>Assessment, continuing education or special training.</summary>
    public CourseKind Kind { get; init; }

    /// <summary>The skill level, when the course has one.</summary>
    public SkillLevel? Level { get; init; }

    /// <summary>First day.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day.</summary>
    public DateOnly? End { get; init; }

    /// <summary>The class sessions.</summary>
    public IReadOnlyList<CourseSession> Sessions { get; init; } = [];

    /// <summary>Taught online; null when not announced.</summary>
    public bool? Online { get; init; }

    /// <summary>Fee in yuan.</summary>
    public decimal? FeeYuan { get; init; }

    /// <summary>Number of places.</summary>
    public int? Capacity { get; init; }

    /// <summary>Last moment to register.</summary>
    public DateTimeOffset? RegistrationDeadline { get; init; }
}

/// <summary>培训通知: the text in one culture.</summary>
public sealed record CourseText : CultureText
{
    /// <summary>The occupation, e.g. 室内装饰设计师.</summary>
    public string? Occupation { get; init; }

    /// <summary>Where it is taught.</summary>
    public string? Location { get; init; }

    /// <summary>Who may enrol.</summary>
    public string? Eligibility { get; init; }

    /// <summary>The certificate awarded.</summary>
    public string? Certificate { get; init; }

    /// <summary>Who to ask.</summary>
    public string? Contact { get; init; }

    /// <summary>The notice (rich text).</summary>
    public string? Body { get; init; }

    /// <inheritdoc />
    public override CultureText MapRichText(Func<string, string?, string?> map) => this with { Body = map("body", Body) };
}
