using Lucene.Net.Analysis;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// Lower-cases each term as Lucene's <c>LowerCaseFilter</c> does (invariant culture), from a table of every
/// character's lower case made once, instead of asking ICU for every term: Lucene's filter spent almost half of
/// indexing's time there (benchmarks/search.sh).
/// </summary>
internal sealed class LowerCaseLetters : TokenFilter
{
    // The lower case of each character of the Basic Multilingual Plane (surrogates stand for themselves).
    static readonly char[] Lowered = MakeTable();

    readonly ICharTermAttribute term;

    public LowerCaseLetters(TokenStream input)
        : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        Lower(term.Buffer.AsSpan(0, term.Length));
        return true;
    }

    /// <summary>Lower-cases <paramref name="text"/> in place, as <see cref="string.ToLowerInvariant()"/> would.</summary>
    public static void Lower(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsHighSurrogate(c))
            {
                text[i] = Lowered[c];
            }
            else if (i + 1 < text.Length && Rune.TryCreate(c, text[i + 1], out var rune))
            {
                Rune.ToLowerInvariant(rune).EncodeToUtf16(text[i..]);
                i++;
            }
        }
    }

    static char[] MakeTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
