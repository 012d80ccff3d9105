namespace Federation.Cms.Content;

/// <summary>The Federation's time zone. Times are stored in UTC and shown, exported and compared in Asia/Shanghai.</summary>
public static class ShanghaiTime
{
    /// <summary>Asia/Shanghai (UTC+8, no daylight saving).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The same instant with the Shanghai offset.</summary>
    public static DateTimeOffset From(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);
}
