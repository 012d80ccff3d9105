using System.Text;
using Federation.Api.Calendar;

namespace Federation.Api.Tests.Calendar;

/// <summary>iCalendar content lines (RFC 5545 section 3.1) and TEXT escaping (section 3.3.11).</summary>
public sealed class CalendarTextTests
{
    [Fact]
    public void Text_EscapesBackslashSemicolonCommaAndEveryKindOfLineBreak()
    {
        var written = new CalendarText().Text("DESCRIPTION", "a\\b;c,d\r\ne\nf\rg").ToString();

        Assert.Equal("DESCRIPTION:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n", written);
    }

    [Fact]
    public void Text_LeavesOutAnEmptyValue()
    {
        Assert.Equal("", new CalendarText().Text("LOCATION", " ").ToString());
    }

    [Theory]
    [InlineData("a")]
    [InlineData("论")]
    [InlineData("😀")]
    public void Line_FoldsAt75OctetsAndNeverInsideACharacter(string unit)
    {
        var value = string.Concat(Enumerable.Repeat(unit, 200));

        var written = new CalendarText().Line("SUMMARY", value).ToString();

        Assert.EndsWith("\r\n", written, StringComparison.Ordinal);
        var lines = written[..^2].Split("\r\n");
        // Strict: a line holding half a surrogate pair, that is half a UTF-8 sequence, throws.
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.All(lines, line => Assert.InRange(strict.GetByteCount(line), 1, 75));
        Assert.All(lines.Skip(1), line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        Assert.True(lines.Length > 1);
        Assert.Equal("SUMMARY:" + value, string.Concat(lines.Select((line, i) => i == 0 ? line : line[1..])));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    public void Text_NeverFoldsBetweenABackslashAndWhatItEscapes(string offset)
    {
        var written = new CalendarText().Text("LOCATION", offset + string.Concat(Enumerable.Repeat("a;", 80))).ToString();

        var lines = written[..^2].Split("\r\n");
        Assert.True(lines.Length > 2);
        Assert.All(lines.SkipLast(1), line => Assert.Equal(0, (line.Length - line.TrimEnd('\\').Length) % 2));
    }

    [Fact]
    public void Utc_WritesTheInstantInUtcForm()
    {
        var written = new CalendarText().Utc("DTSTART", new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8))).ToString();

        Assert.Equal("DTSTART:20261201T013000Z\r\n", written);
    }
}
