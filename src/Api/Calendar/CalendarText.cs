using System.Globalization;
using System.Text;

namespace Federation.Api.Calendar;

/// <summary>
/// Writes iCalendar content lines (RFC 5545 section 3.1): CRLF line ends, lines folded at 75
/// octets with a leading space, never inside a UTF-8 sequence, and TEXT values escaped.
/// </summary>
internal sealed class CalendarText
{
    const int MaxOctets = 75;

    readonly StringBuilder output = new();

    /// <summary>A property whose value is written as given: names, dates, URIs.</summary>
    public CalendarText Line(string name, string value)
    {
        var octets = 0;
        foreach (var rune in $"{name}:{value}".EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                // The space that starts the continuation line counts toward its 75 octets.
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        output.Append("\r\n");
        return this;
    }

    /// <summary>A TEXT property (section 3.3.11), left out when empty.</summary>
    public CalendarText Text(string name, string? value) => string.IsNullOrWhiteSpace(value) ? this : Line(name, Escape(value));

    /// <summary>A DATE-TIME property in UTC form, e.g. <c>20261201T013000Z</c> (section 3.3.5, form #2).</summary>
    public CalendarText Utc(string name, DateTimeOffset value) =>
        Line(name, value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => output.ToString();

    static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
