using Federation.Cms.Content;

namespace Federation.Web.Site;

/// <summary>Dates, times and lists as the reader expects them; times always in Shanghai time.</summary>
internal static class SiteFormat
{
    /// <summary>Names in a row, as the text's language writes them: 甲、乙 in Chinese, "A, B" in English.</summary>
    public static string List(IEnumerable<string> names, string textCulture) =>
        string.Join(textCulture == Cultures.English ? ", " : "、", names);

    /// <summary>An aside in brackets: full-width （…） in Chinese, " (…)" in English.</summary>
    public static string Aside(string aside, string textCulture) =>
        textCulture == Cultures.English ? $" ({aside})" : $"（{aside}）";

    public static DateTimeOffset InShanghai(DateTimeOffset value) => ShanghaiTime.From(value);

    public static string Date(DateOnly date, string culture) =>
        culture == Cultures.English ? date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Date(DateTimeOffset value, string culture) => Date(DateOnly.FromDateTime(InShanghai(value).DateTime), culture);

    public static string DateTime(DateTimeOffset value, string culture)
    {
        var local = InShanghai(value);
        return $"{Date(DateOnly.FromDateTime(local.DateTime), culture)} {local:HH:mm}";
    }

    /// <summary>A forum's or a session's time: the start, and the end when known (only its time when it ends the same day in Shanghai).</summary>
    public static string DateTimeSpan(DateTimeOffset start, DateTimeOffset? end, string culture)
    {
        if (end is not { } until)
        {
            return DateTime(start, culture);
        }

        var sameDay = InShanghai(start).Date == InShanghai(until).Date;
        return DateTime(start, culture) + " – " + (sameDay ? $"{InShanghai(until):HH:mm}" : DateTime(until, culture));
    }

    /// <summary>A course's days: the first, and the last when it is another day.</summary>
    public static string DateSpan(DateOnly start, DateOnly? end, string culture) =>
        Date(start, culture) + (end is { } until && until != start ? " – " + Date(until, culture) : "");

    /// <summary>A machine-readable value for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Machine(DateTimeOffset value) => InShanghai(value).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    public static string Machine(DateOnly value) => value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
