namespace Federation.Cms.Content;

/// <summary>The Federation's time zone. Times are stored in UTC and shown, exported and compared in Asia/Shanghai.</summary>
public static class ShanghaiTime
{
    /// <summary>Asia/Shanghai (UTC+8, no daylight saving).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The same instant with the Shanghai offset.</summary>
    public static DateTimeOffset From(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    /// <summary>A wall-clock time in Shanghai (as an editor types it) as an instant.</summary>
    public static DateTimeOffset At(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone.GetUtcOffset(local));

    /// <summary>The earliest and latest days a date field takes: wide enough for any standard's or event's date, and far from the ends of the calendar, where converting to UTC overflows (0001-01-01 00:00 in Shanghai is before year 1 in UTC).</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1), Latest = new(2200, 12, 31);

    /// <summary>Whether <paramref name="local"/> lies between <see cref="Earliest"/> and the end of <see cref="Latest"/>.</summary>
    public static bool InRange(DateTime local) => DateOnly.FromDateTime(local) >= Earliest && DateOnly.FromDateTime(local) <= Latest;

    /// <summary>Midnight at the start of <paramref name="day"/> in Shanghai.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day.ToDateTime(TimeOnly.MinValue));
}
