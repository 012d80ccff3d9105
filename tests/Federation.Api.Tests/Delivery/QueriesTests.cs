using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Tests.Delivery;

/// <summary>The rules behind the list filters: registration and comment periods, sorting, facets.</summary>
public sealed class QueriesTests
{
    static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(1, null, RegistrationState.Open)]
    [InlineData(0, null, RegistrationState.Open)]
    [InlineData(-1, null, RegistrationState.Closed)]
    [InlineData(null, 5, RegistrationState.NotAnnounced)]
    [InlineData(null, -5, RegistrationState.Closed)]
    [InlineData(null, null, RegistrationState.NotAnnounced)]
    public void Registration_IsOpenUntilItsDeadline_AndClosedOnceTheEventHasBegun(int? deadlineInHours, int? startInHours, RegistrationState expected)
    {
        DateTimeOffset? At(int? hours) => hours is { } h ? Now.AddHours(h) : null;

        Assert.Equal(expected, Registration.StateOf(At(deadlineInHours), At(startInHours), Now));
    }

    [Fact]
    public void CommentPeriod_RunsToTheEndOfItsLastDayInShanghai()
    {
        var draft = new StandardFields { Status = StandardStatus.ForComment, CommentDeadline = new DateOnly(2026, 5, 1) };

        Assert.True(CommentPeriod.IsOpen(draft, new DateTimeOffset(2026, 5, 1, 23, 59, 0, TimeSpan.FromHours(8))));
        Assert.True(CommentPeriod.IsOpen(draft, new DateTimeOffset(2026, 5, 1, 15, 59, 0, TimeSpan.Zero)));
        Assert.False(CommentPeriod.IsOpen(draft, new DateTimeOffset(2026, 5, 1, 16, 0, 0, TimeSpan.Zero)));
        Assert.Null(CommentPeriod.IsOpen(draft with { Status = StandardStatus.InForce }, Now));
        Assert.Null(CommentPeriod.IsOpen(draft with { CommentDeadline = null }, Now));
    }

    [Fact]
    public void StandardsByTitle_FollowPinyinOrderInChineseAndAlphabeticalOrderInEnglish()
    {
        PublishedItem[] items = [Standard("质量", "Quality"), Standard("安全", "Safety"), Standard("服务", "Service")];
        var query = new StandardQuery { Order = StandardOrder.Title };

        Assert.Equal(["安全", "服务", "质量"], query.Sort(items, Cultures.Chinese).Select(i => i.Document.ChineseText.Title));
        Assert.Equal(["Quality", "Safety", "Service"], query.Sort(items, Cultures.English).Select(i => i.Text(Cultures.English)!.Title));
    }

    [Fact]
    public void Facets_CountEachValueWithTheOtherCriteriaApplied()
    {
        PublishedItem[] items =
        [
            Standard("甲", "A", StandardStatus.InForce, 2024), Standard("乙", "B", StandardStatus.InForce, 2023),
            Standard("丙", "C", StandardStatus.Withdrawn, 2024), Standard("丁", "D", null, null),
        ];

        var facets = new StandardQuery { Status = StandardStatus.InForce, Year = 2024 }.Count(items, Cultures.Chinese, Now);

        Assert.Equal([new(StandardStatus.InForce, 1), new(StandardStatus.Withdrawn, 1)], facets.Statuses);
        Assert.Equal([new(2024, 1), new(2023, 1)], facets.Years);
    }

    static PublishedItem Standard(string chinese, string english, StandardStatus? status = null, int? year = null) => new(
        new ContentDocument
        {
            Id = Guid.NewGuid(),
            Type = ContentType.Standard,
            Fields = new StandardFields { Status = status, PublicationDate = year is { } y ? new DateOnly(y, 1, 1) : null },
            Cultures = new Dictionary<string, CultureText>
            {
                [Cultures.Chinese] = new StandardText { Title = chinese, Slug = "s-" + english.ToLowerInvariant() },
                [Cultures.English] = new StandardText { Title = english, Slug = "s-" + english.ToLowerInvariant() },
            },
        },
        1, Now, Now, Now);
}
