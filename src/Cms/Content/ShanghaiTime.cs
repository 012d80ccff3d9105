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

    /// <summary>Midnight at the start of <paramref name="day"/> in Shanghai.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day.ToDateTime(TimeOnly.MinValue));
}
