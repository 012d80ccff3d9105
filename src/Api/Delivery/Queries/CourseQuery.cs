using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>The orders of the course list.</summary>
public enum CourseOrder
{
    /// <summary>Latest first day first; courses not yet dated last.</summary>
    Latest,

    /// <summary>Earliest first day first; courses not yet dated last.</summary>
    Earliest,

    /// <summary>Soonest registration deadline first; courses without one last.</summary>
    RegistrationDeadline,
}

/// <summary>培训通知 narrowed by kind, occupation, level and whether registration is open.</summary>
public sealed record CourseQuery : ListQuery, IFacetedQuery<CourseFacets>
{
    /// <summary>Assessment, continuing education or special training.</summary>
    public CourseKind? Kind { get; init; }

    /// <summary>The occupation in the reader's culture, e.g. 呼叫中心服务员.</summary>
    public string? Occupation { get; init; }

    /// <summary>The skill level.</summary>
    public SkillLevel? Level { get; init; }

    /// <summary>Only courses whose registration is open now.</summary>
    public bool OpenForRegistration { get; init; }

    /// <summary>The order; default latest first.</summary>
    public CourseOrder Order { get; init; }

    /// <inheritdoc />
    public override bool IsEmpty => base.IsEmpty && Kind is null && Occupation is null && Level is null && !OpenForRegistration;

    /// <inheritdoc />
    public override bool Matches(PublishedItem item, string culture, DateTimeOffset now)
    {
        var fields = item.Fields<CourseFields>();
        return base.Matches(item, culture, now)
            && (Kind is null || fields.Kind == Kind)
            && (Occupation is null || item.TextOrChinese<CourseText>(culture).Occupation == Occupation)
            && (Level is null || fields.Level == Level)
            && (!OpenForRegistration || Registration.Of(item, now) == RegistrationState.Open);
    }

    /// <inheritdoc />
    public override bool KeepsTypeOrder => Order == CourseOrder.Latest;

    /// <inheritdoc />
    public override IEnumerable<PublishedItem> Sort(IEnumerable<PublishedItem> items, string culture)
    {
        static DateOnly? Start(PublishedItem course) => course.Fields<CourseFields>().Start;
        static DateTimeOffset? Deadline(PublishedItem course) => course.Fields<CourseFields>().RegistrationDeadline;
        return Order switch
        {
            CourseOrder.Earliest => items.OrderBy(c => Start(c) is null).ThenBy(Start),
            CourseOrder.RegistrationDeadline => items.OrderBy(c => Deadline(c) is null).ThenBy(Deadline),
            _ => items.OrderBy(c => Start(c) is null).ThenByDescending(Start),
        };
    }

    /// <inheritdoc />
    public CourseFacets Count(IReadOnlyList<PublishedItem> items, string culture, DateTimeOffset now) => new(
        Facet.Count<CourseKind>(items, this with { Kind = null }, culture, now, i => [i.Fields<CourseFields>().Kind], Facet.InDeclaredOrder),
        Facet.Count(items, this with { Occupation = null }, culture, now, i => Facet.One(i.TextOrChinese<CourseText>(culture).Occupation), Facet.ByCount),
        Facet.Count(items, this with { Level = null }, culture, now, i => Facet.One(i.Fields<CourseFields>().Level), Facet.InDeclaredOrder),
        items.Count(i => (this with { OpenForRegistration = true }).Matches(i, culture, now)));
}

/// <summary>What each kind, occupation and level would leave, and how many are open for registration.</summary>
/// <param name="Kinds">Per kind of training.</param>
/// <param name="Occupations">Per occupation, most frequent first.</param>
/// <param name="Levels">Per level, 五级 first.</param>
/// <param name="OpenForRegistration">How many match the rest of the query and take registrations now.</param>
[System.ComponentModel.ImmutableObject(true)]
public sealed record CourseFacets(
    IReadOnlyList<FacetValue<CourseKind>> Kinds, IReadOnlyList<FacetValue<string>> Occupations, IReadOnlyList<FacetValue<SkillLevel>> Levels, int OpenForRegistration);
