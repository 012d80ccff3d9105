using Federation.Cms.Content;

namespace Federation.Api.Delivery.Queries;

/// <summary>Date ranges as readers give them: whole days in Shanghai, both ends included.</summary>
internal static class Dates
{
    /// <summary>The Shanghai calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset value) => DateOnly.FromDateTime(ShanghaiTime.From(value).DateTime);

    /// <summary>Whether <paramref name="day"/> lies within <paramref name="from"/>–<paramref name="to"/>; an item without a date is outside any range.</summary>
    public static bool InRange(DateOnly? day, DateOnly? from, DateOnly? to) =>
        (from is null && to is null) || (day is { } d && (from is null || d >= from) && (to is null || d <= to));
}
