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
        foreach (var unit in Units($"{name}:{value}"))
        {
            var size = Encoding.UTF8.GetByteCount(unit);
            if (octets + size > MaxOctets)
            {
                // The space that starts the continuation line counts toward its 75 octets.
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(unit);
            octets += size;
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

    // What a fold must not cut: a whole character (a UTF-8 sequence), and an escape such as \; with
    // its backslash. Unfolding would rejoin an escape, but not every calendar app unfolds first.
    static IEnumerable<string> Units(string line)
    {
        var escaping = false;
        foreach (var rune in line.EnumerateRunes())
        {
            if (escaping)
            {
                yield return "\\" + rune;
                escaping = false;
            }
            else if (rune.Value == '\\')
            {
                escaping = true;
            }
            else
            {
                yield return rune.ToString();
            }
        }

        if (escaping)
        {
            yield return "\\";
        }
    }

    static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
