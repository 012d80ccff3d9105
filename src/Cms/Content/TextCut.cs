using System.Globalization;
using System.Text;

namespace Federation.Cms.Content;

/// <summary>
/// The one way to shorten text a person typed or pasted: by whole characters as a reader sees them
/// (Unicode text elements: a surrogate pair, a letter with its combining marks, an emoji sequence
/// joined by ZWJ), never through the middle of one, and with lone surrogates, which no encoder or
/// normaliser accepts, replaced by U+FFFD first.
/// </summary>
public static class TextCut
{
    /// <summary><paramref name="text"/> with every lone surrogate replaced by U+FFFD; the same instance when it has none.</summary>
    public static string WellFormed(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="WellFormed"/> <paramref name="text"/> cut to at most <paramref name="maxLength"/> UTF-16
    /// units, ending at the last whole text element that fits.
    /// </summary>
    public static string ToLength(string text, int maxLength)
    {
        text = WellFormed(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= maxLength)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return text[..end];
    }

    static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
